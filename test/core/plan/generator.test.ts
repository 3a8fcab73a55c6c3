// The committed fixtures are what the generator writes now (so the generator is the truth and
// is deterministic); the generator's own models agree with what the readers return.
import { clipboardHtml, clipboardText } from '../../fixtures/plans/generator/clipboard';
import { docxLibPackage } from '../../fixtures/plans/generator/docxlib';
import { accepted, mergeMarks, segments } from '../../fixtures/plans/generator/model';
import { SAMPLES } from '../../fixtures/plans/generator/samples';
import { wordmlPackage } from '../../fixtures/plans/generator/wordml';
import { bytes, text } from './helpers';

describe.each(SAMPLES.map((s) => [s.id, s] as const))('%s', (_id, s) => {
  test('committed files equal a fresh generation', async () => {
    const docx =
      s.producer === 'wordml' ? wordmlPackage(s.doc, { macros: s.macros }) : await docxLibPackage(s.doc);
    expect(Buffer.from(docx).equals(Buffer.from(bytes(`${s.id}.${s.macros ? 'docm' : 'docx'}`)))).toBe(true);
    expect(clipboardHtml(s.doc)).toBe(text(`${s.id}.html`));
    expect(clipboardText(s.doc)).toBe(text(`${s.id}.txt`));
  });
});

test('fixture mini-syntax helpers', () => {
  expect(segments('a[-b-][+c+]d')).toEqual([
    { kind: 'text', text: 'a' },
    { kind: 'del', text: 'b' },
    { kind: 'ins', text: 'c' },
    { kind: 'text', text: 'd' },
  ]);
  expect(accepted('[-10-][+12+] st')).toBe('12 st');
  expect(
    mergeMarks([{ cells: ['x', 'a'] }, { cells: ['^', 'b'] }, { cells: ['^', 'c'] }, { cells: ['y', 'd'] }]),
  ).toEqual([
    ['restart', null],
    ['continue', null],
    ['continue', null],
    [null, null],
  ]);
});
