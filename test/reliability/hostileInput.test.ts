// Hostile input through the real entry points: reader → preview → write on a host workbook made
// from assets/template.xlsx. Every case: no crash, a clear Swedish message where the user must
// act, no cell written that should not be (snapshot before/after), no script run, no request.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Message } from '../../src/core/messages';
import { render } from '../../src/messages/render';
import { errorMessage } from '../../src/taskpane/errors/errorMessage';
import {
  CONTACTS_TAB,
  externalRels,
  importInto,
  JOURNAL,
  open,
  planDocx,
  planHtml,
  planOf,
  planText,
  PLAN_TAB,
  readDocx,
  readHtml,
  readText,
  TEMPLATE,
  without,
} from './support';

const BAD = path.join(__dirname, '..', 'fixtures', 'plans', 'bad');
const HOSTILE = path.join(__dirname, '..', 'fixtures', 'hostile');

/** A sentence a Swedish user can act on: Swedish words, not an English exception text. */
function expectSwedish(m: string | Message): void {
  const message = typeof m === 'string' ? m : render('sv', m);
  expect(message).toMatch(/\b(och|inte|finns|fliken|filen|är|går|igen|kan|har|Excel)\b/i);
  expect(message).not.toMatch(/\b(the|exception|undefined|null|error)\b/i);
}

type Canary = { __pwned?: unknown };
let requests: string[] = [];
let restore: (() => void)[] = [];

beforeEach(() => {
  delete (window as unknown as Canary).__pwned;
  requests = [];
  const open0 = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    requests.push(String(args[1]));
    return (open0 as (...a: unknown[]) => void).apply(this, args);
  };
  const g = globalThis as { fetch?: unknown };
  const fetch0 = g.fetch;
  g.fetch = (url: unknown) => {
    requests.push(String(url));
    return Promise.reject(new Error('no network in tests'));
  };
  restore = [() => (XMLHttpRequest.prototype.open = open0), () => (g.fetch = fetch0)];
});

afterEach(() => {
  for (const r of restore) r();
  expect((window as unknown as Canary).__pwned).toBeUndefined();
  expect(requests).toEqual([]);
});

describe('HTML on the clipboard: nothing executed, text kept as plain text', () => {
  const INJECTIONS: [string, string][] = [
    ['<script>', '<script>window.__pwned = 1</script>'],
    ['<img onerror>', '<img src="x" onerror="window.__pwned = 1">'],
    ['<a href="javascript:">', '<a href="javascript:window.__pwned=1">klick</a>'],
    [
      '<iframe>',
      '<iframe src="javascript:window.parent.__pwned=1"></iframe><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    ],
    [
      '<style> with a remote url',
      '<style>body{background:url(http://evil.invalid/x.png)} @import url(http://evil.invalid/a.css);</style>',
    ],
    ['<svg onload>', '<svg onload="window.__pwned=1"><script>window.__pwned=2</script></svg>'],
    [
      '<body onload> and <meta refresh>',
      '<meta http-equiv="refresh" content="0;url=http://evil.invalid"><body onload="window.__pwned=1">',
    ],
    [
      '<object>/<embed>',
      '<object data="http://evil.invalid/x.swf"></object><embed src="http://evil.invalid/y">',
    ],
  ];

  test.each(INJECTIONS)(
    '%s: read as the same plan, no script run, nothing fetched, cells plain text',
    async (_n, inject) => {
      const r = readHtml(planHtml({}, inject));
      const plan = planOf(r);
      expect(plan.contact.name).toBe('Eva Ström');
      expect(plan.activities).toHaveLength(1);
      const { host, result } = await importInto([plan]);
      expect(result.status).toBe('written');
      // Give event handlers (onerror, onload) a turn to run if anything had created live elements.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const written = [...host.values(PLAN_TAB, 'A4:K4')[0], ...host.values(CONTACTS_TAB, 'A4:H4')[0]].map(
        String,
      );
      for (const v of written) expect(v).not.toMatch(/__pwned|<script|onerror|javascript:|evil\.invalid/);
      // Only visible text survives (a link's words, never its target or handlers).
      expect(String(host.cell(PLAN_TAB, 'C4')?.value)).toMatch(/^Föreläsning(klick)?$/);
    },
  );

  test('markup typed as text in a cell (&lt;script&gt;) is written as that literal text', async () => {
    const plan = planOf(
      readHtml(planHtml({ activity: '<script>alert(1)</script>', comment: '<img src=x onerror=alert(1)>' })),
    );
    expect(plan.activities[0].activity).toBe('<script>alert(1)</script>');
    const { host } = await importInto([plan]);
    expect(host.cell(PLAN_TAB, 'C4')).toEqual({ value: '<script>alert(1)</script>' });
    expect(host.cell(PLAN_TAB, 'K4')).toEqual({ value: '<img src=x onerror=alert(1)>' });
  });
});

