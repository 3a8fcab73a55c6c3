// What a flag is about, as a fingerprint: the key a "handled" mark is kept under (handled.ts).
// It is made of the flag's code and round, the subject's relevant values (an activity row's
// texts, a person, a training of a person with its numbers, a contact) and the message's
// parameters except those that only say where or when (row numbers, sheet, cell, deadline). It
// never holds an address, so rows that move keep their marks; when what the flag is about
// changes (the row's values, the planned number against the goal) the fingerprint changes and
// the flag speaks again. Two flags that would be equal in everything (two identical rows) are
// told apart by their order ("#2").
import { textHash } from '../import/fingerprint';
import type { LogActivityRow, LogContactRow } from '../model';
import { personKey } from '../names/personKey';
import type { Message } from '../messages';

/** Parameters that say where or when, not what: left out of the fingerprint. */
const PLACE_PARAMS = new Set(['row', 'row1', 'sameAs', 'sheet', 'cell', 'due', 'late']);

const SEP = '\u0001';

/** An activity row's own values (not its place, not its comment): what identifies it to the coordinator. */
export function rowSubject(person: string | null, r: LogActivityRow): string {
  return [
    person === null ? '' : personKey(person),
    r.training.raw,
    r.activity,
    r.targetGroup,
    r.unit,
    r.plannedDate.raw,
    r.plannedNumber.raw,
    r.status.raw,
    r.doneDate.raw,
    r.reached.raw,
  ].join(SEP);
}

/** A person (key) and what else the flag compares (a training, its planned number and goal). */
export function personSubject(
  person: string | null,
  ...more: (string | number | null | undefined)[]
): string {
  return [
    person === null ? '' : personKey(person),
    ...more.map((m) => (m === null || m === undefined ? '' : String(m))),
  ].join(SEP);
}

export function contactSubject(c: LogContactRow): string {
  return [personKey(c.name), c.email].join(SEP);
}

function stableParams(m: Message): string {
  const params = m.params as Readonly<Record<string, unknown>>;
  return Object.keys(params)
    .filter((k) => !PLACE_PARAMS.has(k))
    .sort()
    .map((k) => `${k}=${JSON.stringify(params[k])}`)
    .join(SEP);
}

/** The fingerprint of a flag from its code, round, subject and message (16 hex digits). */
export function flagAbout(
  flag: { code: string; round: string | null; message: Message },
  subject: string,
): string {
  return textHash(
    [flag.code, flag.round ?? '', subject, flag.message.code, stableParams(flag.message)].join('\u0002'),
  );
}

/** Flags equal in their fingerprint get "#2", "#3" … in their order (call after sorting). */
export function distinguishTwins<F extends { about: string }>(flags: F[]): F[] {
  const seen = new Map<string, number>();
  for (const f of flags) {
    const n = (seen.get(f.about) ?? 0) + 1;
    seen.set(f.about, n);
    if (n > 1) f.about = `${f.about}#${n}`;
  }
  return flags;
}
