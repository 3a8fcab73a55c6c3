// The workbook part (xl/workbook.xml) with the add-in's changes spliced in: sheets it added,
// sheets it hid or showed, defined names it added, changed or deleted (and every name's
// references moved with inserted/deleted rows), the active tab, the calculation mode, and
// "calculate everything on load" so Excel computes the formulas the add-in wrote.
import type { NamedItemModel } from '../workbookModel';
import {
  XmlScanner,
  attributes,
  escapeAttr,
  escapeText,
  forEachAttribute,
  innerText,
  type Tag,
} from '../../core/xlsx/xmlScan';
import { formulaFromFile, formulaToFile } from './formulaText';

export interface WorkbookXmlEdit {
  /** Sheets to append to <sheets>, in order. */
  newSheets: { name: string; sheetId: number; rId: string; state: 'visible' | 'hidden' | 'veryHidden' }[];
  /** New state of sheets already in the file, by their name in the file. */
  states: Map<string, 'visible' | 'hidden' | 'veryHidden'>;
  /** The workbook's names after the add-in (workbook scope), by lower-case name. */
  names: ReadonlyMap<string, NamedItemModel>;
  /** A defined name's formula (as stored) moved with the rows of every sheet. */
  shiftFormula: (formula: string) => string;
  fullCalcOnLoad: boolean;
  calcMode?: 'auto' | 'autoNoTable' | 'manual';
  /** New active tab (index into <sheets>), when the add-in activated another sheet. */
  activeTab?: number;
  /** Print areas the add-in set: the sheet's index into <sheets> (localSheetId) → the name's formula. */
  printAreas?: ReadonlyMap<number, string>;
}

const ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'appPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups',
  'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr',
  'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
]; // prettier-ignore

const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const internal = (name: string) => /^_xl(nm|fn)\./i.test(name);

function setAttr(text: string, tag: Tag, name: string, value: string | null): string {
  const raw = text.slice(tag.start, tag.end);
  let found: { vs: number; ve: number } | null = null;
  let attrStart = -1;
  forEachAttribute(text, tag, (n, _v, vs, ve) => {
    if (n === name) {
      found = { vs, ve };
      // back up over ` name="`
      attrStart = text.lastIndexOf(n, vs);
    }
  });
  const f = found as { vs: number; ve: number } | null;
  if (f) {
    if (value === null) {
      let from = attrStart;
      while (from > tag.start && /\s/.test(text[from - 1])) from--;
      return text.slice(tag.start, from) + text.slice(f.ve + 1, tag.end);
    }
    return text.slice(tag.start, f.vs) + escapeAttr(value) + text.slice(f.ve, tag.end);
  }
  if (value === null) return raw;
  const close = raw.endsWith('/>') ? raw.length - 2 : raw.length - 1;
  return `${raw.slice(0, close).trimEnd()} ${name}="${escapeAttr(value)}"${raw.slice(close)}`;
}