describe('enormous input', () => {
  // Time to each answer below is measured by `npm run bench` (section "Hostile inputs"), not here.
  test('a 100,000-character comment is read whole without crashing', () => {
    const plan = planOf(readText(planText({ comment: 'x'.repeat(100_000) })));
    expect(plan.activities[0].comment).toHaveLength(100_000);
  });

  test('a cell of exactly 32,767 characters (Excel’s limit) is written whole', async () => {
    const long = 'å'.repeat(32_767);
    const { host } = await importInto([planOf(readText(planText({ comment: long })))]);
    expect(host.cell(PLAN_TAB, 'K4')?.value).toBe(long);
  });

  // KNOWN GAP (reported): Excel refuses a cell over 32,767 characters; the import neither
  // truncates nor warns, and the emulator does not enforce the limit, so in real Excel the write
  // would fail and be rolled back with a generic message. Flip to `test` when fixed.
  test('a cell over 32,767 characters is refused or truncated with a Swedish message before writing', async () => {
    const { gateway, host } = await open(TEMPLATE);
    const preview = await gateway.previewImport([
      planOf(readText(planText({ comment: 'x'.repeat(100_000) }))),
    ]);
    const warned = [...(preview.problems ?? []), ...preview.people.flatMap((p) => p.plan.problems)].some(
      (p) => /32\s?767/.test(render('sv', p.message)),
    );
    await gateway.applyImport(preview);
    expect(warned).toBe(true);
    expect(String(host.cell(PLAN_TAB, 'K4')?.value).length).toBeLessThanOrEqual(32_767);
  });

  test('a 10,000-row paste is refused with a Swedish message (a plan has at most 5,000 rows)', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      'HiS6',
      `Aktivitet ${i}`,
      'Alla',
      'Enhet',
      '2017-03-01',
      '10',
      '',
      '',
      '',
      '',
    ]);
    const r = readText(planText({}, rows));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].code).toBe('too-many-rows');
    if (!r.ok) {
      expect(render('sv', r.problems[0].message)).toMatch(/10009 tabellrader.*högst 5000/);
      expectSwedish(r.problems[0].message);
    }
  });

  test('a 10,000-row import (two plans of 4,990 rows) on Excel on the web: never partial', async () => {
    const rows = (k: number) =>
      Array.from({ length: 4990 }, (_, i) => [
        'HiS6',
        `Aktivitet ${k}-${i}`,
        'Alla',
        'Enhet',
        '2017-03-01',
        '10',
        '',
        '',
        '',
        '',
      ]);
    const plans = [
      planOf(readText(planText({}, rows(1)))),
      planOf(readText(planText({ name: 'Per Ek' }, rows(2)))),
    ];
    const { host, gateway } = await open(TEMPLATE, 'web');
    const preview = await gateway.previewImport(plans);
    expect(preview.people.map((p) => p.rowsToWrite)).toEqual([4991, 4991]);
    const before = host.snapshot();
    const outcome = await gateway.applyImport(preview).then(
      (r) => ({ ok: true as const, r }),
      (e: unknown) => ({ ok: false as const, e }),
    );
    if (outcome.ok) {
      expect(outcome.r.rowsWritten).toBe(9982);
      expect(host.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    } else {
      // What the user sees (the pane's sentence), and nothing written at all.
      expectSwedish(errorMessage(outcome.e, 'sv'));
      expect(without(host.snapshot(), [JOURNAL])).toEqual(without(before, [JOURNAL]));
    }
  }, 120_000);

  // Found here: the write read the fills of every target cell with one range each (~9.4 MB for
  // 10,000 rows, refused by Excel on the web); now one range per run of a column.
  // And the fills it keeps (the template's yellow empty rows, then unformatted ones: runs of mixed
  // colours) are read per cell with getCellProperties in the first request, not cell by cell in
  // a request of their own (that one was 8.5 MB for 10,000 rows).
  test('a 10,000-row import on Excel on the web is written in requests under 5 MB', async () => {
    const rows = (k: number) =>
      Array.from({ length: 4990 }, (_, i) => [
        'HiS6',
        `Aktivitet ${k}-${i}`,
        'Alla',
        'Enhet',
        '2017-03-01',
        '10',
        '',
        '',
        '',
        '',
      ]);
    const plans = [
      planOf(readText(planText({}, rows(1)))),
      planOf(readText(planText({ name: 'Per Ek' }, rows(2)))),
    ];
    const { host, gateway } = await open(TEMPLATE, 'web');
    const result = await gateway.applyImport(await gateway.previewImport(plans));
    expect(result.rowsWritten).toBe(9982);
    expect(host.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  }, 120_000);
});

