// The keys the summary lists — trainings, units, people — with, for each, the texts that belong
// to it as written in the log (for the formulas' criteria) and the overall-plan rows of its goal.
// computeTotals and buildSummaryLayout group by these same keys, so they agree.
import { unitKey } from '../flags/keys';
import { cellRow } from '../log/cellPosition';
import { peopleOf, type People } from '../names/people';
import { displayName } from '../names/personKey';
import {
  ROUNDS,
  type LogActivityRow,
  type LogSnapshot,
  type OverallAssignment,
  type Round,
  type Settings,
} from '../model';
import { msg, type Message } from '../messages';
import { excelTextKey, excelTrim } from './countable';

export const UNKNOWN_TRAINING = 'unknown';

const collator = new Intl.Collator('sv');

export type Dimension = 'training' | 'unit' | 'person';

export interface SummaryKey {
  /** Training code or 'unknown'; a unit's or person's normalised key ('' = not filled in). */
  key: string;
  /** How it is shown: the training code and name, the first spelling seen; a message for the
   *  group of rows without a (known) training, a unit or a name. */
  label: string | Message;
  /** Every distinct text (Excel-trimmed, case-insensitively distinct) of this key in the 3.x tabs. */
  match: string[];
  /** Excel rows of the overall plan's assignments that belong to this key. */
  goalRows: number[];
  /** Per round tab: rows that belong to this key although their cell does not say so (a name
   *  written once over a block: the rows below it have an empty cell), and rows that do not
   *  belong to it although their cell matches (those empty cells, for the "no name" key). */
  alsoRows?: Partial<Record<Round, number[]>>;
  notRows?: Partial<Record<Round, number[]>>;
}

export interface SummaryKeys {
  trainings: SummaryKey[];
  units: SummaryKey[];
  people: SummaryKey[];
}

/** `people`: which spellings are one person (peopleOf the snapshot). */
export function rowKey(dim: Dimension, r: LogActivityRow, people: People): string {
  if (dim === 'training') return r.training.code ?? UNKNOWN_TRAINING;
  if (dim === 'unit') return unitKey(r.unit);
  return people.key(r.person);
}

export function assignmentKey(dim: Dimension, a: OverallAssignment, people: People): string {
  if (dim === 'training') return a.training.code ?? UNKNOWN_TRAINING;
  if (dim === 'unit') return unitKey(a.unit);
  return people.key(a.person);
}

function rowText(dim: Dimension, r: LogActivityRow): string {
  if (dim === 'training') return r.training.raw;
  if (dim === 'unit') return r.unit;
  return r.person;
}

function emptyLabel(dim: Dimension): Message {
  return msg('totals-without', { dimension: dim });
}

/**
 * The key of a summary key in computeTotals' records: the training code ('unknown' for the rest),
 * a unit's or person's first spelling, '' for the rows without a unit or a name.
 */
export function recordKey(dim: Dimension, k: SummaryKey): string {
  if (dim === 'training') return k.key;
  return typeof k.label === 'string' ? k.label : '';
}

/** A row whose name was carried down from the cell above (its person cell is another row's). */
export function carriedName(r: LogActivityRow): boolean {
  if (r.person === '' || r.cells.person === undefined) return false;
  const row = cellRow(r.cells.person);
  return row !== null && row !== r.row;
}

function addRow(map: Partial<Record<Round, number[]>>, round: Round, row: number): void {
  (map[round] ??= []).push(row);
}

interface KeyBuilder {
  row(round: Round, r: LogActivityRow): void;
  keys(): SummaryKey[];
}

/** The keys of one dimension: the overall plan's assignments at once, then the rows one by one. */
function keyBuilder(dim: Dimension, snapshot: LogSnapshot, settings: Settings): KeyBuilder {
  const people = peopleOf(snapshot);
  /** `seen`: the Excel text keys matched so far; `texts`: the texts as written handled so far. */
  type Building = SummaryKey & { seen: Set<string>; texts: Set<string> };
  const map = new Map<string, Building>();
  /** Unit and name texts handled so far (their key depends on the text alone, unlike a training's). */
  const handled = new Set<string>();
  const labelOf = (key: string, text: string): string | Message => {
    if (dim === 'training') {
      if (key === UNKNOWN_TRAINING) return emptyLabel(dim);
      const def = settings.catalogue.find((t) => t.code === key);
      return def ? `${def.code} ${def.name}` : key;
    }
    if (key === '') return emptyLabel(dim);
    return dim === 'person' ? displayName(text) : text;
  };
  // The label is computed only for a key seen for the first time (not on every row).
  const get = (key: string, text: string): Building => {
    let k = map.get(key);
    if (!k) {
      k = { key, label: labelOf(key, text), match: [], goalRows: [], seen: new Set(), texts: new Set() };
      map.set(key, k);
    }
    return k;
  };
  for (const a of snapshot.overall ?? []) {
    const key = assignmentKey(dim, a, people);
    get(key, dim === 'training' ? a.training.raw : dim === 'unit' ? a.unit : a.person).goalRows.push(a.row);
  }
  const carried: Partial<Record<Round, number[]>> = {};
  const row = (round: Round, r: LogActivityRow): void => {
    if (dim === 'person' && carriedName(r)) {
      addRow((get(rowKey(dim, r, people), r.person).alsoRows ??= {}), round, r.row);
      addRow(carried, round, r.row);
      return;
    }
    const text = rowText(dim, r);
    // Most rows repeat a text already handled: skip looking up its key, trimming and lower-casing.
    if (dim !== 'training') {
      if (handled.has(text)) return;
      handled.add(text);
    }
    const k = get(rowKey(dim, r, people), text);
    if (k.texts.has(text)) return;
    k.texts.add(text);
    const t = excelTextKey(text);
    if (!k.seen.has(t)) {
      k.seen.add(t);
      k.match.push(excelTrim(text));
    }
  };
  const keys = (): SummaryKey[] => {
    const noName = map.get('');
    if (dim === 'person' && noName && noName.match.length > 0 && Object.keys(carried).length > 0)
      noName.notRows = carried;
    const list = [...map.values()].map(({ seen: _seen, texts: _texts, ...k }) => k);
    if (dim === 'training') {
      const order = settings.catalogue.map((t) => t.code);
      const idx = (k: string) =>
        k === UNKNOWN_TRAINING
          ? Number.MAX_SAFE_INTEGER
          : order.indexOf(k) < 0
            ? order.length
            : order.indexOf(k);
      return list.sort((a, b) => idx(a.key) - idx(b.key) || collator.compare(a.key, b.key));
    }
    // Named ones alphabetically; the "not filled in" group last.
    return list.sort(
      (a, b) =>
        (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) ||
        collator.compare(recordKey(dim, a), recordKey(dim, b)),
    );
  };
  return { row, keys };
}

/** The trainings, units and people of the log and the overall plan (one pass over the rows). */
export function summaryKeys(snapshot: LogSnapshot, settings: Settings): SummaryKeys {
  const trainings = keyBuilder('training', snapshot, settings);
  const units = keyBuilder('unit', snapshot, settings);
  const people = keyBuilder('person', snapshot, settings);
  for (const round of ROUNDS)
    for (const r of snapshot.rounds[round] ?? []) {
      trainings.row(round, r);
      units.row(round, r);
      people.row(round, r);
    }
  return { trainings: trainings.keys(), units: units.keys(), people: people.keys() };
}
