// Saving the emulated workbook: the package it was opened from with the add-in's changes patched
// in. Parts nobody changed are copied byte for byte (compressed as they were); the sheets the
// add-in wrote are patched (patchSheet.ts), sheets it added are written whole (newSheet.ts),
// charts it added or deleted are written into the drawings (charts.ts), styles get new formats
// appended, the calculation chain is dropped when cells changed (Excel rebuilds it) and the
// workbook is marked to calculate everything on load. What cannot be written faithfully is
// refused before anything is produced (obstacles.ts, relatedParts.ts).
import { strToU8 } from 'fflate';
import { MessageError, msg } from '../../core/messages';
import { readRelationships, relativeTarget, relsPathFor, resolvePart } from '../../core/xlsx/opc';
import { DEFAULT_WORKBOOK_CAPS, openWorkbookPackage } from '../../core/xlsx/workbookPackage';
import { writeZip } from '../../core/xlsx/writeZip';
import { shiftFormulaAll } from '../formulaReferences';
import type { ChartModel, SheetModel, Shift, WorkbookModel } from '../workbookModel';
import {
  CHART_REL,
  CHART_TYPE,
  DRAWING_REL,
  DRAWING_TYPE,
  chartAnchorXml,
  chartPartXml,
  chartState,
  drawingOf,
  editDrawing,
  emptyDrawing,
  maxShapeId,
  readCharts,
  writableChartType,
} from './charts';
import { printAreaFormula } from '../pageLayoutObjects';
import { newSheetXml, WORKSHEET_REL, WORKSHEET_TYPE } from './newSheet';
import { findObstacles } from './obstacles';
import { PackageEdit } from './packageEdit';
import { emptyRelationships } from './packageEdits';
import { patchSheet, settingsChanged } from './patchSheet';
import { patchRelatedParts } from './relatedParts';
import {
  TASKPANES_REL,
  TASKPANES_TYPE,
  WEBEXTENSION_REL,
  WEBEXTENSION_TYPE,
  addTaskpane,
  newSettingsPart,
  newTaskpanesPart,
  rewriteSettingsPart,
} from './settingsPart';
import type { SourceWorkbook } from './source';
import { StyleBook, StyleEditor } from './styles';
import { patchWorkbookXml } from './workbookXml';

/** What a save changed in one sheet (for the CLI's account of what it wrote). */
export interface SavedSheet {
  name: string;
  /** The sheet is new in the file. */
  added: boolean;
  /** Cells written. */
  cells: number;
  rowsInserted: number;
  rowsDeleted: number;
  /** Charts written (added, or replacing one the add-in deleted). */
  charts: number;
}

export interface SaveResult {
  bytes: Uint8Array;
  /** The sheets that changed, in tab order. */
  sheets: SavedSheet[];
  /** Whether the add-in's settings were written. */
  settings: boolean;
}

