// A plan generated for a person reads back with our own reader exactly: name, contact details,
// goals — and, once the person has filled in activities (generated with them, or typed into the
// empty rows by editing the document's XML as Word would save it), the activities too.
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { personGoals, type PersonGoals } from '../../../src/core/goals/personGoals';
import {
  EMPTY_ACTIVITY_ROWS,
  PLAN_ACTIVITY_COLUMNS,
  planDocx,
  type PlanActivityText,
} from '../../../src/documents/planDocument';
import type { LogContactRow, OverallAssignment } from '../../../src/core/model';
import { readPlanFile } from '../../../src/core/plan/read';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { readNumber } from '../../../src/core/values/number';
import { cleanText } from '../../../src/core/values/text';
import { readTraining } from '../../../src/core/values/training';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function assignment(
  person: string,
  training: string,
  unit: string,
  goal: string | number,
  email = '',
): OverallAssignment {
  return {
    training: readTraining(training),
    unit,
    person,
    email,
    goal: readNumber(goal),
    period: '',
    comment: '',
    sheet: '1. Övergripande spridningsplan',
    row: 2,
    cells: {},
  };
}

function contact(name: string, fields: Partial<LogContactRow>): LogContactRow {
  return {
    sheet: '2. Saml kontaktuppg',
    row: 5,
    name,
    title: '',
    unit: '',
    region: '',
    email: '',
    phone: '',
    trainings: '',
    planReceived: '',
    cells: {},
    ...fields,
  };
}

const OVERALL = [
  assignment('Anna Lindqvist, kurator', 'HiS6', 'Vårdcentralen Källby', 40, 'anna.lindqvist@example.se'),
  assignment('Bo Ek', 'HiS2', 'BUP Söder', '20', 'bo.ek@example.se'),
  assignment('Lindqvist, Anna', 'HiS 9', 'Vårdcentralen Källby', 'ca 20'),
  assignment('Anna Lindqvist', 'HiS6', 'Vårdcentralen Källby', 5),
];
const CONTACTS = [
  contact('Anna Lindqvist', {
    title: 'Kurator',
    region: 'Västra Götalandsregionen',
    phone: '0510-123 45',
    unit: 'Vårdcentralen Källby',
  }),
];

function anna(): PersonGoals {
  const all = personGoals(OVERALL, CONTACTS, DEFAULT_SETTINGS);
  return all.find((p) => p.name === 'Anna Lindqvist')!;
}

function readBack(bytes: Uint8Array) {
  const r = readPlanFile(bytes, 'Anna Lindqvist.docx');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.plan;
}

describe('personGoals', () => {
  test('one entry per person of the overall plan, every spelling joined, goals of a training and unit added up', () => {
    const all = personGoals(OVERALL, CONTACTS, DEFAULT_SETTINGS);
    expect(all.map((p) => p.name)).toEqual(['Anna Lindqvist', 'Bo Ek']);
    const a = all[0];
    expect(a.trainings).toEqual(['HiS6', 'HiS9']);
    expect(a.goals).toEqual([
      {
        code: 'HiS6',
        training: 'Migration och psykisk hälsa – grundkurs (HiS6)',
        unit: 'Vårdcentralen Källby',
        number: 45,
      },
      {
        code: 'HiS9',
        training: 'Migration och psykisk hälsa – för primärvården (HiS9)',
        unit: 'Vårdcentralen Källby',
        number: 20,
      },
    ]);
    expect(a.contact).toEqual({
      name: 'Anna Lindqvist',
      title: 'Kurator',
      unit: 'Vårdcentralen Källby',
      region: 'Västra Götalandsregionen',
      email: 'anna.lindqvist@example.se',
      phone: '0510-123 45',
    });
    // Bo Ek is not in tab 2: the overall plan's e-mail and unit.
    expect(all[1].contact).toMatchObject({ email: 'bo.ek@example.se', unit: 'BUP Söder', title: '' });
  });

  test('tab 2 e-mail wins over the overall plan, an address that is no address is not used', () => {
    const all = personGoals(
      [assignment('Bo Ek', 'HiS2', 'BUP', 1, 'bo.ek@example.se')],
      [contact('Bo Ek', { email: 'bo@region.example.se' })],
      DEFAULT_SETTINGS,
    );
    expect(all[0].contact.email).toBe('bo@region.example.se');
    const bad = personGoals(
      [assignment('Bo Ek', 'HiS2', 'BUP', 1, 'inte en adress')],
      [contact('Bo Ek', { email: 'bo(at)region' })],
      DEFAULT_SETTINGS,
    );
    expect(bad[0].contact.email).toBe('');
  });
});

