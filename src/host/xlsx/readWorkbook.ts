// Opens an .xlsx/.xlsm into the emulator's model, reading the parts' XML directly (see
// core/xlsx): cell values exactly as stored (numbers, dates and times as their serials, in the
// workbook's own date system), formulas (shared ones expanded per cell, as Office.js shows them)
// with their cached results, the formats the emulator models, merges, panes, filters, widths,
// tab colours, protection, names and the add-in's settings. The package is kept for the save.
// Bounded: the file, its parts, cells, merges and shared strings each have a cap.
import { strFromU8 } from 'fflate';
import { MessageError, msg } from '../../core/messages';
import { readSharedStrings, decodeOoxmlText } from '../../core/xlsx/sharedStrings';
import { parseCellRef, scanSheet, type RawCell, type SheetSettings } from '../../core/xlsx/sheetScan';
import {
  DEFAULT_WORKBOOK_CAPS,
  openWorkbookPackage,
  partText,
  withPart,
  type DefinedNameEntry,
  type WorkbookCaps,
} from '../../core/xlsx/workbookPackage';
import { parseAddress, type Rect } from '../address';
import { translateFormula } from '../formulaReferences';
import {
  PAPER_CODES,
  WorkbookModel,
  hasFormat,
  type CellData,
  type ChartModel,
  type SheetModel,
} from '../workbookModel';
import { chartState, readCharts } from './charts';
import { formulaFromFile } from './formulaText';
import { isoToSerialIn } from '../../core/xlsx/dates';
import { readAddinSettings } from './settingsPart';
import { StyleBook } from './styles';
import type { SourceWorkbook } from './source';

export interface ReadOptions {
  /** The file's name, for messages. */
  file?: string;
  caps?: Partial<WorkbookCaps>;
}

/** Column width in the file (characters of the default font, padding included) ↔ points (Calibri 11: 7 px a character). */
export const widthToPoints = (w: number) => Math.round(w * 7) * 0.75;
export const pointsToWidth = (pt: number) => Math.round((pt / 0.75 / 7) * 256) / 256;

function rect(ref: string): Rect | null {
  const p = parseAddress(ref);
  return p ? { r0: p.r0, c0: p.c0, r1: p.r1, c1: p.c1 } : null;
}

/** The print area a file gives the sheet at `index` of <sheets> (its _xlnm.Print_Area name), as rectangles. */
function printAreaOf(names: readonly DefinedNameEntry[], index: number): Rect[] | null {
  const name = names.find((n) => n.localSheetId === index && n.name.toLowerCase() === '_xlnm.print_area');
  if (!name) return null;
  const areas: Rect[] = [];
  for (const part of name.formula.split(',')) {
    const ref = part.slice(part.lastIndexOf('!') + 1).replace(/\$/g, '');
    const r = rect(ref);
    if (r) areas.push(r);
  }
  return areas.length > 0 ? areas : null;
}

/** The sheet's page layout as the file has it (the emulator's getters answer it; see PageModel). */
function readPage(sheet: SheetModel, settings: SheetSettings, printArea: Rect[] | null): void {
  const paper = Object.entries(PAPER_CODES).find(([, code]) => code === settings.page?.paperSize)?.[0];
  sheet.page = {
    ...sheet.page,
    ...(settings.page?.orientation === 'landscape' ? { orientation: 'Landscape' as const } : {}),
    ...(paper ? { paperSize: paper } : {}),
    centerHorizontally: settings.page?.centered ?? false,
    printArea,
    rowBreaks: [...new Set(settings.rowBreaks)].sort((a, b) => a - b),
  };
}

