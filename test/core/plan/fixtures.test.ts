// The committed fixtures read as the plans they were written from, and the same plan reads the
// same whether it arrives as .docx, clipboard HTML or clipboard text.
import { msg } from '../../../src/core/messages';
import type { Activity, PersonalPlan } from '../../../src/core/model';
import type { ReadResult } from '../../../src/core/plan/read';
import { readDocx, readPaste } from '../../../src/core/plan/read';
import { bytes, domParser, samples, text } from './helpers';

function ok(r: ReadResult): PersonalPlan {
  if (!r.ok) throw new Error(`not ok: ${r.problems.map((p) => p.message.code).join(' | ')}`);
  return r.plan;
}

function all(id: string): { docx: PersonalPlan; html: PersonalPlan; text: PersonalPlan } {
  const s = samples.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return {
    docx: ok(readDocx(bytes(s.file), id)),
    html: ok(readPaste({ html: text(`${id}.html`) }, { domParser, name: id })),
    text: ok(readPaste({ text: text(`${id}.txt`) }, { name: id })),
  };
}

function row(a: Activity): (string | number | null)[] {
  return [
    a.training.code,
    a.activity,
    a.targetGroup,
    a.unit,
    a.plannedDate.raw,
    a.plannedNumber.value,
    a.status.value,
    a.doneDate.raw,
    a.reached.value,
    a.comment,
  ];
}

const codes = (p: PersonalPlan) => p.problems.map((q) => q.code);

test('there are samples from both producers, for each round, for at least six people', () => {
  expect(new Set(samples.map((s) => s.producer))).toEqual(new Set(['wordml', 'docxlib']));
  expect(new Set(samples.map((s) => s.round))).toEqual(new Set(['plan', 'aterrap1', 'aterrap2']));
  expect(new Set(samples.map((s) => s.id.split('-').slice(0, 2).join(' '))).size).toBeGreaterThanOrEqual(6);
});

describe.each(samples.map((s) => s.id))('%s', (id) => {
  test('.docx, clipboard HTML and clipboard text give the same plan', () => {
    const p = all(id);
    const comparable = (plan: PersonalPlan) => ({
      ...plan,
      source: null,
      // facts about the file itself (macros, external links) exist only for the file
      problems: plan.problems.filter((q) => !q.code.startsWith('docx-')),
    });
    expect(p.docx.source).toEqual({ kind: 'docx', name: id });
    expect(p.html.source).toEqual({ kind: 'html', name: id });
    expect(p.text.source).toEqual({ kind: 'text', name: id });
    expect(comparable(p.html)).toEqual(comparable(p.docx));
    expect(comparable(p.text)).toEqual(comparable(p.docx));
  });
});

