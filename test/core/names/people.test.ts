import { peopleFrom, peopleOf } from '../../../src/core/names/people';
import { snapshot, row, assignment, resetRows } from '../flags/build';

describe('people: certain matches share a key', () => {
  it('joins a name with a middle name left out to the one person who has it', () => {
    const p = peopleFrom(
      ['Anna Maria Lindqvist', 'Bo Ek'],
      ['Anna Lindqvist', 'Maria Lindqvist', 'Lindqvist, Anna Maria'],
    );
    const key = p.key('Anna Maria Lindqvist');
    expect(p.key('Anna Lindqvist')).toBe(key);
    expect(p.key('Maria Lindqvist')).toBe(key);
    expect(p.key('Lindqvist, Anna Maria')).toBe(key);
    expect(p.key('ANNA LINDQVIST, kurator')).toBe(key);
    expect(p.key('Bo Ek')).not.toBe(key);
  });

  it('joins the longer name to the shorter one just as well', () => {
    const p = peopleFrom(['Anna Lindqvist'], ['Anna Maria Lindqvist']);
    expect(p.key('Anna Maria Lindqvist')).toBe(p.key('Anna Lindqvist'));
  });

  it('does not join when the left-out name fits two people', () => {
    const p = peopleFrom(['Anna Lindqvist', 'Maria Lindqvist'], ['Anna Maria Lindqvist']);
    expect(p.key('Anna Maria Lindqvist')).not.toBe(p.key('Anna Lindqvist'));
    expect(p.key('Anna Maria Lindqvist')).not.toBe(p.key('Maria Lindqvist'));
    expect(p.candidates('Anna Maria Lindqvist')).toEqual(['Anna Lindqvist', 'Maria Lindqvist']);
  });

  it('does not join a different last name or a single word', () => {
    const p = peopleFrom(['Anna Lindqvist'], ['Anna Berg', 'Lindqvist', 'Anna']);
    expect(p.key('Anna Berg')).not.toBe(p.key('Anna Lindqvist'));
    expect(p.key('Lindqvist')).not.toBe(p.key('Anna Lindqvist'));
    expect(p.key('Anna')).not.toBe(p.key('Anna Lindqvist'));
  });
});

describe('people: near matches are candidates, never merged', () => {
  const p = peopleFrom(
    ['Anna Lindqvist', 'Erik Sund', 'Cecilia Berg', 'Bo Ek'],
    [
      'Ana Lindqvist',
      'A. Lindqvist',
      'Ann Lindqvist',
      'Lindqvist',
      'Erik Lund',
      'Cecilia Bergh',
      'Sara Holm',
    ],
  );
  test.each([
    ['Ana Lindqvist', ['Anna Lindqvist']],
    ['Hanna Lindqvist', ['Anna Lindqvist']],
    ['A. Lindqvist', ['Anna Lindqvist']],
    ['Ann Lindqvist', ['Anna Lindqvist']],
    ['Lindqvist', ['Anna Lindqvist']],
    ['Erik Lund', ['Erik Sund']],
    ['Cecilia Bergh', ['Cecilia Berg']],
  ])('%p may be %p', (name, candidates) => {
    expect(p.candidates(name)).toEqual(candidates);
    for (const c of candidates) expect(p.key(name)).not.toBe(p.key(c));
  });
  test.each(['Sara Holm', 'Bo Ekström', 'Karin Svensson'])('%p looks like nobody', (name) => {
    expect(p.candidates(name)).toEqual([]);
  });
});

describe('peopleOf a snapshot', () => {
  it('takes the overall plan as the authority and is the same object for the same snapshot', () => {
    resetRows();
    const s = snapshot({
      plan: [row('plan', { person: 'Lindqvist, Anna' }), row('plan', { person: 'Anna Lindqvist' })],
      overall: [assignment({ person: 'Anna Maria Lindqvist, kurator', training: 'HiS1', goal: 10 }, 2)],
    });
    const p = peopleOf(s);
    expect(peopleOf(s)).toBe(p);
    expect(p.key('Lindqvist, Anna')).toBe(p.key('Anna Maria Lindqvist'));
  });
});
