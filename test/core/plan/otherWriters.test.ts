// Plans written by other writers than our fixture generator (test/fixtures/plans-other):
// LibreOffice's .odt and .docx conversions of every fixture read as the same plan as the
// generator's .docx; a hand-written WordprocessingML plan reads every training and name as
// docs/domain.md says; .doc, .rtf and .pdf are refused with a message saying how to save as .docx.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PersonalPlan } from '../../../src/core/model';
import { readDocx, readPlanFile, type ReadResult } from '../../../src/core/plan/read';
import { render } from '../../../src/messages/render';
import { bytes, samples } from './helpers';

const OTHER = join(__dirname, '..', '..', 'fixtures', 'plans-other');
const other = (rel: string) => new Uint8Array(readFileSync(join(OTHER, rel)));

function ok(r: ReadResult): PersonalPlan {
  if (!r.ok) throw new Error(`not ok: ${r.problems.map((p) => p.code).join(' | ')}`);
  return r.plan;
}

/**
 * A plan without the facts that belong to the file rather than its content: its kind, macros,
 * links, and row numbers within its tables (a row deleted with tracked changes in Word stays in
 * LibreOffice's .odt as an empty row, so the rows after it count one more).
 */
function content(p: PersonalPlan) {
  return {
    contact: p.contact,
    goals: p.goals,
    activities: p.activities.map((a) => ({
      ...a,
      source: { table: a.source.table, column: a.source.column },
    })),
    problems: p.problems
      .filter((q) => !q.code.startsWith('docx-'))
      .map((q) => [q.code, q.where.table, q.where.column]),
  };
}

const ids = samples.map((s) => s.id).concat('ahmed-hassan-plan-makro');

describe.each(ids)('%s by LibreOffice', (id) => {
  const original = () => {
    const s = samples.find((x) => x.id === id);
    return ok(readDocx(bytes(s ? s.file : `${id}.docm`), id));
  };
  it('as .odt reads as the same plan as the .docx', () => {
    const plan = ok(readPlanFile(other(`odt/${id}.odt`), `${id}.odt`));
    expect(plan.source).toEqual({ kind: 'odt', name: `${id}.odt` });
    expect(content(plan)).toEqual(content(original()));
  });
  it('as .docx written by LibreOffice reads as the same plan', () => {
    expect(content(ok(readPlanFile(other(`docx/${id}.lo.docx`), `${id}.docx`)))).toEqual(content(original()));
  });
});

describe('hand-written WordprocessingML (Åsa Ekström)', () => {
  const plan = ok(readPlanFile(other('docx/asa-ekstrom-plan.hand.docx'), 'asa-ekstrom-plan.docx'));
  it('reads the name written surname first over split runs, and the title', () => {
    expect(plan.contact).toMatchObject({
      name: 'Åsa Ekström',
      title: 'Leg. psykolog',
      email: 'asa.ekstrom@example.se',
    });
  });
  it('reads the trainings as written: leading words, distinctive part, quotes, a tracked correction, a smart tag', () => {
    expect(plan.contact.trainings.map((t) => t.code)).toEqual(['HiS7', 'HiS8']);
    expect(plan.goals.map((g) => [g.training.code, g.number.value])).toEqual([
      ['HiS7', 30],
      ['HiS8', 10],
    ]);
    expect(plan.activities.map((a) => [a.training.code, a.training.candidates ?? null])).toEqual([
      ['HiS7', null],
      ['HiS7', null],
      ['HiS8', null],
      [null, ['HiS6', 'HiS9', 'HiS10', 'HiS11']],
      [null, ['HiS6', 'HiS9']],
      ['HiS9', null],
    ]);
  });
  it('does not guess the two rows that fit or name several trainings: each is a problem', () => {
    expect(plan.problems.filter((p) => p.code === 'unknown-training').map((p) => p.where.row)).toEqual([
      5, 6,
    ]);
  });
});

describe('.doc, .rtf and .pdf', () => {
  test.each([
    ['other/anna-lindqvist-plan.doc', 'plan.doc', 'plan-file-doc'],
    ['other/anna-lindqvist-plan.doc', 'plan.docx', 'plan-file-doc'],
    ['other/anna-lindqvist-plan.rtf', 'plan.rtf', 'plan-file-rtf'],
    ['other/anna-lindqvist-plan.rtf', 'plan.docx', 'plan-file-rtf'],
    ['other/anna-lindqvist-plan.pdf', 'plan.pdf', 'plan-file-pdf'],
  ])('%s named %s: %s, saying how to save it as .docx', (file, name, code) => {
    const r = readPlanFile(other(file), name);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.severity, p.where.source])).toEqual([[code, 'error', name]]);
    expect(render('sv', r.problems[0].message)).toContain('.docx');
    expect(render('en', r.problems[0].message)).toContain('.docx');
  });
  it('a password-protected .docx (an OLE file too) still gets the .docx reader’s own message', () => {
    const r = readPlanFile(bytes('bad/losenordsskyddad.docx'), 'plan.docx');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].code).toBe('docx-encrypted');
  });
});
