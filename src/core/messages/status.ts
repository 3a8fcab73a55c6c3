// Status for the decision forum (guide steps 2.5/2.8): the words of the status sheet and the
// slide deck, and what the pane and the CLI say about making them.
import { defineMessages, oneOf } from './define';

type ReportRound = 'aterrap1' | 'aterrap2';
type Figure = 'goal' | 'planned' | 'reached' | 'share' | 'people' | 'reporting';

export const statusMessages = defineMessages({
  'status-title': { round: oneOf<ReportRound>('aterrap1') },
  /** `date`: ISO day the status was made. */
  'status-subtitle': { date: '2017-02-10' },
  'status-key-figures': {},
  'status-figure': { figure: oneOf<Figure>('goal'), round: oneOf<ReportRound>('aterrap1') },
  'status-section': { section: oneOf<'training' | 'unit'>('training') },
  'status-column': {
    column: oneOf<'name' | 'goal' | 'planned' | 'reached' | 'share'>('goal'),
    section: oneOf<'training' | 'unit'>('training'),
    round: oneOf<ReportRound>('aterrap1'),
  },
  'status-chart-title': {
    section: oneOf<'training' | 'unit' | 'total'>('training'),
    round: oneOf<ReportRound>('aterrap1'),
  },
  'status-note': { round: oneOf<ReportRound>('aterrap1'), summary: '4. Sammanställning' },
  'status-slide-part': { part: 1, parts: 3 },
  'status-sheet-cells-taken': { sheet: '5. Status beslutsforum', range: 'A1:F40', cells: ['B3'], more: 0 },
  'status-print-not-set': { sheet: '5. Status beslutsforum' },
  'status-sheet-written': { sheet: '5. Status beslutsforum', charts: 2 },
  'status-deck-written': { out: 'status.pptx', slides: 5 },
  'cli-status-round': { round: 'plan' },
  'cli-status-out-missing': {},
  'cli-status-out-pptx': { out: 'status.ppt' },
  'cli-status-xlsx': { out: 'status.xls' },
});
