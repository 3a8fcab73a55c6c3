import {
  columnDefs,
  columnsOf,
  isTableKind,
  requiredColumns,
  templateHeaders,
} from '../../../src/core/headers/columns';
import { findHeader } from '../../../src/core/headers/findHeader';
import { headerKey } from '../../../src/core/headers/headerWords';

describe('column definitions', () => {
  it('define every canonical column of each table kind once, in model order', () => {
    for (const kind of ['contacts', 'plan', 'aterrap1', 'aterrap2', 'overall'] as const) {
      expect(columnDefs(kind).map((d) => d.column)).toEqual([...columnsOf(kind)]);
      for (const c of requiredColumns(kind)) expect(columnsOf(kind)).toContain(c);
    }
  });
  it('have no wording shared by two columns of one kind (it could not be told apart)', () => {
    for (const kind of ['contacts', 'plan', 'overall'] as const) {
      const seen = new Map<string, string>();
      for (const d of columnDefs(kind))
        for (const text of [d.header, ...d.variants]) {
          const k = headerKey(text);
          expect([text, seen.get(k) ?? d.column]).toEqual([text, d.column]);
          seen.set(k, d.column);
        }
    }
  });
  it('give a template header row that findHeader reads completely', () => {
    for (const kind of ['contacts', 'plan', 'overall'] as const)
      expect(findHeader([templateHeaders(kind)], kind)!.missing).toEqual([]);
  });
  it('know which tab kinds are tables', () => {
    expect(isTableKind('summary')).toBe(false);
    expect(isTableKind('instructions')).toBe(false);
    expect(isTableKind('aterrap2')).toBe(true);
  });
});