export function patchWorkbookXml(text: string, edit: WorkbookXmlEdit): string {
  const s = new XmlScanner(text);
  const root = s.next();
  if (!root || root.kind !== 'open') return text;
  const prefix = root.name.slice(0, root.name.length - root.local.length);
  // The relationships prefix r: is declared on the root by Excel, per element by some writers.
  const rootHasR = attributes(text, root).get('xmlns:r') === R_NS;
  const children: { tag: Tag; end: number }[] = [];
  for (let tag = s.next(); tag; tag = s.next()) {
    if (tag.kind === 'close') break;
    children.push({ tag, end: tag.kind === 'open' ? s.skipElement(tag).end : tag.end });
  }
  const present = new Set(children.map((c) => c.tag.local));
  const inserts = new Map<string, string>();
  const seenNames = new Set<string>();
  const printAreas = new Map(edit.printAreas ?? []);

  const newNames = () =>
    [...edit.names.values()]
      .filter((n) => !seenNames.has(n.name.toLowerCase()))
      .map(
        (n) =>
          `<${prefix}definedName name="${escapeAttr(n.name)}"${n.comment ? ` comment="${escapeAttr(n.comment)}"` : ''}${n.visible ? '' : ' hidden="1"'}>${escapeText(formulaToFile(n.formula))}</${prefix}definedName>`,
      )
      .join('') +
    [...printAreas]
      .map(
        ([sheet, formula]) =>
          `<${prefix}definedName name="_xlnm.Print_Area" localSheetId="${sheet}">${escapeText(formula)}</${prefix}definedName>`,
      )
      .join('');

  const rewrite = (local: string, slice: string, tag: Tag): string => {
    if (local === 'sheets') return sheetsXml(slice, tag);
    if (local === 'definedNames') return namesXml(slice);
    if (local === 'calcPr') return calcPrXml(slice);
    if (local === 'bookViews' && edit.activeTab !== undefined) return bookViewsXml(slice);
    return slice;
  };

  let out = text.slice(0, root.end);
  let at = root.end;
  for (const { tag, end } of children) {
    const slice = text.slice(tag.start, end);
    out += text.slice(at, tag.start);
    // Missing elements that come before this one.
    const rank = ORDER.indexOf(tag.local);
    for (const [name, xml] of [...inserts]) {
      if (rank < 0 || ORDER.indexOf(name) < rank) {
        out += xml;
        inserts.delete(name);
      }
    }
    if (tag.local === 'sheets') {
      out += rewrite('sheets', slice, tag);
      // names are reconciled with what <definedNames> holds; computed after it is read below
    } else out += rewrite(tag.local, slice, tag);
    at = end;
    if (tag.local === 'sheets' && !present.has('definedNames')) {
      const names = newNames();
      if (names) inserts.set('definedNames', `<${prefix}definedNames>${names}</${prefix}definedNames>`);
    }
    if (tag.local === 'sheets' && !present.has('calcPr') && (edit.fullCalcOnLoad || edit.calcMode))
      inserts.set(
        'calcPr',
        `<${prefix}calcPr${edit.calcMode ? ` calcMode="${edit.calcMode}"` : ''}${edit.fullCalcOnLoad ? ' fullCalcOnLoad="1"' : ''}/>`,
      );
  }
  for (const xml of inserts.values()) out += xml;
  out += text.slice(at);
  return out;

  function sheetsXml(slice: string, open: Tag): string {
    const base = open.start;
    const sc = new XmlScanner(text, open.start);
    sc.next();
    let body = '';
    let pos = open.end;
    if (open.kind === 'open') {
      for (let tag = sc.next(); tag; tag = sc.next()) {
        if (tag.kind === 'close' && tag.local === 'sheets') {
          body += text.slice(pos, tag.start);
          break;
        }
        if (tag.local !== 'sheet' || tag.kind === 'close') continue;
        const end = tag.kind === 'open' ? sc.skipElement(tag).end : tag.end;
        const name = attributes(text, tag).get('name') ?? '';
        const state = edit.states.get(name);
        body += text.slice(pos, tag.start);
        body +=
          state === undefined
            ? text.slice(tag.start, end)
            : setAttr(text, tag, 'state', state === 'visible' ? null : state) + text.slice(tag.end, end);
        pos = end;
      }
    }
    const added = edit.newSheets
      .map(
        (sh) =>
          `<${prefix}sheet name="${escapeAttr(sh.name)}" sheetId="${sh.sheetId}"${sh.state === 'visible' ? '' : ` state="${sh.state}"`}${rootHasR ? '' : ` xmlns:r="${R_NS}"`} r:id="${sh.rId}"/>`,
      )
      .join('');
    const head = open.kind === 'empty' ? slice.slice(0, -2).trimEnd() + '>' : text.slice(base, open.end);
    return `${head}${body}${added}</${open.name}>`;
  }

  function namesXml(slice: string): string {
    const sc = new XmlScanner(slice);
    const open = sc.next()!;
    let body = '';
    let pos = open.end;
    if (open.kind === 'open') {
      for (let tag = sc.next(); tag; tag = sc.next()) {
        if (tag.kind === 'close' && tag.local === 'definedNames') {
          body += slice.slice(pos, tag.start);
          break;
        }
        if (tag.local !== 'definedName' || tag.kind === 'close') continue;
        const close = tag.kind === 'open' ? sc.skipElement(tag) : null;
        const end = close ? close.end : tag.end;
        body += slice.slice(pos, tag.start);
        pos = end;
        const a = attributes(slice, tag);
        const name = a.get('name') ?? '';
        const area =
          name.toLowerCase() === '_xlnm.print_area'
            ? printAreas.get(Number(a.get('localSheetId')))
            : undefined;
        if (area !== undefined) {
          // A print area the add-in set replaces the file's for that sheet.
          printAreas.delete(Number(a.get('localSheetId')));
          body += `${slice.slice(tag.start, tag.end).replace(/\/>$/, '>')}${escapeText(area)}</${tag.name}>`;
          continue;
        }
        const formula = close ? innerText(slice, tag, close) : '';
        const moved = edit.shiftFormula(formula);
        const scoped = a.has('localSheetId') || internal(name);
        const model = scoped ? undefined : edit.names.get(name.toLowerCase());
        if (!scoped && !model) continue; // deleted by the add-in
        if (model) seenNames.add(name.toLowerCase());
        let headTag = slice.slice(tag.start, tag.end);
        let newFormula = moved;
        if (model) {
          if (formulaFromFile(moved) !== model.formula) newFormula = formulaToFile(model.formula);
          const hidden = a.get('hidden') === '1' || a.get('hidden') === 'true';
          if (hidden === model.visible) headTag = setAttr(slice, tag, 'hidden', model.visible ? null : '1');
          if ((a.get('comment') ?? '') !== model.comment) {
            const t2 = new XmlScanner(headTag).next()!;
            headTag = setAttr(headTag, t2, 'comment', model.comment || null);
          }
        }
        if (!close) {
          body +=
            newFormula === formula
              ? headTag
              : `${headTag.slice(0, -2)}>${escapeText(newFormula)}</${tag.name}>`;
        } else {
          const inner = newFormula === formula ? slice.slice(tag.end, close.start) : escapeText(newFormula);
          body += headTag + inner + slice.slice(close.start, close.end);
        }
      }
    }
    const head = open.kind === 'empty' ? slice.slice(0, -2).trimEnd() + '>' : slice.slice(0, open.end);
    return `${head}${body}${newNames()}</${open.name}>`;
  }

  function calcPrXml(slice: string): string {
    const sc = new XmlScanner(slice);
    const tag = sc.next()!;
    let head = slice.slice(0, tag.end);
    if (edit.fullCalcOnLoad) head = setAttr(slice, tag, 'fullCalcOnLoad', '1');
    if (edit.calcMode) {
      const t2 = new XmlScanner(head).next()!;
      head = setAttr(head, t2, 'calcMode', edit.calcMode === 'auto' ? null : edit.calcMode);
    }
    return head + slice.slice(tag.end);
  }

  function bookViewsXml(slice: string): string {
    const sc = new XmlScanner(slice);
    for (let tag = sc.next(); tag; tag = sc.next()) {
      if (tag.local === 'workbookView' && tag.kind !== 'close') {
        const head = setAttr(slice, tag, 'activeTab', edit.activeTab ? String(edit.activeTab) : null);
        return slice.slice(0, tag.start) + head + slice.slice(tag.end);
      }
    }
    return slice;
  }
}
