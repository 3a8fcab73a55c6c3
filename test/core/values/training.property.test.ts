// Property tests of readTraining over generated variants of every catalogue name: the forms
// people write a training in are read as that training, texts that fit several trainings give
// the candidates and no code, and texts that are no programme training stay unknown.
import fc from 'fast-check';
import { DEFAULT_CATALOGUE } from '../../../src/core/catalogue';
import type { TrainingDef } from '../../../src/core/model';
import { readTraining } from '../../../src/core/values/training';

const catalogue = DEFAULT_CATALOGUE;
const training = fc.constantFrom(...catalogue);
const RUNS = { numRuns: 400 };

const number = (t: TrainingDef): string => t.code.replace(/^HiS/, '');

/** The code as people type it: any case of "his", dots, spaces, dashes, "nr", a leading zero, quotes. */
const codeVariant = (t: TrainingDef): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom('HiS', 'his', 'HIS', 'His', 'H.i.S.', 'H.I.S', 'Hi S'),
      fc.constantFrom('', ' ', '-', '.', ': ', '_', ' nr ', ' nr. ', '\u00a0'),
      fc.constantFrom('', '0'),
      fc.constantFrom(['', ''], ['"', '"'], ['”', '”'], ['“', '”'], ["'", "'"], ['«', '»'], [' ', '  ']),
    )
    .map(([his, sep, zero, [open, close]]) => `${open}${his}${sep}${zero}${number(t)}${close}`);

/** How people change a whole name: case, the dash, "och" as "o" or "&", å/ä/ö as a/a/o, spacing. */
const nameVariant = (name: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.constantFrom<(s: string) => string>(
        (s) => s,
        (s) => s.toLowerCase(),
        (s) => s.toUpperCase(),
      ),
      fc.constantFrom<(s: string) => string>(
        (s) => s,
        (s) => s.replace(/ – /g, ' '),
        (s) => s.replace(/ – /g, ' - '),
        (s) => s.replace(/ – /g, ', '),
      ),
      fc.constantFrom<(s: string) => string>(
        (s) => s,
        (s) => s.replace(/ och /g, ' o '),
        (s) => s.replace(/ och /g, ' & '),
      ),
      fc.constantFrom<(s: string) => string>(
        (s) => s,
        (s) => s.replace(/[åä]/g, 'a').replace(/[ÅÄ]/g, 'A').replace(/ö/g, 'o').replace(/Ö/g, 'O'),
      ),
      fc.constantFrom<(s: string) => string>(
        (s) => s,
        (s) => `  ${s.replace(/ /g, '  ')} `,
        (s) => s.replace(/ /g, '\u00a0'),
      ),
    )
    .map((fs) => fs.reduce((s, f) => f(s), name));

/** One typing slip in a long word of the name: a letter dropped, doubled, swapped or replaced. */
const misspelt = (name: string): fc.Arbitrary<string> => {
  const words = name.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 8);
  return fc
    .tuple(fc.constantFrom(...long), fc.nat(), fc.constantFrom('drop', 'double', 'swap', 'replace'))
    .map(([[w, i], at, kind]) => {
      const p = 1 + (at % (w.length - 2)); // never the first letter
      const slip =
        kind === 'drop'
          ? w.slice(0, p) + w.slice(p + 1)
          : kind === 'double'
            ? w.slice(0, p) + w[p] + w.slice(p)
            : kind === 'swap'
              ? w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2)
              : w.slice(0, p) + (w[p] === 'e' ? 'a' : 'e') + w.slice(p + 1);
      return words.map((x, j) => (j === i ? slip : x)).join(' ');
    });
};

const STOP = new Set(['och', 'för', 'vid', 'hos', 'som', 'att']);
const wordsOf = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');

/** The trainings whose name (or the name without "för" after the dash) has these words in a row. */
function containing(words: string[]): string[] {
  return catalogue
    .filter((t) => {
      const forms = [wordsOf(t.name), wordsOf(t.name.replace(/ – för /, ' '))];
      return forms.some((f) => f.some((_, at) => words.every((w, i) => f[at + i] === w)));
    })
    .map((t) => t.code);
}