describe('control characters and bidi marks in names: dropped when read, the same person is still matched', () => {
  const NAMES: [string, string][] = [
    ['U+0000', 'Eva\u0000 Ström'],
    ['U+0007 bell', 'Eva Str\u0007öm'],
    ['U+001F', '\u001FEva Ström'],
    ['U+202E right-to-left override', '\u202EEva Ström'],
    ['U+200F right-to-left mark', 'Eva Ström\u200F'],
    ['U+202A…U+202C embedding', '\u202AEva\u202C Ström'],
  ];
  test.each(NAMES)(
    '%s: re-import replaces Eva Ström’s rows, no second person, nothing else touched',
    async (_n, name) => {
      const { host, gateway } = await open(TEMPLATE);
      await gateway.applyImport(await gateway.previewImport([planOf(readText(planText()))]));
      const plan = planOf(readText(planText({ name, activity: 'Ny aktivitet' })));
      const preview = await gateway.previewImport([plan]);
      expect(preview.people.map((p) => [p.contact, p.rowsToReplace])).toEqual([['unchanged', 1]]);
      const before = host.snapshot();
      await gateway.applyImport(preview);
      expect(host.values(PLAN_TAB, 'C4:C5')).toEqual([['Ny aktivitet'], ['']]);
      expect(host.values(CONTACTS_TAB, 'A5:A5')).toEqual([['']]);
      expect(without(host.snapshot(), [PLAN_TAB, JOURNAL])).toEqual(without(before, [PLAN_TAB, JOURNAL]));
      // The invisible characters are dropped when reading: the cells hold the name as it looks.
      expect(plan.contact.name).toBe('Eva Ström');
      expect(host.cell(PLAN_TAB, 'A4')?.value).toBe('Eva Ström');
      expect(host.cell(CONTACTS_TAB, 'A4')?.value).toBe('Eva Ström');
    },
  );
});