const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const STYLES_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const MINIMAL_STYLES =
  XML_HEAD +
  `<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>' +
  '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';

/** A package with a workbook and no sheets: what a workbook made in memory is saved into. */
function blankSource(model: WorkbookModel): SourceWorkbook {
  const types =
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    `<Override PartName="/xl/styles.xml" ContentType="${STYLES_TYPE}"/></Types>`;
  const rels =
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  const workbook =
    XML_HEAD +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<workbookPr${model.date1904 ? ' date1904="1"' : ''}/><bookViews><workbookView/></bookViews><sheets/><calcPr/></workbook>`;
  const workbookRels =
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${STYLES_REL}" Target="styles.xml"/></Relationships>`;
  const bytes = writeZip([
    { name: '[Content_Types].xml', bytes: strToU8(types) },
    { name: '_rels/.rels', bytes: strToU8(rels) },
    { name: 'xl/workbook.xml', bytes: strToU8(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', bytes: strToU8(workbookRels) },
    { name: 'xl/styles.xml', bytes: strToU8(MINIMAL_STYLES) },
  ]);
  const pkg = openWorkbookPackage(bytes, DEFAULT_WORKBOOK_CAPS, 'arbetsbok.xlsx', false);
  return {
    pkg,
    styles: new StyleBook(MINIMAL_STYLES, undefined),
    settingsPart: null,
    settingsBaseline: '[]',
    calculationMode: 'Automatic',
    activeSheetId: null,
  };
}

/** Whether XML text can hold a reference to one of the sheets (by name, as formulas write it, any case). */
function mentionsAny(text: string, names: readonly string[]): boolean {
  return names.some((name) => {
    const base = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const variants = [base, base.replace(/'/g, "''"), base.replace(/"/g, '&quot;')];
    return variants.some((v) => new RegExp(v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i').test(text));
  });
}

const fileState = (v: SheetModel['visibility']) =>
  v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : ('visible' as const);

export function saveWorkbook(model: WorkbookModel): SaveResult {
  const source = model.source ?? blankSource(model);
  const pkg = source.pkg;
  findObstacles(model, source);
  const edit = new PackageEdit(pkg.zip);
  const report: SavedSheet[] = [];

  let stylesBook = source.styles;
  let stylesPart = pkg.stylesPart;
  if (!stylesBook || !stylesPart) {
    stylesBook = new StyleBook(MINIMAL_STYLES, undefined);
    stylesPart = edit.freeName(() => 'xl/styles.xml');
    edit.put(stylesPart, MINIMAL_STYLES, STYLES_TYPE);
    edit.relate(pkg.workbookPart, STYLES_REL, relativeTarget(pkg.workbookPart, stylesPart));
  }
  const styles = new StyleEditor(stylesBook);

  const formulaShifts = new Map<string, Shift[]>();
  for (const sheet of model.sheets)
    if (sheet.source && sheet.shifts.length) formulaShifts.set(sheet.name.toLowerCase(), sheet.shifts);

  const movedNames = model.sheets.filter((s) => s.source && s.shifts.length).map((s) => s.name);

  // Parts of the sheets added, decided first (charts and relationships point at them).
  const newParts = new Map<string, string>();
  for (const sheet of model.sheets)
    if (!sheet.source)
      newParts.set(
        sheet.id,
        edit.freeName((n) => `xl/worksheets/sheet${n}.xml`),
      );
  const partOf = (sheet: SheetModel) => sheet.source?.part ?? newParts.get(sheet.id)!;

  // Charts: the drawing each sheet needs a reference to (a sheet that had none).
  const {
    refs: drawingRefs,
    written: chartsWritten,
    changed: chartsChanged,
  } = saveCharts(model, source, edit, partOf);

  // ------------------------------------------------------------------ sheets
  // Whether Excel must recalculate on load (and rebuild its calculation chain): cells of the
  // file's sheets written or moved, or formulas written anywhere.
  let cellsChanged = formulaShifts.size > 0;
  const newSheets: {
    name: string;
    sheetId: number;
    rId: string;
    state: 'visible' | 'hidden' | 'veryHidden';
  }[] = [];
  const states = new Map<string, 'visible' | 'hidden' | 'veryHidden'>();
  let nextSheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId)) + 1;
  for (const sheet of model.sheets) {
    const drawingRelId = drawingRefs.get(sheet.id);
    if (sheet.source) {
      const changed = settingsChanged(sheet);
      if (sheet.baseline && sheet.baseline.visibility !== sheet.visibility)
        states.set(sheet.name, fileState(sheet.visibility));
      const touched =
        sheet.written.size > 0 ||
        sheet.shifts.length > 0 ||
        Object.values(changed).some((x) => x) ||
        drawingRelId !== undefined;
      const charts = chartsWritten.get(sheet.id) ?? 0;
      if (!touched && formulaShifts.size === 0 && !chartsChanged.has(sheet.id)) continue;
      const part = sheet.source.part;
      const text = edit.text(part);
      // A sheet nobody wrote can only change through references to a moved sheet, by its name.
      if (!touched && !chartsChanged.has(sheet.id) && !mentionsAny(text, movedNames)) continue;
      const result = patchSheet({
        sheet,
        text,
        formulaShifts,
        styles,
        ...(drawingRelId ? { drawingRelId } : {}),
      });
      if (result.text === text && !chartsChanged.has(sheet.id)) continue;
      edit.put(part, result.text);
      if (sheet.written.size > 0) cellsChanged = true;
      const inserted = sheet.shifts.filter((s) => s.count > 0).reduce((n, s) => n + s.count, 0);
      const deleted = sheet.shifts.filter((s) => s.count < 0).reduce((n, s) => n - s.count, 0);
      if (touched || chartsChanged.has(sheet.id))
        report.push({
          name: sheet.name,
          added: false,
          cells: result.cells,
          rowsInserted: inserted,
          rowsDeleted: deleted,
          charts,
        });
    } else {
      const part = partOf(sheet);
      const { xml, cells } = newSheetXml(sheet, styles, drawingRelId);
      edit.put(part, xml, WORKSHEET_TYPE);
      const rId = edit.relate(pkg.workbookPart, WORKSHEET_REL, relativeTarget(pkg.workbookPart, part));
      newSheets.push({ name: sheet.name, sheetId: nextSheetId++, rId, state: fileState(sheet.visibility) });
      let formulas = false;
      sheet.forEachCell((_r, _c, cell) => {
        if (cell.formula !== undefined) formulas = true;
      });
      if (formulas) cellsChanged = true;
      report.push({
        name: sheet.name,
        added: true,
        cells,
        rowsInserted: 0,
        rowsDeleted: 0,
        charts: chartsWritten.get(sheet.id) ?? 0,
      });
    }
  }

  // Parts that hang off the sheets whose rows moved (tables, drawings, comments …).
  for (const [part, text] of patchRelatedParts(model, pkg, formulaShifts)) edit.put(part, text);

  if (styles.changed) edit.put(stylesPart, styles.serialize());

  // The calculation chain lists formula cells by place: after writing cells Excel rebuilds it.
  const calcChain = pkg.workbookRels.find((r) => r.kind === 'calcChain' && !r.external);
  if (cellsChanged && calcChain) {
    edit.drop(resolvePart(pkg.workbookPart, calcChain.target));
    edit.unrelate(pkg.workbookPart, (a) => a.get('Id') === calcChain.id);
  }

  // ------------------------------------------------------------------ workbook part
  const active = model.sheets.findIndex((s) => s.id === model.activeSheetId);
  let activeTab: number | undefined;
  if (model.activeSheetId !== source.activeSheetId && active >= 0) {
    const sheet = model.sheets[active];
    activeTab = sheet.source
      ? pkg.sheets.findIndex((e) => e.part === sheet.source!.part)
      : pkg.sheets.length + newSheets.findIndex((n) => n.name === sheet.name);
    if (activeTab < 0) activeTab = undefined;
  }
  const calcMode =
    model.calculationMode !== source.calculationMode
      ? model.calculationMode === 'Manual'
        ? 'manual'
        : model.calculationMode === 'AutomaticExceptTables'
          ? 'autoNoTable'
          : 'auto'
      : undefined;
  // Print areas the add-in set, by the sheet's place in <sheets> (a defined name's localSheetId).
  const printAreas = new Map<number, string>();
  for (const sheet of model.sheets) {
    const formula = sheet.page.touched ? printAreaFormula(sheet) : null;
    if (formula === null) continue;
    const index = sheet.source
      ? pkg.sheets.findIndex((e) => e.part === sheet.source!.part)
      : pkg.sheets.length + newSheets.findIndex((n) => n.name === sheet.name);
    if (index >= 0) printAreas.set(index, formula);
  }
  edit.put(
    pkg.workbookPart,
    patchWorkbookXml(pkg.workbookText, {
      printAreas,
      newSheets,
      states,
      names: model.names,
      shiftFormula: (f) => shiftFormulaAll(f, undefined, formulaShifts),
      fullCalcOnLoad: cellsChanged,
      ...(calcMode ? { calcMode } : {}),
      ...(activeTab !== undefined ? { activeTab } : {}),
    }),
  );

  const settings = saveSettings(model, source, edit);
  if (!model.source && model.sheets.length === 0)
    throw new MessageError(msg('unexpected-error', { detail: 'no sheets' }));
  return { bytes: edit.write(), sheets: report, settings };
}

/** The add-in's settings: its own web extension part rewritten, or a new one added. */
function saveSettings(model: WorkbookModel, source: SourceWorkbook, edit: PackageEdit): boolean {
  const changed = JSON.stringify([...model.settings]) !== source.settingsBaseline;
  if (!changed) return false;
  if (source.settingsPart) {
    edit.put(source.settingsPart, rewriteSettingsPart(edit.text(source.settingsPart), model.settings));
    return true;
  }
  if (model.settings.size === 0) return true;
  const part = edit.freeName((n) => `xl/webextensions/webextension${n}.xml`);
  edit.put(part, newSettingsPart(model.settings), WEBEXTENSION_TYPE);
  const rootRels = edit.has('_rels/.rels') ? edit.text('_rels/.rels') : emptyRelationships();
  const paneRel = readRelationships(rootRels).find((r) => r.kind === 'webextensiontaskpanes');
  const taskpanes = paneRel ? resolvePart('', paneRel.target) : null;
  if (taskpanes && edit.has(taskpanes)) {
    const relId = edit.relate(taskpanes, WEBEXTENSION_REL, relativeTarget(taskpanes, part));
    edit.put(taskpanes, addTaskpane(edit.text(taskpanes), relId));
  } else {
    const panes = edit.freeName(() => 'xl/webextensions/taskpanes.xml');
    const relId = edit.relate(panes, WEBEXTENSION_REL, relativeTarget(panes, part));
    edit.put(panes, newTaskpanesPart(relId), TASKPANES_TYPE);
    edit.relate('', TASKPANES_REL, panes);
  }
  return true;
}

/**
 * Charts the add-in added (written as chart parts in the sheet's drawing) or deleted (their
 * anchors and parts removed); a chart of the file renamed gets its new name. Returns, for sheets
 * that had no drawing, the relationship id their new drawing is reached by.
 */
function saveCharts(
  model: WorkbookModel,
  source: SourceWorkbook,
  edit: PackageEdit,
  partOf: (sheet: SheetModel) => string,
): { refs: Map<string, string>; written: Map<string, number>; changed: Set<string> } {
  const refs = new Map<string, string>();
  const written = new Map<string, number>();
  const changed = new Set<string>();
  for (const sheet of model.sheets) {
    const fileCharts = sheet.source ? readCharts(source.pkg, sheet.source.part) : [];
    const kept = new Map<number, ChartModel>();
    for (const c of sheet.charts) {
      if (!c.file) continue;
      if (chartState(c) !== c.file.state)
        throw new MessageError(msg('file-save-chart-changed', { chart: c.name, sheet: sheet.name }));
      kept.set(c.file.anchor, c);
    }
    const removed = fileCharts.filter((f) => !kept.has(f.anchor));
    const renamed = new Map<number, string>();
    for (const f of fileCharts) {
      const c = kept.get(f.anchor);
      if (c && c.name !== f.name) renamed.set(f.anchor, c.name);
    }
    const added = sheet.charts.filter((c) => !c.file);
    if (removed.length === 0 && renamed.size === 0 && added.length === 0) continue;
    changed.add(sheet.id);
    written.set(sheet.id, added.length);
    for (const c of added)
      if (!writableChartType(c.type))
        throw new MessageError(msg('file-save-chart-type', { chart: c.name, type: c.type }));

    const sheetPart = partOf(sheet);
    const existing = sheet.source ? drawingOf(source.pkg, sheet.source.part) : null;
    let drawing: string;
    if (existing) drawing = existing.part;
    else {
      drawing = edit.freeName((n) => `xl/drawings/drawing${n}.xml`);
      edit.put(drawing, emptyDrawing(), DRAWING_TYPE);
      refs.set(sheet.id, edit.relate(sheetPart, DRAWING_REL, relativeTarget(sheetPart, drawing)));
    }
    let text = edit.text(drawing);
    let shapeId = maxShapeId(text);
    const anchors: string[] = [];
    for (const c of added) {
      const chartPart = edit.freeName((n) => `xl/charts/chart${n}.xml`);
      edit.put(chartPart, chartPartXml(c, model), CHART_TYPE);
      const relId = edit.relate(drawing, CHART_REL, relativeTarget(drawing, chartPart));
      anchors.push(chartAnchorXml(c, relId, ++shapeId));
    }
    for (const f of removed) {
      const relsPart = relsPathFor(drawing);
      const relIds = edit.has(relsPart)
        ? readRelationships(edit.text(relsPart))
            .filter(
              (r) => !r.external && resolvePart(drawing, r.target).toLowerCase() === f.chart.toLowerCase(),
            )
            .map((r) => r.id)
        : [];
      edit.unrelate(drawing, (a) => relIds.includes(a.get('Id') ?? ''));
      edit.dropWithDependents(f.chart);
    }
    text = editDrawing(text, new Set(removed.map((f) => f.anchor)), renamed, anchors);
    edit.put(drawing, text);
  }
  return { refs, written, changed };
}
