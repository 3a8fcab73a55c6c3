// Saving the emulated workbook: the package it was opened from with the add-in's changes patched
// in. Parts nobody changed are copied byte for byte (compressed as they were); the sheets the
// add-in wrote are patched (patchSheet.ts), sheets it added are written whole (newSheet.ts),
// styles get new formats appended, the calculation chain is dropped when cells changed (Excel
// rebuilds it) and the workbook is marked to calculate everything on load. What cannot be
// written faithfully is refused before anything is produced (obstacles.ts).
import { strFromU8, strToU8 } from 'fflate';
import { MessageError, msg } from '../../core/messages';
import {
  readContentTypes,
  readRelationships,
  relativeTarget,
  relsPathFor,
  resolvePart,
} from '../../core/xlsx/opc';
import {
  DEFAULT_WORKBOOK_CAPS,
  openWorkbookPackage,
  type WorkbookPackage,
} from '../../core/xlsx/workbookPackage';
import { writeZip, type ZipPart } from '../../core/xlsx/writeZip';
import type { Shift, SheetModel, WorkbookModel } from '../workbookModel';
import { shiftFormulaAll } from '../formulaReferences';
import { newSheetXml, WORKSHEET_REL, WORKSHEET_TYPE } from './newSheet';
import { findObstacles } from './obstacles';
import {
  addOverride,
  addRelationship,
  emptyRelationships,
  removeOverride,
  removeRelationships,
} from './packageEdits';
import { patchSheet, settingsChanged } from './patchSheet';
import { patchRelatedParts } from './relatedParts';
import {
  ADDIN_REFERENCE,
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

/** A part name not used yet: "xl/worksheets/sheet7.xml". */
function freeName(taken: Set<string>, make: (n: number) => string): string {
  let n = 1;
  while (taken.has(make(n).toLowerCase())) n++;
  const name = make(n);
  taken.add(name.toLowerCase());
  return name;
}

const fileState = (v: SheetModel['visibility']) =>
  v === 'Hidden' ? 'hidden' : v === 'VeryHidden' ? 'veryHidden' : ('visible' as const);

export function saveWorkbook(model: WorkbookModel): SaveResult {
  const source = model.source ?? blankSource(model);
  const pkg: WorkbookPackage = source.pkg;
  const { zip } = pkg;
  findObstacles(model, source);

  const replaced = new Map<string, Uint8Array>();
  const dropped = new Set<string>();
  const added: { name: string; bytes: Uint8Array }[] = [];
  const taken = new Set(zip.entries.map((e) => e.name.toLowerCase()));
  const report: SavedSheet[] = [];
  let typesText = strFromU8(zip.read('[Content_Types].xml'));
  const workbookRelsPart = relsPathFor(pkg.workbookPart);
  let workbookRels = zip.has(workbookRelsPart) ? strFromU8(zip.read(workbookRelsPart)) : emptyRelationships();

  let stylesBook = source.styles;
  let stylesPart = pkg.stylesPart;
  if (!stylesBook) {
    stylesBook = new StyleBook(MINIMAL_STYLES, undefined);
    stylesPart = freeName(taken, () => 'xl/styles.xml');
    added.push({ name: stylesPart, bytes: strToU8(MINIMAL_STYLES) });
    typesText = addOverride(typesText, stylesPart, STYLES_TYPE);
    workbookRels = addRelationship(
      workbookRels,
      STYLES_REL,
      relativeTarget(pkg.workbookPart, stylesPart),
    ).text;
  }
  const styles = new StyleEditor(stylesBook);

  const formulaShifts = new Map<string, Shift[]>();
  for (const sheet of model.sheets)
    if (sheet.source && sheet.shifts.length) formulaShifts.set(sheet.name.toLowerCase(), sheet.shifts);
  const shiftFormula = (f: string, sheetName?: string) => shiftFormulaAll(f, sheetName, formulaShifts);

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
    if (sheet.source) {
      const changed = settingsChanged(sheet);
      if (sheet.baseline && sheet.baseline.visibility !== sheet.visibility)
        states.set(sheet.name, fileState(sheet.visibility));
      const touched =
        sheet.written.size > 0 || sheet.shifts.length > 0 || Object.values(changed).some((x) => x);
      if (!touched && formulaShifts.size === 0) continue;
      const part = sheet.source.part;
      const text = strFromU8(zip.read(part));
      const result = patchSheet({ sheet, text, formulaShifts, styles });
      if (result.text === text) continue;
      replaced.set(part.toLowerCase(), strToU8(result.text));
      if (sheet.written.size > 0) cellsChanged = true;
      const inserted = sheet.shifts.filter((s) => s.count > 0).reduce((n, s) => n + s.count, 0);
      const deleted = sheet.shifts.filter((s) => s.count < 0).reduce((n, s) => n - s.count, 0);
      if (result.cells > 0 || inserted > 0 || deleted > 0 || touched)
        report.push({
          name: sheet.name,
          added: false,
          cells: result.cells,
          rowsInserted: inserted,
          rowsDeleted: deleted,
        });
    } else {
      const part = freeName(taken, (n) => `xl/worksheets/sheet${n}.xml`);
      const { xml, cells } = newSheetXml(sheet, styles);
      added.push({ name: part, bytes: strToU8(xml) });
      typesText = addOverride(typesText, part, WORKSHEET_TYPE);
      const rel = addRelationship(workbookRels, WORKSHEET_REL, relativeTarget(pkg.workbookPart, part));
      workbookRels = rel.text;
      newSheets.push({
        name: sheet.name,
        sheetId: nextSheetId++,
        rId: rel.id,
        state: fileState(sheet.visibility),
      });
      let formulas = false;
      sheet.forEachCell((_r, _c, cell) => {
        if (cell.formula !== undefined) formulas = true;
      });
      if (formulas) cellsChanged = true;
      report.push({ name: sheet.name, added: true, cells, rowsInserted: 0, rowsDeleted: 0 });
    }
  }

  // Parts that hang off the sheets whose rows moved (tables, drawings, comments …).
  for (const [part, text] of patchRelatedParts(model, pkg, formulaShifts))
    replaced.set(part.toLowerCase(), strToU8(text));

  if (styles.changed && stylesPart) {
    const bytes = strToU8(styles.serialize());
    const own = added.find((a) => a.name === stylesPart);
    if (own) own.bytes = bytes;
    else replaced.set(stylesPart.toLowerCase(), bytes);
  }

  // The calculation chain lists formula cells by place: after writing cells Excel rebuilds it.
  const calcChain = pkg.workbookRels.find((r) => r.kind === 'calcChain' && !r.external);
  if (cellsChanged && calcChain) {
    const part = resolvePart(pkg.workbookPart, calcChain.target);
    dropped.add(part.toLowerCase());
    workbookRels = removeRelationships(workbookRels, (a) => a.get('Id') === calcChain.id);
    typesText = removeOverride(typesText, part);
  }

  // ------------------------------------------------------------------ workbook part
  const active = model.sheets.findIndex((s) => s.id === model.activeSheetId);
  let activeTab: number | undefined;
  if (model.activeSheetId !== source.activeSheetId && active >= 0) {
    const sheet = model.sheets[active];
    const inFile = pkg.sheets.findIndex(
      (e) => e.kind === 'worksheet' && e.name === sheet.name && sheet.source,
    );
    activeTab =
      inFile >= 0
        ? inFile
        : sheet.source
          ? undefined
          : pkg.sheets.length + newSheets.findIndex((n) => n.name === sheet.name);
  }
  const calcMode =
    model.calculationMode !== source.calculationMode
      ? model.calculationMode === 'Manual'
        ? 'manual'
        : model.calculationMode === 'AutomaticExceptTables'
          ? 'autoNoTable'
          : 'auto'
      : undefined;
  const workbookText = patchWorkbookXml(pkg.workbookText, {
    newSheets,
    states,
    names: model.names,
    shiftFormula: (f) => shiftFormula(f),
    fullCalcOnLoad: cellsChanged,
    ...(calcMode ? { calcMode } : {}),
    ...(activeTab !== undefined ? { activeTab } : {}),
  });
  if (workbookText !== pkg.workbookText) replaced.set(pkg.workbookPart.toLowerCase(), strToU8(workbookText));

  // ------------------------------------------------------------------ settings
  const settingsJson = JSON.stringify([...model.settings]);
  const settingsChangedNow = settingsJson !== source.settingsBaseline;
  let rootRels: string | null = null;
  if (settingsChangedNow) {
    if (source.settingsPart) {
      const text = strFromU8(zip.read(source.settingsPart));
      replaced.set(source.settingsPart.toLowerCase(), strToU8(rewriteSettingsPart(text, model.settings)));
    } else if (model.settings.size > 0) {
      const part = freeName(taken, (n) => `xl/webextensions/webextension${n}.xml`);
      added.push({ name: part, bytes: strToU8(newSettingsPart(model.settings)) });
      typesText = addOverride(typesText, part, WEBEXTENSION_TYPE);
      const rootRelsText = zip.has('_rels/.rels') ? strFromU8(zip.read('_rels/.rels')) : emptyRelationships();
      const paneRel = readRelationships(rootRelsText).find((r) => r.kind === 'webextensiontaskpanes');
      const taskpanes = paneRel ? resolvePart('', paneRel.target) : null;
      if (taskpanes && zip.has(taskpanes)) {
        const relsPart = relsPathFor(taskpanes);
        const relsText = zip.has(relsPart) ? strFromU8(zip.read(relsPart)) : emptyRelationships();
        const rel = addRelationship(relsText, WEBEXTENSION_REL, relativeTarget(taskpanes, part));
        if (zip.has(relsPart)) replaced.set(relsPart.toLowerCase(), strToU8(rel.text));
        else added.push({ name: relsPart, bytes: strToU8(rel.text) });
        replaced.set(taskpanes.toLowerCase(), strToU8(addTaskpane(strFromU8(zip.read(taskpanes)), rel.id)));
      } else {
        const panes = freeName(taken, () => 'xl/webextensions/taskpanes.xml');
        const rel = addRelationship(emptyRelationships(), WEBEXTENSION_REL, relativeTarget(panes, part));
        added.push({ name: panes, bytes: strToU8(newTaskpanesPart(rel.id)) });
        added.push({ name: relsPathFor(panes), bytes: strToU8(rel.text) });
        typesText = addOverride(typesText, panes, TASKPANES_TYPE);
        rootRels = addRelationship(rootRelsText, TASKPANES_REL, panes).text;
      }
    }
  }
  void ADDIN_REFERENCE;

  // ------------------------------------------------------------------ bookkeeping parts
  const originalTypes = strFromU8(zip.read('[Content_Types].xml'));
  if (typesText !== originalTypes) replaced.set('[content_types].xml', strToU8(typesText));
  const originalWorkbookRels = zip.has(workbookRelsPart) ? strFromU8(zip.read(workbookRelsPart)) : null;
  if (workbookRels !== originalWorkbookRels) {
    if (originalWorkbookRels === null) added.push({ name: workbookRelsPart, bytes: strToU8(workbookRels) });
    else replaced.set(workbookRelsPart.toLowerCase(), strToU8(workbookRels));
  }
  if (rootRels !== null) {
    if (zip.has('_rels/.rels')) replaced.set('_rels/.rels', strToU8(rootRels));
    else added.push({ name: '_rels/.rels', bytes: strToU8(rootRels) });
  }

  // ------------------------------------------------------------------ the package
  const parts: ZipPart[] = [];
  for (const entry of zip.entries) {
    const key = entry.name.toLowerCase();
    if (dropped.has(key)) continue;
    const bytes = replaced.get(key);
    parts.push(
      bytes
        ? { name: entry.name, bytes, modified: entry.modified }
        : { name: entry.name, copy: entry, from: zip },
    );
  }
  for (const a of added) parts.push({ name: a.name, bytes: a.bytes });
  if (!model.source && parts.length === 0)
    throw new MessageError(msg('unexpected-error', { detail: 'empty package' }));
  void readContentTypes;
  return { bytes: writeZip(parts), sheets: report, settings: settingsChangedNow };
}