export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): WorkbookModel {
  const file = options.file ?? 'arbetsboken';
  const caps: WorkbookCaps = { ...DEFAULT_WORKBOOK_CAPS, ...options.caps };
  const pkg = openWorkbookPackage(bytes, caps, file);
  const { zip } = pkg;
  const model = new WorkbookModel();
  model.date1904 = pkg.date1904;
  model.structureProtected = pkg.structureLocked;

  const shared = pkg.sharedStringsPart
    ? withPart(file, pkg.sharedStringsPart, () =>
        readSharedStrings(partText(zip, pkg.sharedStringsPart!), file, caps.maxSharedStrings),
      )
    : [];
  const styles = pkg.stylesPart
    ? withPart(file, pkg.stylesPart, () => {
        const theme = pkg.themePart ? partText(zip, pkg.themePart) : undefined;
        return new StyleBook(partText(zip, pkg.stylesPart!), theme);
      })
    : null;

  let cells = 0;
  let merges = 0;
  let activeSheetId: string | null = null;
  pkg.sheets.forEach((entry, index) => {
    if (entry.kind !== 'worksheet') return;
    if (entry.part === null)
      throw new MessageError(msg('file-damaged', { file, detail: `${entry.name}: no part` }));
    const part = entry.part;
    const sheet = model.addSheet(entry.name);
    if (index === pkg.activeTab) activeSheetId = sheet.id;
    sheet.visibility =
      entry.state === 'hidden' ? 'Hidden' : entry.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    sheet.source = { part };
    const text = strFromU8(zip.read(part));
    const masters = new Map<number, { row: number; col: number; text: string }>();
    const pending: RawCell[] = [];
    const settings = withPart(file, part, () =>
      scanSheet(text, (raw) => {
        const data = cellData(raw, shared, styles, model.date1904);
        if (raw.formula?.kind === 'shared' && raw.formula.si !== undefined) {
          if (raw.formula.ref && raw.formula.text !== '')
            masters.set(raw.formula.si, { row: raw.row, col: raw.col, text: raw.formula.text });
          else {
            const m = masters.get(raw.formula.si);
            if (m) data.formula = formulaFromFile(translateFormula(m.text, raw.row - m.row, raw.col - m.col));
            else pending.push(raw);
          }
        }
        if (data.value === null && data.formula === undefined && data.xf === undefined && !hasFormat(data))
          return;
        if (++cells > caps.maxCells)
          throw new MessageError(
            msg('file-too-many-cells', { file, sheet: entry.name, limit: caps.maxCells }),
          );
        Object.assign(sheet.load(raw.row, raw.col), data);
      }),
    );
    for (const raw of pending) {
      const m = masters.get(raw.formula!.si!);
      const cell = sheet.cell(raw.row, raw.col);
      if (m && cell)
        cell.formula = formulaFromFile(translateFormula(m.text, raw.row - m.row, raw.col - m.col));
    }
    merges += settings.merges.length;
    if (merges > caps.maxMerges)
      throw new MessageError(msg('file-too-many-merges', { file, sheet: entry.name, limit: caps.maxMerges }));
    for (const ref of settings.merges) {
      const r = rect(ref);
      if (r) sheet.merges.push(r);
    }
    if (settings.pane && /^frozen/.test(settings.pane.state))
      sheet.frozen = { rows: Math.max(0, settings.pane.ySplit), columns: Math.max(0, settings.pane.xSplit) };
    const filter = settings.autoFilter ? rect(settings.autoFilter) : null;
    if (filter) sheet.autoFilter = filter;
    for (const col of settings.cols) {
      if (col.width === undefined || !(col.customWidth || col.width > 0)) continue;
      // A <col> over the whole sheet (min 1, max 16384) would be 16 384 entries: keep it to the used columns.
      for (let c = col.min - 1; c <= Math.min(col.max - 1, col.min + 1023); c++)
        sheet.columnWidths.set(c, widthToPoints(col.width));
    }
    const tab =
      styles?.palette.resolve(settings.tabColor) ??
      (settings.tabColor?.rgb ? `#${settings.tabColor.rgb.slice(-6)}` : undefined);
    if (tab) sheet.tabColor = tab;
    sheet.protected = settings.protected;
    readPage(sheet, settings, printAreaOf(pkg.definedNames, index));
    for (const f of withPart(file, part, () => readCharts(pkg, part))) {
      const chart: ChartModel = {
        id: model.newChartId(),
        name: f.name,
        type: 'Unknown',
        source: null,
        seriesBy: 'Auto',
        title: '',
        position: f.from ? { start: f.from, ...(f.to ? { end: f.to } : {}) } : null,
        top: 0,
        left: 0,
        width: 0,
        height: 0,
      };
      chart.file = { drawing: f.drawing, anchor: f.anchor, chart: f.chart, state: chartState(chart) };
      sheet.charts.push(chart);
    }
    sheet.baseline = baselineOf(sheet);
    if (styles) {
      sheet.rowStyles = new Map([...settings.rowStyles].filter(([, xf]) => xf !== 0));
      const colStyles = settings.cols.filter((c) => c.style !== undefined && c.style !== 0);
      sheet.inheritedFormat = (r, c) => {
        const xf =
          sheet.rowStyles.get(r) ?? colStyles.find((col) => c + 1 >= col.min && c + 1 <= col.max)?.style;
        if (!xf) return undefined;
        return styles.plain(xf) ? { ...styles.format(xf) } : { xf, ...styles.format(xf) };
      };
    }
  });
  if (model.sheets.length === 0) throw new MessageError(msg('file-no-sheets', { file }));
  model.activeSheetId = activeSheetId ?? model.sheets[0].id;

  for (const n of pkg.definedNames) {
    if (n.localSheetId !== undefined || /^_xl(nm|fn)\./i.test(n.name)) continue;
    model.names.set(n.name.toLowerCase(), {
      name: n.name,
      formula: formulaFromFile(n.formula),
      comment: n.comment,
      visible: !n.hidden,
    });
  }
  const mode = pkg.calcMode;
  model.calculationMode =
    mode === 'manual' ? 'Manual' : mode === 'autoNoTable' ? 'AutomaticExceptTables' : 'Automatic';
  const settings = readAddinSettings(zip, pkg.types, file);
  for (const [k, v] of settings.values) model.settings.set(k, v);
  const source: SourceWorkbook = {
    pkg,
    styles,
    settingsPart: settings.part,
    settingsBaseline: JSON.stringify([...model.settings]),
    calculationMode: model.calculationMode,
    activeSheetId: model.activeSheetId,
  };
  model.source = source;
  return model;
}