describe('readTraining (property)', () => {
  it('reads every code in any spacing, case, punctuation and quotes', () => {
    fc.assert(
      fc.property(
        training.chain((t) => codeVariant(t).map((text) => [t, text] as const)),
        ([t, text]) => {
          expect(readTraining(text, catalogue).code).toBe(t.code);
        },
      ),
      RUNS,
    );
  });

  it('reads every full name in any case, dash, "och", å/ä/ö and spacing', () => {
    fc.assert(
      fc.property(
        training.chain((t) => nameVariant(t.name).map((text) => [t, text] as const)),
        ([t, text]) => {
          expect(readTraining(text, catalogue).code).toBe(t.code);
        },
      ),
      RUNS,
    );
  });

  it('reads code and name together in any order, as in the seed ("Name (HiS4)")', () => {
    fc.assert(
      fc.property(
        training.chain((t) =>
          fc
            .tuple(
              codeVariant(t),
              nameVariant(t.name),
              fc.constantFrom('a (c)', 'c a', 'c – a', 'a c', 'c: a', 'a, c'),
            )
            .map(
              ([c, a, form]) =>
                [t, form.replace('a', '\u0001').replace('c', c).replace('\u0001', a)] as const,
            ),
        ),
        ([t, text]) => {
          expect(readTraining(text, catalogue).code).toBe(t.code);
        },
      ),
      RUNS,
    );
  });

  it('reads a name with one typing slip in a long word', () => {
    fc.assert(
      fc.property(
        training
          .filter((t) => t.name.split(' ').some((w) => w.length >= 8))
          .chain((t) => misspelt(t.name).map((text) => [t, text] as const)),
        ([t, text]) => {
          expect(readTraining(text, catalogue).code).toBe(t.code);
        },
      ),
      RUNS,
    );
  });

  it('reads the leading words or a part of a name when they point at one training; lists the candidates when at several', () => {
    const parts = catalogue.flatMap((t) => {
      const words = t.name.split(/\s+/).filter((w) => w !== '–');
      return words.flatMap((_, from) =>
        words.slice(from).map((__, k) => words.slice(from, from + k + 1).join(' ')),
      );
    });
    fc.assert(
      fc.property(fc.constantFrom(...parts), (part) => {
        const words = wordsOf(part);
        const letters = words.filter((w) => !STOP.has(w)).join('').length;
        const expected = containing(words);
        const got = readTraining(part, catalogue);
        if (letters < 6) return; // too short to point anywhere: covered by the negative cases
        if (expected.length === 1) expect(got.code).toBe(expected[0]);
        else {
          expect(got.code).toBeNull();
          expect(got.candidates).toEqual(expect.arrayContaining(expected));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never guesses when two trainings are named', () => {
    const two = fc
      .tuple(training, training)
      .filter(([a, b]) => a.code !== b.code)
      .chain(([a, b]) =>
        fc
          .tuple(
            codeVariant(a),
            codeVariant(b),
            fc.constantFrom(', ', ' och ', '/', ' + ', '; '),
            fc.boolean(),
          )
          .map(([x, y, sep, nameFirst]) => ({
            a,
            b,
            text: nameFirst ? `${b.name} ${x}` : `${x}${sep}${y}`,
          })),
      );
    fc.assert(
      fc.property(two, ({ a, b, text }) => {
        const r = readTraining(text, catalogue);
        expect(r.code).toBeNull();
        expect(r.candidates).toEqual(expect.arrayContaining([a.code, b.code]));
      }),
      RUNS,
    );
  });

  it('keeps texts that are no programme training unknown', () => {
    const other = [
      'Första hjälpen',
      'Brandövning',
      'HLR',
      'Motiverande samtal',
      'Yoga',
      'Ergonomi',
      'Diabetesskola',
      'Kost och motion',
      'Barnkonventionen',
      'Sömnskola',
      'Stresshantering',
      'Våld i nära relationer',
      'Journalföring',
      'Läkemedelsgenomgång',
      'Handhygien',
      'Tolkanvändning',
      'Arbetsmiljö',
      'Introduktion för nyanställda',
      'Samtalsmetodik',
      'Suicidprevention',
    ];
    const unknownCode = fc
      .constantFrom(3, 14, 15, 20, 33, 99, 100)
      .chain((n) => fc.constantFrom(`HiS${n}`, `his ${n}`, `HIS-${n}`));
    const text = fc.oneof(
      fc.constantFrom(...other),
      fc
        .tuple(fc.constantFrom(...other), fc.constantFrom(...other))
        .map(([a, b]) => `${a} och ${b.toLowerCase()}`),
      unknownCode,
      fc.tuple(unknownCode, fc.constantFrom(...other)).map(([c, a]) => `${c} ${a}`),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(readTraining(t, catalogue).code).toBeNull();
      }),
      RUNS,
    );
  });
});