describe('the pre-filled plan reads back exactly', () => {
  test('name, contact details and goals; an empty activity table with the template columns', async () => {
    const p = anna();
    const plan = readBack(await planDocx(p, { deadline: '2 februari 2017' }));
    expect(plan.contact).toMatchObject({
      name: 'Anna Lindqvist',
      title: 'Kurator',
      unit: 'Vårdcentralen Källby',
      region: 'Västra Götalandsregionen',
      email: 'anna.lindqvist@example.se',
      phone: '0510-123 45',
      trainingsRaw: 'HiS6, HiS9',
    });
    expect(plan.contact.trainings.map((t) => t.code)).toEqual(['HiS6', 'HiS9']);
    expect(plan.goals.map((g) => [g.training.code, g.training.raw, g.unit, g.number.value])).toEqual(
      p.goals.map((g) => [g.code, g.training, g.unit, g.number]),
    );
    expect(plan.activities).toEqual([]);
    // The activity table is there (no "no activity table" warning) and nothing else is reported.
    expect(plan.problems).toEqual([]);
  });

  const FILLED: PlanActivityText[] = [
    {
      training: 'HiS6',
      activity: 'Föreläsning\noch samtal',
      targetGroup: 'Sjuksköterskor',
      unit: 'Vårdcentralen Källby',
      plannedDate: '2017-02-10',
      plannedNumber: '20',
      status: 'Genomförd',
      doneDate: '2017-02-10',
      reached: '18',
      comment: 'Två tillfällen',
    },
    {
      training: 'Migration och psykisk hälsa – för primärvården (HiS9)',
      activity: 'Arbetsplatsträff',
      targetGroup: 'Undersköterskor',
      unit: 'Vårdcentralen Källby',
      plannedDate: 'v. 12',
      plannedNumber: 'ca 25',
      status: '',
      doneDate: '',
      reached: '',
      comment: '',
    },
  ];

  /** As typed; the reader collapses a line break inside a cell to a space (domain.md, reading values). */
  function expectActivities(plan: ReturnType<typeof readBack>, rows: PlanActivityText[]) {
    expect(plan.activities).toHaveLength(rows.length);
    plan.activities.forEach((a, i) => {
      const r = rows[i];
      expect({
        training: a.training.raw,
        activity: a.activity,
        targetGroup: a.targetGroup,
        unit: a.unit,
        plannedDate: a.plannedDate.raw,
        plannedNumber: a.plannedNumber.raw,
        status: a.status.raw,
        doneDate: a.doneDate.raw,
        reached: a.reached.raw,
        comment: a.comment,
      }).toEqual(Object.fromEntries(PLAN_ACTIVITY_COLUMNS.map((c) => [c, cleanText(r[c] ?? '')])));
    });
  }

  test('generated with activities: every cell as written, readings as the rules say', async () => {
    const plan = readBack(await planDocx(anna(), { deadline: '2 februari 2017', activities: FILLED }));
    expectActivities(plan, FILLED);
    expect(plan.activities.map((a) => a.training.code)).toEqual(['HiS6', 'HiS9']);
    expect(plan.activities.map((a) => a.plannedNumber.value)).toEqual([20, 25]);
    expect(plan.activities[0].status.value).toBe('done');
    expect(plan.activities[0].reached.value).toBe(18);
    expect(plan.problems).toEqual([]);
  });

  test('filled in by editing the empty rows of the document (as Word saves typed text)', async () => {
    const files = unzipSync(await planDocx(anna(), { deadline: '2 februari 2017' }));
    const doc = new DOMParser().parseFromString(strFromU8(files['word/document.xml']), 'text/xml');
    const tables = doc.getElementsByTagNameNS(W, 'tbl');
    const activityTable = tables.item(tables.length - 1)!;
    const rows = Array.from(activityTable.getElementsByTagNameNS(W, 'tr'));
    expect(rows).toHaveLength(1 + EMPTY_ACTIVITY_ROWS);
    FILLED.forEach((values, i) => {
      const cells = Array.from(rows[1 + i].getElementsByTagNameNS(W, 'tc'));
      expect(cells).toHaveLength(PLAN_ACTIVITY_COLUMNS.length);
      PLAN_ACTIVITY_COLUMNS.forEach((col, j) => {
        const p = cells[j].getElementsByTagNameNS(W, 'p').item(0) as Element;
        (values[col] ?? '').split('\n').forEach((line, k) => {
          const r = doc.createElementNS(W, 'w:r');
          if (k > 0) r.appendChild(doc.createElementNS(W, 'w:br'));
          const t = doc.createElementNS(W, 'w:t');
          t.setAttribute('xml:space', 'preserve');
          t.appendChild(doc.createTextNode(line));
          r.appendChild(t);
          p.appendChild(r);
        });
      });
    });
    files['word/document.xml'] = strToU8(new XMLSerializer().serializeToString(doc));
    const plan = readBack(zipSync(files));
    expectActivities(plan, FILLED);
    expect(plan.contact.name).toBe('Anna Lindqvist');
    expect(plan.goals.map((g) => g.number.value)).toEqual([45, 20]);
  });

  test('names and texts that need escaping survive (quotes, ampersand, angle brackets)', async () => {
    const p: PersonGoals = {
      ...anna(),
      contact: { ...anna().contact, unit: 'VC <Norr> & "Söder"' },
    };
    const plan = readBack(await planDocx(p, { deadline: '2 februari 2017' }));
    expect(plan.contact.unit).toBe('VC <Norr> & "Söder"');
  });
});