export function baselineOf(sheet: SheetModel): SheetModel['baseline'] {
  return {
    merges: sheet.merges.map((m) => ({ ...m })),
    autoFilter: sheet.autoFilter ? { ...sheet.autoFilter } : null,
    frozen: { ...sheet.frozen },
    columnWidths: new Map(sheet.columnWidths),
    tabColor: sheet.tabColor,
    protected: sheet.protected,
    visibility: sheet.visibility,
    name: sheet.name,
  };
}

const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#EXTERNAL!', '#PYTHON!']); // prettier-ignore

function cellData(raw: RawCell, shared: string[], styles: StyleBook | null, date1904: boolean): CellData {
  const data: CellData = { value: null };
  const v = raw.value;
  if (v !== null) {
    switch (raw.type) {
      case 's': {
        const s = shared[Number(v)];
        data.value = s === undefined ? null : s;
        break;
      }
      case 'str':
        data.value = decodeOoxmlText(v);
        break;
      case 'inlineStr':
        data.value = v;
        break;
      case 'b':
        data.value = v === '1' || v === 'true';
        break;
      case 'e':
        data.value = ERRORS.has(v) ? v : '#N/A';
        break;
      case 'd':
        data.value = isoToSerialIn(v, date1904);
        break;
      default: {
        const n = v.trim() === '' ? NaN : Number(v);
        data.value = Number.isFinite(n) ? n : null;
      }
    }
  }
  if (data.value === '') data.value = null;
  if (raw.formula && raw.formula.kind !== 'dataTable' && raw.formula.text !== '')
    data.formula = formulaFromFile(raw.formula.text);
  if (raw.style !== 0) {
    if (styles) Object.assign(data, styles.format(raw.style));
    // A format the model fully describes needs no index: the save derives it again.
    if (!styles || !styles.plain(raw.style)) data.xf = raw.style;
  }
  return data;
}

export { parseCellRef };
