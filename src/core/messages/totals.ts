// What the totals write into the summary tab besides numbers and formulas: title, notes on what
// is counted, section and column headings, and the names of the groups of rows without a
// training, unit or name. The excel layer renders them in the workbook's language.
import { defineMessages, oneOf } from './define';

export const totalsMessages = defineMessages({
  'totals-title': {},
  /** `doneWords`: the status words counted as done. */
  'totals-note-reached': { doneWords: ['Genomförd', 'Klar'] },
  'totals-note-participants': {},
  'totals-note-numbers': {},
  /** `fromFile`: the overall plan came from a separate file, so goals are written as values. */
  'totals-note-goals': { fromFile: false },
  'totals-note-formulas': {},
  'totals-section': { section: oneOf<'training' | 'unit' | 'person' | 'total'>('training') },
  'totals-column': {
    column: oneOf<'goal' | 'planned' | 'reached1' | 'reached2' | 'share'>('goal'),
  },
  'totals-whole-region': {},
  'totals-chart-title': {},
  /** The group of rows without a (known) training, without a unit, or without a name. */
  'totals-without': { dimension: oneOf<'training' | 'unit' | 'person'>('training') },
});
