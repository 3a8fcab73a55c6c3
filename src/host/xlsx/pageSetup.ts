// A sheet's page layout as the add-in set it (PageModel), as the worksheet's XML holds it:
// <printOptions horizontalCentered>, <pageSetup orientation paperSize> and <rowBreaks>. An
// element the file already has keeps its other attributes (printer settings, margins, scale).
import { XmlScanner } from '../../core/xlsx/xmlScan';
import { PAPER_CODES, type PageModel } from '../workbookModel';

/** The start tag of `slice` with `name` set to `value` (removed when null); the rest of the element as it was. */
function withAttribute(slice: string, name: string, value: string | null): string {
  const open = new XmlScanner(slice).next();
  if (!open) return slice;
  let head = slice.slice(0, open.end).replace(new RegExp(`\\s${name}="[^"]*"`), '');
  if (value !== null) {
    const close = head.endsWith('/>') ? head.length - 2 : head.length - 1;
    head = `${head.slice(0, close).trimEnd()} ${name}="${value}"${head.slice(close)}`;
  }
  return head + slice.slice(open.end);
}

/** <printOptions>: replaced (`existing`) or made; '' when there is nothing to say. */
export function printOptionsXml(prefix: string, page: PageModel, existing: string | null): string {
  if (existing !== null)
    return withAttribute(existing, 'horizontalCentered', page.centerHorizontally ? '1' : null);
  return page.centerHorizontally ? `<${prefix}printOptions horizontalCentered="1"/>` : '';
}

/** <pageSetup>: orientation and paper size set, other attributes kept. */
export function pageSetupXml(prefix: string, page: PageModel, existing: string | null): string {
  const paper = String(PAPER_CODES[page.paperSize] ?? PAPER_CODES.A4);
  const orientation = page.orientation === 'Landscape' ? 'landscape' : 'portrait';
  if (existing !== null)
    return withAttribute(withAttribute(existing, 'paperSize', paper), 'orientation', orientation);
  return `<${prefix}pageSetup paperSize="${paper}" orientation="${orientation}"/>`;
}

/** <rowBreaks>: one manual break above each row of `page.rowBreaks` ('' for none). */
export function rowBreaksXml(prefix: string, page: PageModel): string {
  const n = page.rowBreaks.length;
  if (n === 0) return '';
  const breaks = page.rowBreaks.map((r) => `<${prefix}brk id="${r}" max="16383" man="1"/>`).join('');
  return `<${prefix}rowBreaks count="${n}" manualBreakCount="${n}">${breaks}</${prefix}rowBreaks>`;
}
