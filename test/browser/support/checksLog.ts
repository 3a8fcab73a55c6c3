// A log of 150 spridningsledare for the browser tests of the check, the reminders and the
// totals, as cell values to type into the template's tabs: an overall plan (one assignment each,
// an e-mail each), tab 2 with another address for every third person, a plan round where 30
// people are missing and a few rows have the usual problems (a planned number under the goal,
// another unit, a training the programme does not have, a number that cannot be read), and a
// report 1 where half have reported (some without a status).
export const CODES = [
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

const FIRST = [
  'Anna', 'Bo', 'Cecilia', 'David', 'Elin', 'Fredrik', 'Gunilla', 'Henrik', 'Ingrid', 'Johan',
  'Karin', 'Lars', 'Maria', 'Nils', 'Olivia', 'Per', 'Ragnhild', 'Sven', 'Tove', 'Ulf',
  'Vera', 'Wilhelm', 'Yvonne', 'Åke', 'Ebba', 'Göran', 'Helena', 'Magnus', 'Petra', 'Stina',
]; // prettier-ignore
const LAST = ['Lindqvist', 'Ekström', 'Bergman', 'Johansson', 'Öberg'];
const UNITS = [
  'Vårdcentralen Norr',
  'BUP Söder',
  'Elevhälsan Väst',
  'Barnhälsovårdsenheten Centrum',
  'Migrationshälsan',
  'Psykiatriska mottagningen Öst',
];

export interface Person {
  name: string;
  email: string;
  unit: string;
  training: string;
  goal: number;
}

const ascii = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

export function people(): Person[] {
  return Array.from({ length: 150 }, (_, i) => {
    const first = FIRST[i % 30];
    const last = LAST[Math.floor(i / 30)];
    return {
      name: `${first} ${last}`,
      email: `${ascii(first)}.${ascii(last)}@region.se`,
      unit: UNITS[i % UNITS.length],
      training: CODES[i % CODES.length],
      goal: 10 + (i % 5) * 5,
    };
  });
}

/** Who sent a plan (120 of 150) and who has reported for report 1 (60). */
export const sentPlan = (i: number) => i % 5 !== 4;
export const reported = (i: number) => sentPlan(i) && i % 2 === 0;

export interface LogCells {
  overall: (string | number)[][];
  contacts: string[][];
  plan: (string | number)[][];
  aterrap1: (string | number)[][];
}

export function log150(): LogCells {
  const all = people();
  const overall = all.map((p) => [p.training, p.unit, p.name, p.email, p.goal, 'vt 2017', '']);
  const contacts = all
    .filter((_, i) => sentPlan(i))
    .map((p, i) => [
      p.name,
      'Kurator',
      p.unit,
      'Region Testlän',
      i % 3 === 0 ? p.email.replace('@region.se', '@vard.region.se') : p.email,
      '010-123 45 67',
      p.training,
      '2017-01-10',
    ]);
  const plan: (string | number)[][] = [];
  const aterrap1: (string | number)[][] = [];
  all.forEach((p, i) => {
    if (!sentPlan(i)) return;
    const training = i % 13 === 0 ? 'Yoga för alla' : p.training;
    const unit = i % 11 === 0 ? 'Ungdomsmottagningen' : p.unit;
    const planned: string | number = i % 17 === 0 ? 'några' : i % 7 === 0 ? p.goal - 5 : p.goal;
    plan.push([
      p.name,
      training,
      'Föreläsning',
      'Sjuksköterskor',
      unit,
      '2017-02-10',
      planned,
      '',
      '',
      '',
      '',
    ]);
    if (reported(i))
      aterrap1.push([
        p.name,
        training,
        'Föreläsning',
        'Sjuksköterskor',
        unit,
        '2017-02-10',
        planned,
        i % 8 === 0 ? '' : 'Genomförd',
        i % 8 === 0 ? '' : '2017-02-10',
        i % 8 === 0 ? '' : p.goal - 2,
        '',
      ]);
  });
  return { overall, contacts, plan, aterrap1 };
}
