// Evaluates the REAL Excel JavaScript client shipped in @microsoft/office-js inside jest's jsdom
// global, so `Excel.run`, `OfficeExtension` and the proxies are Microsoft's own code. Only the
// host side (what Excel does with a batch) is ours: see src/host/. A test installs a host with
// `ExcelHost.empty().install()` (or fromXlsx); installing replaces any host a previous test left.
import * as fs from 'node:fs';
import { TextDecoder, TextEncoder } from 'node:util';

// jest-environment-jsdom 29 lacks TextEncoder/TextDecoder, which browsers (and the add-in) have.
if (typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}

const clientPath = require.resolve('@microsoft/office-js/dist/excel-web-16.00.debug.js');
const source = fs.readFileSync(clientPath, 'utf8');
// Indirect eval at global scope so the client's `var Excel`, `var OfficeExtension` become globals.
(0, eval)(source);
