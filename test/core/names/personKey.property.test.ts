// Property: every way of writing one person's name that the rules call certain gives one key,
// and two different people never share one.
import fc from 'fast-check';
import { peopleFrom } from '../../../src/core/names/people';
import { displayName, personKey } from '../../../src/core/names/personKey';

const GIVEN = ['Anna', 'Åsa', 'Erik', 'Märta', 'Björn', 'Karl-Erik', 'Fatima', 'Ingrid', 'Hassan', 'Zoë'];
const FAMILY = ['Lindqvist', 'Ekström', 'Öberg', 'Berg', 'Al-Hassan', 'Sjöholm', 'Nilsson', 'Åkesson'];
const TITLES = ['kurator', 'leg. psykolog', 'sjuksköterska', 'enhetschef', 'BUP Söder', 'Vårdcentralen Norr'];

const person = fc.record({ given: fc.constantFrom(...GIVEN), family: fc.constantFrom(...FAMILY) });

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/** A way of writing the name: surname first with a comma, a title glued on, case, diacritics, spacing. */
const written = (p: { given: string; family: string }) =>
  fc
    .tuple(
      fc.boolean(),
      fc.option(fc.constantFrom(...TITLES), { nil: undefined }),
      fc.constantFrom(', ', ' (', ' – ', ' / '),
      fc.constantFrom<(s: string) => string>(
        (s) => s,
        (s) => s.toUpperCase(),
        (s) => s.toLowerCase(),
        fold,
      ),
      fc.constantFrom('', '  ', '\u00a0'),
    )
    .map(([reversed, title, glue, kase, pad]) => {
      const name = reversed ? `${p.family}, ${p.given}` : `${p.given} ${p.family}`;
      const withTitle = title === undefined ? name : `${name}${glue}${title}${glue === ' (' ? ')' : ''}`;
      return `${pad}${kase(withTitle)}${pad}`;
    });

describe('personKey (property)', () => {
  it('gives every way of writing a name the key of the name', () => {
    fc.assert(
      fc.property(
        person.chain((p) => written(p).map((w) => [p, w] as const)),
        ([p, w]) => {
          expect(personKey(w)).toBe(personKey(`${p.given} ${p.family}`));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never gives two different people one key', () => {
    fc.assert(
      fc.property(person, person, (a, b) => {
        fc.pre(a.given !== b.given || a.family !== b.family);
        expect(personKey(`${a.given} ${a.family}`)).not.toBe(personKey(`${b.given} ${b.family}`));
      }),
    );
  });

  it('shows the name given names first, nothing glued on', () => {
    fc.assert(
      fc.property(
        person.chain((p) => written(p).map((w) => [p, w] as const)),
        ([p, w]) => {
          expect(fold(displayName(w)).toLowerCase()).toBe(fold(`${p.given} ${p.family}`).toLowerCase());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('joins a left-out middle name only when one person fits', () => {
    fc.assert(
      fc.property(person, fc.constantFrom(...GIVEN), (p, middle) => {
        fc.pre(middle !== p.given);
        const full = `${p.given} ${middle} ${p.family}`;
        const alone = peopleFrom([full], [`${p.given} ${p.family}`]);
        expect(alone.key(`${p.given} ${p.family}`)).toBe(alone.key(full));
        // "Anna Maria Lindqvist" in the log fits both Anna Lindqvist and Maria Lindqvist of the overall plan
        const two = peopleFrom([`${p.given} ${p.family}`, `${middle} ${p.family}`], [full]);
        expect(two.key(full)).not.toBe(two.key(`${p.given} ${p.family}`));
        expect(two.key(full)).not.toBe(two.key(`${middle} ${p.family}`));
        expect(two.candidates(full)).toHaveLength(2);
        // the overall plan's own names are its people: never joined by a left-out middle name
        const plan = peopleFrom([full, `${p.given} ${p.family}`], []);
        expect(plan.key(`${p.given} ${p.family}`)).not.toBe(plan.key(full));
      }),
    );
  });
});
