import fc from 'fast-check';
import type { CellValue } from '../../../src/core/headers/cell';
import {
  ACTIVITY_HEADERS,
  CONTACT_HEADERS,
  OVERALL_HEADERS,
  type ColumnDef,
  type TableKind,
} from '../../../src/core/headers/columns';
import { findHeader } from '../../../src/core/headers/findHeader';

const DEFS: [TableKind, ColumnDef<string>[]][] = [
  ['plan', ACTIVITY_HEADERS],
  ['contacts', CONTACT_HEADERS],
  ['overall', OVERALL_HEADERS],
];

function sameMap(a: Partial<Record<string, number>>, b: Record<string, number>): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}

describe('findHeader (property)', () => {
  it.each(DEFS)(
    'finds every %s column under titles, in any order, with other wordings and extra columns',
    (kind, defs) => {
      fc.assert(
        fc.property(
          fc.shuffledSubarray(defs, { minLength: 2 }),
          fc.array(fc.nat(), { minLength: defs.length, maxLength: defs.length }),
          fc.integer({ min: 0, max: 12 }),
          fc.array(fc.constantFrom('Egen anteckning', 'Nr', 'Klar?', 'x'), { maxLength: 3 }),
          (chosen, picks, titleRows, extras) => {
            const header: CellValue[] = [];
            const expected: Record<string, number> = {};
            chosen.forEach((d, i) => {
              const names = [d.header, ...d.variants];
              // Casing and spacing noise on the chosen wording.
              const name = names[picks[i] % names.length];
              expected[d.column] = header.length;
              header.push(i % 2 === 0 ? ` ${name.toUpperCase()} ` : name.replace(/ /g, '  '));
            });
            const extraCols = extras.map((e) => {
              header.push(e);
              return header.length - 1;
            });
            const width = header.length;
            const values: CellValue[][] = [];
            for (let r = 0; r < titleRows; r++)
              values.push([r === 0 ? 'Samlad spridningslogg' : '', ...Array<CellValue>(width - 1).fill('')]);
            values.push(header);
            values.push(Array<CellValue>(width).fill(7));
            const h = findHeader(values, kind);
            if (h === null) return false;
            return (
              h.headerRow === titleRows &&
              sameMap(h.columns, expected) &&
              extraCols.every((c) => h.extra.includes(c))
            );
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});
