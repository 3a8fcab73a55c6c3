// Shared set-up for the host conformance tests: a fresh emulated Excel per test, installed
// under the real Office.js client that test/setup/officejs.ts evaluated into the jsdom global.
import { ExcelHost, type HostOptions } from '../../src/host';

export function freshHost(opts?: HostOptions): ExcelHost {
  const host = ExcelHost.empty(opts);
  host.install();
  return host;
}

/** Runs `body` in Excel.run and returns the OfficeExtension.Error it fails with (fails the test if none). */
export async function runError(
  body: (ctx: Excel.RequestContext) => Promise<unknown>,
  options?: Excel.RunOptions,
): Promise<OfficeExtension.Error> {
  try {
    if (options) await Excel.run(options, body);
    else await Excel.run(body);
  } catch (e) {
    return e as OfficeExtension.Error;
  }
  throw new Error('expected Excel.run to fail, but it succeeded');
}
