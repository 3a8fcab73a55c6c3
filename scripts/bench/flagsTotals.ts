// A benchmark of flags and totals on generated data (people × rows each, three rounds).
// Run: node -r ./scripts/ts-register.cjs scripts/bench/flagsTotals.ts [people] [rowsPerPerson]
import { a1 } from '../../src/core/log/a1';
import {
  ACTIVITY_COLUMNS,
  type LogActivityRow,
  type LogSnapshot,
  type OverallAssignment,
  type Round,
} from '../../src/core/model';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { TAB_NAMES } from '../../src/core/tabs';
import { computeTotals } from '../../src/core/totals/computeTotals';
import { readDate } from '../../src/core/values/date';
import { readNumber } from '../../src/core/values/number';
import { readStatus } from '../../src/core/values/status';
import { readTraining } from '../../src/core/values/training';
import { computeFlags } from '../../src/core/flags/computeFlags';

const CODES = [
  'HiS1',
  'HiS2',
  'HiS4',
  'HiS5',
  'HiS6',
  'HiS7',
  'HiS8',
  'HiS9',
  'HiS10',
  'HiS11',
  'HiS12',
  'HiS13',
];
const STATUS = ['Genomförd', 'klar', 'Ej genomförd', 'Planerad', ''];

/** A log of `people` spridningsledare with `rowsPerPerson` rows in each round tab and an overall plan. */
export function generateSnapshot(people: number, rowsPerPerson: number): LogSnapshot {
  const overall: OverallAssignment[] = [];
  const rounds: Record<Round, LogActivityRow[]> = { plan: [], aterrap1: [], aterrap2: [] };
  for (let p = 0; p < people; p++) {
    const person = `Person ${p} Efternamn${p % 7}`;
    const unit = `Verksamhet ${p % 25}`;
    const codes = [CODES[p % CODES.length], CODES[(p * 5 + 3) % CODES.length]];
    codes.forEach((code, i) =>
      overall.push({
        training: readTraining(code),
        unit,
        person,
        email: `person${p}@example.se`,
        goal: readNumber(i === 0 ? 30 : '20'),
        period: '',
        comment: '',
        sheet: TAB_NAMES.overall,
        row: overall.length + 2,
        cells: { person: `C${overall.length + 2}`, goal: `E${overall.length + 2}` },
      }),
    );
    if (p % 10 === 9) continue; // every tenth plan has not arrived
    for (const round of ['plan', 'aterrap1', 'aterrap2'] as const) {
      for (let i = 0; i < rowsPerPerson; i++) {
        const row = rounds[round].length + 2;
        const cells: LogActivityRow['cells'] = {};
        ACTIVITY_COLUMNS.forEach((c, j) => (cells[c] = a1(row, j)));
        const prev = rounds[round][rounds[round].length - 1];
        if (i % 10 === 9 && prev) {
          rounds[round].push({ ...prev, row, cells }); // every tenth row repeats the one above
          continue;
        }
        rounds[round].push({
          sheet: TAB_NAMES[round],
          row,
          person: i === 0 ? `${person}, kurator` : person,
          training: readTraining(i % 13 === 12 ? 'Yoga' : codes[i % 2]),
          activity: `Aktivitet ${i % 4}`,
          targetGroup: 'Personal',
          unit: i % 9 === 8 ? 'Annan enhet' : unit,
          plannedDate: readDate(i % 11 === 10 ? 'snart' : `${(i % 28) + 1}/2`, 2016),
          plannedNumber: readNumber(i % 6 === 5 ? 'ca 12' : 10 + (i % 5)),
          status: readStatus(round === 'plan' ? '' : STATUS[(p + i) % STATUS.length]),
          doneDate: readDate('', 2016),
          reached: readNumber(round === 'plan' ? '' : (p + i) % 4 === 0 ? '' : 9 + (i % 3)),
          comment: '',
          cells,
        });
      }
    }
  }
  return { contacts: [], rounds, overall };
}

export interface BenchResult {
  flagsMs: number;
  totalsMs: number;
  peakHeapMB: number;
  flags: number;
}

export function benchFlagsTotals(people = 150, rowsPerPerson = 10): BenchResult {
  const snapshot = generateSnapshot(people, rowsPerPerson);
  let peak = process.memoryUsage().heapUsed;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
  const t0 = performance.now();
  const flags = computeFlags(snapshot, { settings: DEFAULT_SETTINGS, today: new Date('2017-02-05') });
  const t1 = performance.now();
  sample();
  computeTotals(snapshot, DEFAULT_SETTINGS);
  const t2 = performance.now();
  sample();
  return { flagsMs: t1 - t0, totalsMs: t2 - t1, peakHeapMB: peak / (1024 * 1024), flags: flags.length };
}

if (require.main === module) {
  const [people, rows] = process.argv.slice(2).map(Number);
  process.stdout.write(`${JSON.stringify(benchFlagsTotals(people || 150, rows || 10))}\n`);
}