test('Anna (hand-written WordprocessingML): glued title, placeholders, vMerge, tracked changes, sum row', () => {
  const p = all('anna-lindqvist-plan').docx;
  expect(p.contact).toEqual({
    name: 'Anna Lindqvist',
    title: 'kurator',
    unit: 'Vårdcentralen Källby',
    region: 'Västra Götalandsregionen',
    email: 'anna.lindqvist@example.se',
    phone: '0510-123 45',
    trainingsRaw: 'HiS6, HiS9',
    trainings: [
      { raw: 'HiS6', code: 'HiS6' },
      { raw: 'HiS9', code: 'HiS9' },
    ],
  });
  expect(p.goals.map((g) => [g.training.code, g.unit, g.number.value])).toEqual([
    ['HiS6', 'Vårdcentralen Källby', 40],
    ['HiS9', 'Vårdcentralen Källby', 20],
  ]);
  expect(p.activities.map(row)).toEqual([
    [
      'HiS6',
      'Föreläsning och samtal',
      'Sjuksköterskor',
      'Vårdcentralen Källby',
      'v. 6',
      20,
      null,
      '',
      null,
      '',
    ],
    [
      'HiS6',
      'Arbetsplatsträff',
      'Undersköterskor',
      'Vårdcentralen Källby',
      '10 feb',
      20,
      null,
      '',
      null,
      'Två tillfällen',
    ],
    // tracked change "[-10-][+12+] st" read as accepted
    ['HiS6', 'Workshop', 'Läkare', 'Vårdcentralen Källby', 'mars 2017', 12, null, '', null, ''],
    // the deleted row "vt 2017 / 15" is gone; the inserted "Källby" kept
    [
      'HiS9',
      'Utbildningsdag',
      'Hela personalgruppen',
      'Vårdcentralen Källby',
      '2017-03-15',
      30,
      null,
      '',
      null,
      '',
    ],
  ]);
  expect(p.activities[0].plannedDate).toMatchObject({ kind: 'week', start: '2017-02-06' });
  expect(p.activities[1].plannedNumber).toMatchObject({ kind: 'range', value: 20 });
  // header is row 1 of table 3 (the title row above it is not counted)
  expect(p.activities.map((a) => a.source)).toEqual(
    [2, 3, 4, 5].map((r) => ({ source: 'anna-lindqvist-plan', table: 3, row: r })),
  );
  expect(p.problems).toEqual([]);
});

test('Erik (docx library): "Label: value" paragraphs, other wording and order, a second table without header', () => {
  const p = all('erik-johansson-plan').docx;
  expect(p.contact).toMatchObject({
    name: 'Erik Johansson',
    title: 'Psykolog',
    unit: 'Barn- och ungdomspsykiatrin Lidköping',
    email: 'erik.johansson@example.se',
    phone: '070-123 45 67',
  });
  expect(p.contact.trainings.map((t) => t.code)).toEqual(['HiS11']);
  expect(p.activities.map(row)).toEqual([
    ['HiS11', 'Föreläsning', 'Behandlare', 'BUP Lidköping', '10 feb', 20, null, '', null, ''],
    [
      'HiS11',
      'Seminarium',
      'Läkare och psykologer',
      'BUP Lidköping',
      'v.12',
      10,
      null,
      '',
      null,
      'Preliminärt',
    ],
    ['HiS11', 'Nätverksträff', 'Skolkuratorer', 'Elevhälsan Lidköping', 'vt 2017', 15, null, '', null, ''],
  ]);
  expect(p.activities[2].source).toEqual({ source: 'erik-johansson-plan', table: 3, row: 1 });
  expect(p.activities[2].plannedDate).toMatchObject({ kind: 'term', term: 'vt', year: 2017 });
});

test('Maria (report 1): statuses in any case, instruction row and NBSP rows skipped', () => {
  const p = all('maria-nilsson-aterrap1').docx;
  expect(p.contact).toMatchObject({
    name: 'Maria Nilsson',
    title: 'Distriktssköterska',
    region: 'Västra Götalandsregionen',
    phone: '070-765 43 21',
  });
  expect(p.contact.trainings.map((t) => t.code)).toEqual(['HiS2', 'HiS5']);
  expect(
    p.activities.map((a) => [a.status.raw, a.status.value, a.reached.value, a.doneDate.day ?? null]),
  ).toEqual([
    ['genomförd', 'done', 11, '2016-11-24'],
    ['Klar', 'done', 18, '2017-02-10'],
    ['ej genomförd', 'notDone', null, null],
    ['PLANERAD', 'planned', null, null],
  ]);
  expect(p.activities[2].targetGroup).toBe('Sjuksköterskor och undersköterskor');
  expect(codes(p)).toEqual(['instruction-row-skipped']);
  expect(p.problems[0].where).toEqual({ source: 'maria-nilsson-aterrap1', table: 3, row: 2 });
});

