// Flags on tab 2 (contacts): e-mail addresses that are not addresses.
import type { Flag, LogContactRow } from '../model';

/** One address: local part, @, a domain with a dot and a top-level part of two letters or more. */
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/u;

export function isEmailAddress(s: string): boolean {
  return EMAIL.test(s.trim());
}

export function contactFlags(contacts: LogContactRow[]): Flag[] {
  const out: Flag[] = [];
  for (const c of contacts) {
    if (c.email === '' || isEmailAddress(c.email)) continue;
    const who = c.name === '' ? `raden ${c.row}` : `${c.name} (rad ${c.row})`;
    out.push({
      code: 'invalid-contact',
      severity: 'warning',
      message: `E-postadressen ”${c.email}” för ${who} i fliken ”${c.sheet}” ser inte ut som en e-postadress. Rätta den (en adress per cell, till exempel namn@region.se) så att påminnelser kan skickas.`,
      person: c.name === '' ? null : c.name,
      training: null,
      round: null,
      sheet: c.sheet,
      cell: c.cells.email ?? `A${c.row}`,
    });
  }
  return out;
}