describe('.docx files', () => {
  test('external relationships (TargetMode="External") are never fetched; the plan is read and a warning names them', async () => {
    const bytes = planDocx(
      {},
      {
        'word/_rels/document.xml.rels': externalRels([
          'http://evil.invalid/track.png',
          'file:///etc/passwd',
          '\\\\evil.invalid\\share\\x.png',
        ]),
      },
    );
    const r = readDocx(bytes, 'plan.docx');
    const plan = planOf(r);
    expect(plan.problems.map((p) => p.code)).toContain('docx-external-links');
    expectSwedish(plan.problems.find((p) => p.code === 'docx-external-links')!.message);
    const { result } = await importInto([plan]);
    expect(result.status).toBe('written');
  });

  test('a .docm renamed .docx (vbaProject.bin): macros never run, the plan is read, the user is told', () => {
    const bytes = planDocx(
      {},
      {
        'word/vbaProject.bin': 'Attribute VB_Name = "x"\nSub AutoOpen()\n Shell "calc"\nEnd Sub',
        'word/_rels/vbaProject.bin.rels':
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
      },
    );
    const plan = planOf(readDocx(bytes, 'plan.docx'));
    const macro = plan.problems.find((p) => p.code === 'docx-macros');
    expect(macro).toBeDefined();
    expectSwedish(macro!.message);
    expect(plan.activities).toHaveLength(1);
  });

  test('the committed macro fixture (.docm) reads as a plan with the macro warning', () => {
    const bytes = new Uint8Array(
      fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'plans', 'ahmed-hassan-plan-makro.docm')),
    );
    const plan = planOf(readDocx(bytes, 'ahmed-hassan-plan-makro.docx'));
    expect(plan.problems.map((p) => p.code)).toContain('docx-macros');
  });

  test('a zip bomb is refused with a Swedish message and nothing is written', async () => {
    const { host } = await open(TEMPLATE);
    const before = host.snapshot();
    const r = readDocx(new Uint8Array(fs.readFileSync(path.join(BAD, 'zipbomb.docx'))), 'zipbomb.docx');
    expect(r.ok).toBe(false);
    // stopped by the unzip caps, not by running out of memory or the XML parser
    if (!r.ok) expect(r.problems[0].code).toBe('docx-too-large');
    if (!r.ok) expectSwedish(r.problems[0].message);
    expect(host.snapshot()).toEqual(before);
  });

  test('a generated bomb (one 200 MB entry of zeros, 200 kB packed) is stopped early', () => {
    const bomb = fs.readFileSync(path.join(HOSTILE, 'bomb-200mb.docx'));
    const r = readDocx(new Uint8Array(bomb), 'bomb.docx');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].code).toBe('docx-too-large');
    if (!r.ok) {
      expect(render('sv', r.problems[0].message)).toContain('bomb.docx');
      expectSwedish(r.problems[0].message);
    }
  });

  test.each([
    ['../../evil.xml'],
    ['/tmp/evil-abs.xml'],
    ['..\\..\\evil-win.xml'],
    ['word/../../../evil-nested.xml'],
  ])('an entry named %s is never written anywhere and does not disturb reading', (entry) => {
    const bytes = planDocx({}, { [entry]: '<x>evil</x>' });
    const plan = planOf(readDocx(bytes, 'plan.docx'));
    expect(plan.contact.name).toBe('Eva Ström');
    const base = path.basename(entry.replace(/\\/g, '/'));
    for (const dir of [
      process.cwd(),
      path.join(process.cwd(), '..'),
      path.join(process.cwd(), '..', '..'),
      '/tmp',
    ])
      expect(fs.existsSync(path.join(dir, base))).toBe(false);
  });

  test('an XML entity that points at a local file (XXE) is not resolved', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const doc =
      `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>` +
      `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>Namn: &x;</w:t></w:r></w:p></w:body></w:document>`;
    const bytes = planDocx({}, { 'word/document.xml': doc });
    const r = readDocx(bytes, 'xxe.docx');
    const all = JSON.stringify(r);
    expect(all).not.toMatch(/root:|\/bin\/(ba)?sh/);
    if (!r.ok) expectSwedish(r.problems[0].message);
  });

  test('nested entities (billion laughs) are not expanded', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    let dtd = '<!ENTITY l0 "hahahahahahahahahaha">';
    for (let i = 1; i <= 9; i++) dtd += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`;
    const doc = `<?xml version="1.0"?><!DOCTYPE d [${dtd}]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>`;
    const r = readDocx(planDocx({}, { 'word/document.xml': doc }), 'laughs.docx');
    expect(JSON.stringify(r).length).toBeLessThan(1_000_000);
    if (!r.ok) expectSwedish(r.problems[0].message);
  });

  test.each([['avbruten.docx'], ['losenordsskyddad.docx'], ['plan.pdf'], ['arbetsbok.docx']])(
    'the bad file %s: a Swedish message naming the file, no crash',
    (file) => {
      const r = readDocx(new Uint8Array(fs.readFileSync(path.join(BAD, file))), file);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(render('sv', r.problems[0].message)).toContain(file);
        expectSwedish(r.problems[0].message);
      }
    },
  );

  test('an empty zip and random bytes named .docx: Swedish messages, no crash', () => {
    for (const bytes of [
      zipSync({}),
      new Uint8Array(4096).map((_, i) => (i * 7919) % 251),
      strToU8('PK\u0003\u0004 inte en zip'),
    ]) {
      const r = readDocx(bytes, 'konstig.docx');
      expect(r.ok).toBe(false);
      if (!r.ok) expectSwedish(r.problems[0].message);
    }
  });
});

describe('the workbook itself is not as expected', () => {
  async function rename(from: string, to: string) {
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(from).name = to;
      await ctx.sync();
    });
  }

  test('tabs renamed slightly are still found (tolerant names) and written', async () => {
    const { host, gateway } = await open(TEMPLATE);
    await rename(PLAN_TAB, '3a  saml pers spr-plan plan');
    await rename(CONTACTS_TAB, '2 Saml kontaktuppg.');
    const result = await gateway.applyImport(await gateway.previewImport([planOf(readText(planText()))]));
    expect(result.status).toBe('written');
    expect(host.values('3a  saml pers spr-plan plan', 'A4:A4')).toEqual([['Eva Ström']]);
  });

  test('a tab renamed beyond recognition: a Swedish message saying which tab and what to do, nothing written', async () => {
    const { host, gateway } = await open(TEMPLATE);
    await rename(PLAN_TAB, 'Gamla grejer');
    const before = host.snapshot();
    const e = await gateway.previewImport([planOf(readText(planText()))]).catch((x: unknown) => x);
    expect((e as { code?: string }).code).toBe('missing-tab');
    expectSwedish(errorMessage(e, 'sv'));
    expect(errorMessage(e, 'sv')).toMatch(/Skapa/);
    expect(host.snapshot()).toEqual(before);
  });

  test('a tab deleted between preview and write: Swedish message, nothing written anywhere', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const preview = await gateway.previewImport([planOf(readText(planText()))]);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(PLAN_TAB).delete();
      await ctx.sync();
    });
    const before = host.snapshot();
    const e = await gateway.applyImport(preview).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Error);
    expectSwedish(errorMessage(e, 'sv'));
    expect(without(host.snapshot(), [JOURNAL])).toEqual(without(before, [JOURNAL]));
  });

  // Found here: the contacts tab used to be written before Excel refused the protected tab.
  test('a protected tab: the write is refused with a Swedish sentence and nothing is written', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const preview = await gateway.previewImport([planOf(readText(planText()))]);
    host.workbook.findSheet(PLAN_TAB)!.protected = true;
    const before = host.snapshot();
    const e = await gateway.applyImport(preview).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Error);
    expect(without(host.snapshot(), [JOURNAL])).toEqual(without(before, [JOURNAL]));
    expectSwedish(errorMessage(e, 'sv'));
  });

  test('a protected tab: after the user removes the protection, undo restores the exact prior state', async () => {
    const { host, gateway } = await open(TEMPLATE);
    const original = host.snapshot();
    const preview = await gateway.previewImport([planOf(readText(planText()))]);
    host.workbook.findSheet(PLAN_TAB)!.protected = true;
    const e = await gateway.applyImport(preview).catch((x: unknown) => x);
    expect(errorMessage(e, 'sv')).toMatch(/Excel avbröt importen/);
    host.workbook.findSheet(PLAN_TAB)!.protected = false;
    if (await gateway.hasUndo()) expect((await gateway.undoLastImport(true)).status).toBe('undone');
    expect(without(host.snapshot(), [JOURNAL])).toEqual(without(original, [JOURNAL]));
  });

  test('the header row missing: a Swedish message asking for the columns, nothing written', async () => {
    const { host, gateway } = await open(TEMPLATE);
    host.setValues(PLAN_TAB, 'A3', [Array.from({ length: 11 }, () => 'x')]);
    const before = host.snapshot();
    const e = await gateway.previewImport([planOf(readText(planText()))]).catch((x: unknown) => x);
    expect((e as { code?: string }).code).toMatch(/no-header|missing-columns/);
    expectSwedish(errorMessage(e, 'sv'));
    expect(errorMessage(e, 'sv')).toContain(PLAN_TAB);
    expect(host.snapshot()).toEqual(before);
  });
});