test('Karin (report 1): the second table repeats the header', () => {
  const p = all('karin-berg-aterrap1').docx;
  expect(p.contact.trainings.map((t) => t.code)).toEqual(['HiS10']);
  expect(p.goals.map((g) => [g.training.code, g.number.value])).toEqual([['HiS10', 20]]);
  expect(p.activities.map(row)).toEqual([
    [
      'HiS10',
      'Föreläsning',
      'Skolsköterskor',
      'Elevhälsan Skövde',
      '2017-01-25',
      20,
      'done',
      '2017-01-25',
      22,
      '',
    ],
    ['HiS10', 'Seminarium', 'Kuratorer', 'Elevhälsan Skövde', '8 feb', 15, 'notDone', '', null, 'Sjukdom'],
    ['HiS10', 'Arbetsplatsträff', 'Lärare', 'Elevhälsan Skövde', 'v. 10', 25, 'planned', '', null, ''],
  ]);
  expect(p.problems).toEqual([]);
});

test('Johan (report 2): unknown and misspelt trainings, unreadable values, merged unit cells', () => {
  const p = all('johan-ek-aterrap2').docx;
  expect(p.contact).toMatchObject({ name: 'Johan Ek', title: 'Överläkare', phone: '' });
  expect(p.contact.trainings.map((t) => t.code)).toEqual(['HiS8', 'HiS6']);
  expect(p.activities.map((a) => [a.training.code, a.unit])).toEqual([
    ['HiS8', 'Psykiatrin Skaraborg'],
    ['HiS6', 'Psykiatrin Skaraborg'],
    ['HiS9', 'Psykiatrin Skaraborg'],
    [null, 'Psykiatrin Skaraborg'],
    ['HiS6', 'Psykiatrin Skaraborg'],
  ]);
  expect(p.problems.map((q) => [q.code, q.where.table, q.where.row, q.where.column])).toEqual([
    ['unreadable-number', 2, 3, 'Antal personer att nå'],
    ['unreadable-number', 3, 3, 'Planerat antal'],
    ['unreadable-date', 3, 3, 'Planerat datum'],
    ['unreadable-date', 3, 4, 'Genomfört datum'],
    ['unknown-training', 3, 5, 'Utbildning'],
  ]);
  const unknown = p.problems[4];
  expect(unknown.severity).toBe('warning');
  expect(unknown.message).toEqual(
    msg('plan-unknown-training', {
      text: 'Första hjälpen',
      table: 3,
      row: 5,
      column: 'Utbildning',
      inGoal: false,
    }),
  );
  expect(p.problems[1].message).toEqual(
    msg('plan-unreadable-number', {
      text: 'många',
      table: 3,
      row: 3,
      column: 'Planerat antal',
      inGoal: false,
    }),
  );
});

test('Sara (report 2): exact duplicates are kept and flagged; the sum row is not an activity', () => {
  const p = all('sara-holm-aterrap2').docx;
  expect(p.contact.trainings.map((t) => t.code)).toEqual(['HiS12', 'HiS13']);
  expect(p.activities).toHaveLength(3);
  expect(codes(p)).toEqual(['duplicate-activity']);
  expect(p.problems[0].message).toEqual(
    msg('plan-duplicate-activity', { table: 3, row: 4, firstTable: 3, firstRow: 3 }),
  );
});

test('Ahmed (.docm): the text is read, macros and external links are mentioned, never run or fetched', () => {
  const p = all('ahmed-hassan-plan-makro').docx;
  expect(p.contact.name).toBe('Ahmed Hassan');
  expect(p.activities.map((a) => [a.training.code, a.plannedDate.day])).toEqual([['HiS4', '2016-12-01']]);
  expect(p.problems.map((q) => [q.code, q.severity])).toEqual([
    ['docx-macros', 'info'],
    ['docx-external-links', 'info'],
  ]);
  expect(p.problems[0].message).toEqual(msg('plan-docx-macros', { file: p.source.name }));
  expect(p.problems[1].message).toEqual(msg('plan-docx-external-links', { file: p.source.name, count: 2 }));
});
