// `spridningslogg goals` as a coordinator runs it (a process): per person of the overall plan a
// pre-filled plan (.docx, read back by our own reader) and a mail draft (.eml) that a mail program
// can open — RFC 5322 with MIME: 7-bit lines, the UTF-8 subject as encoded words, the body as
// quoted-printable UTF-8, the plan attached byte for byte. The mail is read here by a small MIME
// reader of the test's own, not by the library that wrote it. Files are never replaced without
// --force. With --workbook the overall plan and the contact details come from the log.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readPlanFile } from '../../src/core/plan/read';
import { TAB_NAMES } from '../../src/core/tabs';
import { plan } from '../core/import/planFactory';
import { open, ROOT, TEMPLATE } from './helpers';

jest.setTimeout(180_000);

const BIN = path.join(ROOT, 'bin', 'spridningslogg.js');
const OVERALL = path.join(ROOT, 'test', 'fixtures', 'overall', 'clean.xlsx');
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spridningslogg-goals-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: dir, env: { ...process.env, LANG: 'sv_SE.UTF-8', LC_ALL: '', LC_MESSAGES: '' } },
      (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

// ---- a small MIME reader (RFC 5322, 2045, 2047) -------------------------------------------

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(text: string): Part {
  const end = text.indexOf('\r\n\r\n');
  const head = text.slice(0, end).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: text.slice(end + 4) };
}

function bytesOfHex(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(s.charCodeAt(i));
  }
  return out;
}

