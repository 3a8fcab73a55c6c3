// Working out an import: plans that cannot be imported as they are, texts too long for a cell,
// and a tab whose header row cannot be found.
import { defineMessages } from './define';

export const importMessages = defineMessages({
  'import-same-person-twice': { person: 'Anna Lindqvist', first: 'anna-v1.docx', second: 'anna-v2.docx' },
  /** `column`: the header text, or the column's letter when it has none. */
  'import-cell-too-long': {
    column: 'Kommentar',
    sheet: '3.a Saml pers spr-plan PLAN',
    length: 40000,
    max: 32767,
  },
  /** `rows`: how many rows from the top are searched for the header. */
  'import-no-header-row': { sheet: '3.a Saml pers spr-plan PLAN', rows: 20 },
});
