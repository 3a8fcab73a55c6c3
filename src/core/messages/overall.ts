// Reading the overall spread plan (core/overall/readOverallPlan.ts). Colleague "reading" owns that
// reader and converts its messages in its own group: when their branch is merged, theirs replace
// this group (drop this file, its two catalogue files and their three index lines).
import { defineMessages } from './define';

const at = { sheet: '1. Övergripande spridningsplan', row: 7 };

export const overallMessages = defineMessages({
  /** `rows`: how many rows from the top are searched for the header. */
  'overall-no-header': { sheet: at.sheet, rows: 20 },
  'overall-missing-columns': { ...at, columns: ['Mål antal'] },
  'overall-goal-without-person': { ...at },
  'overall-missing-training': { person: 'Bo Ek', cell: 'A7', ...at },
  'overall-unknown-training': { training: 'Yoga', cell: 'A7', row: 7 },
  'overall-unreadable-goal': { goal: 'många', person: 'Bo Ek', cell: 'E7', row: 7 },
});