/** An unstructured header with RFC 2047 encoded words (whitespace between two of them dropped). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(bytesOfHex(data.replace(/_/g, ' '))).toString('utf8'),
    );
}

function quotedPrintable(body: string): string {
  return Buffer.from(bytesOfHex(body.replace(/=\r\n/g, ''))).toString('utf8');
}

interface Mail {
  raw: string;
  headers: Map<string, string>;
  text: string;
  textHeaders: Map<string, string>;
  attachment: { headers: Map<string, string>; bytes: Buffer };
}

function readMail(file: string): Mail {
  const raw = fs.readFileSync(file).toString('latin1');
  const top = splitPart(raw);
  const boundary = /boundary="([^"]+)"/.exec(top.headers.get('content-type') ?? '')![1];
  const parts = top.body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((p) => splitPart(p.replace(/^\r\n/, '').replace(/\r\n$/, '')));
  const text = parts.find((p) => p.headers.get('content-type')!.startsWith('text/plain'))!;
  const att = parts.find((p) => (p.headers.get('content-disposition') ?? '').startsWith('attachment'))!;
  return {
    raw,
    headers: top.headers,
    text: quotedPrintable(text.body),
    textHeaders: text.headers,
    attachment: { headers: att.headers, bytes: Buffer.from(att.body.replace(/\r\n/g, ''), 'base64') },
  };
}

function readPlan(file: string) {
  const r = readPlanFile(new Uint8Array(fs.readFileSync(file)), path.basename(file));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.plan;
}

// ---- the tests -------------------------------------------------------------------------------

describe('goals --overall OVERALL.xlsx --out DIR', () => {
  let out: string;
  let first: Run;

  beforeAll(async () => {
    out = path.join(dir, 'mål ut');
    first = await cli(['goals', '--overall', OVERALL, '--out', out]);
  });

  test('one plan and one mail per person of the overall plan, and a Swedish account of them', () => {
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(fs.readdirSync(out).sort()).toEqual([
      'Anna Lindqvist.docx',
      'Anna Lindqvist.eml',
      'Bo Ek.docx',
      'Bo Ek.eml',
      'Cecilia Berg.docx',
      'Cecilia Berg.eml',
    ]);
    expect(first.stdout).toContain('Skrev 3 planer (.docx) och 3 mejl (.eml) för 3 spridningsledare');
    expect(first.stdout).toContain('Anna Lindqvist: Anna Lindqvist.docx och Anna Lindqvist.eml (2 mål');
  });

  test('the plan reads back: name, e-mail, the goal table from the overall plan, no activities', () => {
    const p = readPlan(path.join(out, 'Anna Lindqvist.docx'));
    expect(p.contact.name).toBe('Anna Lindqvist');
    expect(p.contact.email).toBe('anna.lindqvist@example.se');
    expect(p.goals.map((g) => [g.training.code, g.unit, g.number.value])).toEqual([
      ['HiS1', 'Vårdcentralen Norr', 30],
      ['HiS6', 'Vårdcentralen Norr', 15],
    ]);
    expect(p.activities).toEqual([]);
    expect(p.problems).toEqual([]);
  });

  test('the mail is RFC 5322: 7-bit CRLF lines of at most 78 characters, a draft with no sender', () => {
    const m = readMail(path.join(out, 'Anna Lindqvist.eml'));
    expect(m.raw).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    expect(m.raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of m.raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
    expect(m.headers.get('mime-version')).toBe('1.0');
    expect(m.headers.get('to')).toBe('anna.lindqvist@example.se');
    expect(m.headers.get('x-unsent')).toBe('1');
    expect(m.headers.has('from')).toBe(false);
    expect(m.headers.get('date')).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/);
  });

  test('subject and body decode to the Swedish mail: goals, deadline, the plan attached', () => {
    const m = readMail(path.join(out, 'Anna Lindqvist.eml'));
    expect(m.headers.get('subject')).toMatch(/^=\?UTF-8\?/i);
    expect(decodeWords(m.headers.get('subject')!)).toBe('Ditt personliga mål för spridningen – HiS1, HiS6');
    expect(m.textHeaders.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(m.textHeaders.get('content-transfer-encoding')).toBe('quoted-printable');
    expect(m.text).toContain('Hej Anna Lindqvist!');
    expect(m.text).toContain(
      '– Migration och psykisk hälsa – grundkurs (HiS6), Vårdcentralen Norr: 15 personer',
    );
    expect(m.text).toContain('senast 2 februari 2017');
  });

  test('the attachment is the .docx written beside it, byte for byte, under its name', () => {
    const m = readMail(path.join(out, 'Bo Ek.eml'));
    expect(m.attachment.headers.get('content-disposition')).toBe('attachment; filename="Bo Ek.docx"');
    expect(m.attachment.headers.get('content-type')).toMatch(
      /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document;/,
    );
    expect(m.attachment.bytes.equals(fs.readFileSync(path.join(out, 'Bo Ek.docx')))).toBe(true);
  });

  test('run again: refused without --force, nothing replaced; with --force the files are replaced', async () => {
    fs.writeFileSync(path.join(out, 'Bo Ek.eml'), 'mitt eget utkast');
    const again = await cli(['goals', '--overall', OVERALL, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain(`Mappen ${out} innehåller redan`);
    expect(again.stderr).toContain('lägg till --force');
    expect(fs.readFileSync(path.join(out, 'Bo Ek.eml'), 'utf8')).toBe('mitt eget utkast');

    const forced = await cli([
      'goals',
      '--overall',
      OVERALL,
      '--out',
      out,
      '--force',
      '--deadline',
      '2017-03-01',
    ]);
    expect(forced.code).toBe(0);
    expect(readMail(path.join(out, 'Bo Ek.eml')).text).toContain('senast 1 mars 2017');
  });

  test('in English with --lang en', async () => {
    const en = await cli(['goals', '--overall', OVERALL, '--out', path.join(dir, 'en'), '--lang', 'en']);
    expect(en.code).toBe(0);
    const m = readMail(path.join(dir, 'en', 'Cecilia Berg.eml'));
    expect(m.text).toMatch(/^Hello Cecilia Berg|^Hi Cecilia Berg/);
    expect(m.text).toContain('2 February 2017');
  });

  test('an --out that is a file is refused with a message', async () => {
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, 'x');
    const r = await cli(['goals', '--overall', OVERALL, '--out', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file} är ingen mapp`);
  });
});

describe('goals --workbook LOG.xlsx: the overall plan and the contact details from the log', () => {
  let out: string;
  let run: Run;

  beforeAll(async () => {
    const { host, gateway } = await open(TEMPLATE);
    host.setValues(TAB_NAMES.overall, 'A4', [
      ['HiS6', 'VC Norr', 'Anna Lindqvist', '', 30, 'vt 2017', ''],
      ['HiS9', 'BUP: Syd/Öst', 'Eva Ek/Berg', 'eva.ek@example.se', 'ca 12', 'vt 2017', ''],
      ['HiS9', 'BUP: Syd/Öst', 'Åke Öst.', 'ake.ost@example.se', 5, 'vt 2017', ''],
    ]);
    // Anna's details reach tab 2 through an imported plan.
    const preview = await gateway.previewImport(
      [
        plan({
          name: 'Anna Lindqvist',
          title: 'Kurator',
          unit: 'VC Norr',
          region: 'Region Test',
          email: 'anna.fran.flik2@example.se',
          phone: '0510-123 45',
          activities: [{ training: 'HiS6', unit: 'VC Norr', plannedNumber: '10' }],
        }),
      ],
      'plan',
    );
    expect((await gateway.applyImport(preview)).status).toBe('written');
    const log = path.join(dir, 'logg.xlsx');
    fs.writeFileSync(log, await host.toXlsx());
    out = path.join(dir, 'från loggen');
    run = await cli(['goals', '--workbook', log, '--out', out, '--json']);
  });

  test('contact details as tab 2 knows them: address, title, phone', () => {
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(run.stdout) as {
      people: { name: string; email: string; docx: string; eml: string }[];
    };
    const anna = json.people.find((p) => p.name === 'Anna Lindqvist')!;
    expect(anna.email).toBe('anna.fran.flik2@example.se');
    const p = readPlan(path.join(out, anna.docx));
    expect(p.contact).toMatchObject({
      name: 'Anna Lindqvist',
      title: 'Kurator',
      email: 'anna.fran.flik2@example.se',
      phone: '0510-123 45',
    });
    expect(readMail(path.join(out, anna.eml)).headers.get('to')).toBe('anna.fran.flik2@example.se');
  });

  test('names and units with characters no file name may hold: safe file names, the texts intact', () => {
    const json = JSON.parse(run.stdout) as { people: { name: string; docx: string; eml: string }[] };
    // The names rules read what follows a slash as a title (src/core/names): "Eva Ek".
    expect(json.people.map((p) => p.name)).toEqual(['Anna Lindqvist', 'Eva Ek', 'Åke Öst.']);
    for (const p of json.people) {
      // Nothing Windows or macOS refuses: no reserved character, no trailing dot or space.
      expect(p.docx.replace(/\.docx$/, '')).not.toMatch(/[\\/:*?"<>|]|[. ]$/);
      expect(p.eml.replace(/\.eml$/, '')).toBe(p.docx.replace(/\.docx$/, ''));
    }
    expect(fs.readdirSync(out)).toHaveLength(6);
    const eva = json.people[1];
    const plan = readPlan(path.join(out, eva.docx));
    expect(plan.contact.name).toBe('Eva Ek');
    expect(plan.goals.map((g) => [g.training.code, g.unit, g.number.value])).toEqual([
      ['HiS9', 'BUP: Syd/Öst', 12],
    ]);
    const m = readMail(path.join(out, eva.eml));
    expect(m.text).toContain('Hej Eva Ek!');
    expect(json.people[2].docx).toMatch(/^Åke Öst.*\.docx$/);
    expect(m.text).toContain('BUP: Syd/Öst: 12 personer');
    expect(m.attachment.headers.get('content-disposition')).toBe(`attachment; filename="${eva.docx}"`);
    expect(m.attachment.bytes.equals(fs.readFileSync(path.join(out, eva.docx)))).toBe(true);
  });
});
