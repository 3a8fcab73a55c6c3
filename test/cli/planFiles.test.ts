// The CLI takes plans saved as .odt like .docx, and stops on .doc, .rtf and .pdf with the
// reader's message on how to save the plan as .docx (exit code 1, the workbook untouched).
import * as path from 'node:path';
import { JSDOM } from 'jsdom';
import { groupInputs } from '../../src/cli/inputs';
import { PlanInputError } from '../../src/cli/planInputError';
import { readPlans } from '../../src/cli/readPlans';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const other = path.join(__dirname, '../fixtures/plans-other');
const domParser = new new JSDOM().window.DOMParser();

test('.odt, .doc, .rtf and .pdf are plan files to the CLI', () => {
  const r = groupInputs(['a.odt', 'b.doc', 'c.rtf', 'd.pdf', 'e.docx']);
  expect(r.ok && r.inputs.map((i) => i.kind)).toEqual(['docx', 'docx', 'docx', 'docx', 'docx']);
});

test('an .odt plan is read like the .docx', () => {
  const r = groupInputs([path.join(other, 'odt/anna-lindqvist-plan.odt')]);
  if (!r.ok) throw new Error(r.message.code);
  const { plans } = readPlans(r.inputs, domParser, DEFAULT_SETTINGS);
  expect(plans.map((p) => [p.source.kind, p.contact.name, p.activities.length])).toEqual([
    ['odt', 'Anna Lindqvist', 4],
  ]);
});

test.each([
  'other/anna-lindqvist-plan.doc',
  'other/anna-lindqvist-plan.rtf',
  'other/anna-lindqvist-plan.pdf',
])('%s stops the command before the workbook (main exits 1)', (file) => {
  const r = groupInputs([path.join(other, file)]);
  if (!r.ok) throw new Error(r.message.code);
  expect(() => readPlans(r.inputs, domParser, DEFAULT_SETTINGS)).toThrow(PlanInputError);
});
