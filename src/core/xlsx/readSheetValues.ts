// Every worksheet of an .xlsx as values, merged areas and number formats, read under the same caps as a workbook
// the emulator opens: what the overall plan needs from its own file (src/excel/overallFile.ts).
// Values as Office.js gives them: numbers (dates and
// times as their serials), text, booleans, error texts, a formula's cached result, '' for empty;
// a merged area's other cells are empty. Throws MessageError (file area) naming the file.
import { MessageError, msg } from '../messages';
import type { CellValue } from '../headers/cell';
import { isoToSerialIn } from './dates';
import { readCellNumberFormats } from './numberFormats';
import { decodeOoxmlText, readSharedStrings } from './sharedStrings';
import { parseCellRef, scanSheet } from './sheetScan';
import {
  DEFAULT_WORKBOOK_CAPS,
  openWorkbookPackage,
  partText,
  withPart,
  type WorkbookCaps,
} from './workbookPackage';

export interface SheetValues {
  sheet: string;
  /** Row by row from A1, every row as wide as the widest. */
  values: CellValue[][];
  /** Merged areas as written ("A1:C1"). */
  merges: string[];
  /** Each cell's number format where it is not General (null there), as wide as `values`. */
  numberFormats: (string | null)[][];
}

export function readSheetValues(
  bytes: Uint8Array,
  file: string,
  caps: Partial<WorkbookCaps> = {},
): SheetValues[] {
  const all: WorkbookCaps = { ...DEFAULT_WORKBOOK_CAPS, ...caps };
  const pkg = openWorkbookPackage(bytes, all, file);
  const shared = pkg.sharedStringsPart
    ? withPart(file, pkg.sharedStringsPart, () =>
        readSharedStrings(partText(pkg.zip, pkg.sharedStringsPart!), file, all.maxSharedStrings),
      )
    : [];
  const formatOf = pkg.stylesPart
    ? withPart(file, pkg.stylesPart, () => readCellNumberFormats(partText(pkg.zip, pkg.stylesPart!)))
    : [];
  const out: SheetValues[] = [];
  let cells = 0;
  let merges = 0;
  for (const entry of pkg.sheets) {
    if (entry.kind !== 'worksheet' || entry.part === null) continue;
    const part = entry.part;
    const rows: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    let width = 0;
    const settings = withPart(file, part, () =>
      scanSheet(partText(pkg.zip, part), (raw) => {
        if (raw.value === null) return;
        if (++cells > all.maxCells)
          throw new MessageError(
            msg('file-too-many-cells', { file, sheet: entry.name, limit: all.maxCells }),
          );
        let v: CellValue;
        if (raw.type === 's') v = shared[Number(raw.value)] ?? '';
        else if (raw.type === 'str') v = decodeOoxmlText(raw.value);
        else if (raw.type === 'inlineStr' || raw.type === 'e') v = raw.value;
        else if (raw.type === 'd') v = isoToSerialIn(raw.value, pkg.date1904) ?? raw.value;
        else if (raw.type === 'b') v = raw.value === '1' || raw.value === 'true';
        else {
          const n = Number(raw.value);
          v = raw.value.trim() !== '' && Number.isFinite(n) ? n : '';
        }
        (rows[raw.row] ??= [])[raw.col] = v;
        const format = formatOf[raw.style] ?? 'General';
        if (format !== 'General') (formats[raw.row] ??= [])[raw.col] = format;
        width = Math.max(width, raw.col + 1);
      }),
    );
    merges += settings.merges.length;
    if (merges > all.maxMerges)
      throw new MessageError(msg('file-too-many-merges', { file, sheet: entry.name, limit: all.maxMerges }));
    // Excel shows a merged area's value in its first cell only.
    for (const ref of settings.merges) {
      const [a, b] = ref.split(':').map(parseCellRef);
      if (!a || !b) continue;
      for (let r = a.row; r <= b.row; r++)
        for (let c = a.col; c <= b.col; c++) if ((r !== a.row || c !== a.col) && rows[r]) rows[r][c] = '';
    }
    const values: CellValue[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (let r = 0; r < rows.length; r++) {
      const line = rows[r] ?? [];
      values.push(Array.from({ length: width }, (_, c) => line[c] ?? ''));
      const f = formats[r] ?? [];
      numberFormats.push(Array.from({ length: width }, (_, c) => f[c] ?? null));
    }
    out.push({ sheet: entry.name, values, merges: settings.merges, numberFormats });
  }
  return out;
}
