// The production gateway, the one door to the workbook for the pane in Office, the workbench
// and the CLI alike, so all three run the same path. Its code (the import, its journal, the
// checks and the totals, with zod and fflate) is a chunk of its own: it starts loading at once,
// in parallel with the pane's first render, and calls wait for it (lazyGateway.ts).
import type { WorkbookGateway } from './gateway';
import { lazyGateway } from './lazyGateway';

export interface GatewayOptions {
  /** The day of an import and of a check (tests and the CLI's --today fix it); default: now. */
  now?: () => Date;
}

export function createGateway(options: GatewayOptions = {}): WorkbookGateway {
  const lazy = lazyGateway(() =>
    import(/* webpackChunkName: "gateway" */ './officeGateway').then(
      (m) => new m.OfficeWorkbookGateway(options),
    ),
  );
  lazy.preload();
  return lazy.gateway;
}
