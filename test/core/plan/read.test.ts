// The entry points: which flavour is read, refusals with message codes, and no exception ever.
import * as fc from 'fast-check';
import { msg } from '../../../src/core/messages';
import { planSchema, readDocx, readPaste, MAX_PASTE_CHARS } from '../../../src/core/plan/read';
import { bytes, domParser, text } from './helpers';

describe('readPaste', () => {
  test('prefers HTML, names the source "Inklistrad text" by default, output passes the schema', () => {
    const r = readPaste(
      { html: text('karin-berg-aterrap1.html'), text: text('karin-berg-aterrap1.txt') },
      { domParser },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.source).toEqual({ kind: 'html', name: 'Inklistrad text' });
    expect(planSchema.safeParse(r.plan).success).toBe(true);
  });

  test('falls back to text without a DOMParser, or when the HTML is not a plan', () => {
    const t = text('karin-berg-aterrap1.txt');
    const noParser = readPaste({ html: text('karin-berg-aterrap1.html'), text: t }, {});
    expect(noParser.ok && noParser.plan.source.kind).toBe('text');
    const badHtml = readPaste({ html: '<p>Bild</p>', text: t }, { domParser });
    expect(badHtml.ok && badHtml.plan.source.kind).toBe('text');
  });

  test.each([
    ['an e-mail', { text: text('paste/e-post.txt') }],
    ['an e-mail as HTML', { html: text('paste/e-post.html') }],
    ['an Excel range (TSV) without plan headers', { text: text('paste/excel-intervall.txt') }],
  ])('%s is not a plan: ok:false with a message', (_label, input) => {
    const r = readPaste(input, { domParser });
    expect(r).toMatchObject({
      ok: false,
      problems: [{ code: 'not-a-plan', severity: 'error', where: { source: 'Inklistrad text' } }],
    });
    if (!r.ok) expect(r.problems[0].message).toEqual(msg('plan-not-a-plan', { source: 'Inklistrad text' }));
  });

  test('empty clipboard', () => {
    expect(readPaste({}, {})).toMatchObject({ ok: false, problems: [{ code: 'paste-empty' }] });
    expect(readPaste({ text: ' \r\n ' }, {})).toMatchObject({
      ok: false,
      problems: [{ code: 'paste-empty' }],
    });
  });

  test('a 20 MB paste is refused before any parsing, with a message; a big HTML falls back to its text', () => {
    const huge = 'HiS6\tAPT\tAlla\r\n'.repeat(Math.ceil((20 * 1024 * 1024) / 15));
    const parsed: string[] = [];
    const spy = {
      parseFromString: (s: string, t: string) => (
        parsed.push(t),
        domParser.parseFromString(s, t as DOMParserSupportedType)
      ),
    } as DOMParser;
    const r = readPaste({ text: huge, html: `<p>${huge}</p>` }, { domParser: spy });
    expect(parsed).toEqual([]); // the HTML parser is never reached (time: `npm run bench`)
    expect(r).toMatchObject({ ok: false, problems: [{ code: 'paste-too-large' }] });
    if (!r.ok) expect(r.problems[0].message).toEqual(msg('plan-paste-too-large', { maxMb: 5 }));
    const bigHtml = readPaste(
      { html: 'x'.repeat(MAX_PASTE_CHARS + 1), text: text('karin-berg-aterrap1.txt') },
      { domParser },
    );
    expect(bigHtml.ok && bigHtml.plan.source.kind).toBe('text');
  });

  test('a paste with more table rows than any plan (a whole register) is refused; 2000 activities are read', () => {
    const header = 'Utbildning\tAktivitet\tMålgrupp\tPlanerat antal\r\n';
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => `HiS6\tAPT ${i}\tAlla\t${i}\r\n`).join('');
    const refused = readPaste({ text: `Namn: Anna\r\n${header}${rows(6000)}` }, {});
    expect(refused).toMatchObject({ ok: false, problems: [{ code: 'too-many-rows', severity: 'error' }] });
    if (!refused.ok)
      expect(refused.problems[0].message).toMatchObject({
        code: 'plan-too-many-rows',
        params: { rows: 6001 },
      });
    const big = readPaste({ text: `Namn: Anna\r\n${header}${rows(2000)}` }, {});
    expect(big.ok && big.plan.activities.length).toBe(2000);
  });

  test('never throws, whatever is pasted or passed', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string({ maxLength: 300 })),
        fc.option(fc.string({ maxLength: 300 })),
        (html, t) => {
          const r = readPaste({ html: html ?? undefined, text: t ?? undefined }, { domParser });
          return r.ok ? planSchema.safeParse(r.plan).success : r.problems.length > 0;
        },
      ),
      { numRuns: 300 },
    );
    const broken = {
      parseFromString: () => {
        throw new Error('boom');
      },
    } as unknown as DOMParser;
    expect(readPaste({ html: '<p>x</p>' }, { domParser: broken })).toMatchObject({
      ok: false,
      problems: [{ code: 'read-failed' }],
    });
    expect(readPaste(null as never, {})).toMatchObject({ ok: false });
  });
});

describe('readDocx', () => {
  test('reads a plan and validates it', () => {
    const r = readDocx(bytes('anna-lindqvist-plan.docx'), 'anna-lindqvist-plan.docx');
    expect(r.ok && r.plan.contact.name).toBe('Anna Lindqvist');
  });
  test('never throws on wrong arguments', () => {
    expect(readDocx(null as never, 'x.docx')).toMatchObject({ ok: false });
    expect(readDocx('text' as never, '')).toMatchObject({
      ok: false,
      problems: [{ where: { source: 'Dokumentet' } }],
    });
  });
});
