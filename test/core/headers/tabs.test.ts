import { findTabs, MAX_SHEET_NAME_LENGTH, TAB_NAMES } from '../../../src/core/tabs';

describe('TAB_NAMES', () => {
  it('fit Excel’s 31-character sheet-name limit', () => {
    for (const name of Object.values(TAB_NAMES))
      expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(TAB_NAMES.aterrap1).toBe('3.b Saml pers spr-plan ÅTERRAP1');
  });
  it('are found by findTabs', () => {
    const found = findTabs(Object.values(TAB_NAMES));
    for (const [kind, name] of Object.entries(TAB_NAMES))
      expect(found[kind as keyof typeof TAB_NAMES]).toBe(name);
  });
});

describe('findTabs', () => {
  it('tolerates small differences in the names', () => {
    const sheets = [
      'Instruktioner',
      'Övergripande spridningsplan',
      '2. Saml kontaktuppg',
      '3a Saml pers spr plan - PLAN',
      '3.b Saml pers spr-plan ATERRAP 1',
      '3c Saml pers spr-plan återrapportering 2',
      '4. Sammanställning',
    ];
    expect(findTabs(sheets)).toEqual({
      instructions: 'Instruktioner',
      overall: 'Övergripande spridningsplan',
      contacts: '2. Saml kontaktuppg',
      plan: '3a Saml pers spr plan - PLAN',
      aterrap1: '3.b Saml pers spr-plan ATERRAP 1',
      aterrap2: '3c Saml pers spr-plan återrapportering 2',
      summary: '4. Sammanställning',
    });
  });

  it('does not take the overall plan for the personal plan tab, nor report 1 for report 2', () => {
    const found = findTabs(['1. Övergripande spridningsplan', '3.b Saml pers spr-plan ÅTERRAP1']);
    expect(found.plan).toBeNull();
    expect(found.overall).toBe('1. Övergripande spridningsplan');
    expect(found.aterrap1).toBe('3.b Saml pers spr-plan ÅTERRAP1');
    expect(found.aterrap2).toBeNull();
  });

  it('returns null for tabs that are missing and ignores unrelated sheets', () => {
    const found = findTabs(['Blad1', 'Anteckningar', 'Kontaktlista 2016']);
    expect(found.contacts).toBe('Kontaktlista 2016');
    expect(found.plan).toBeNull();
    expect(found.summary).toBeNull();
    expect(found.instructions).toBeNull();
  });

  it('prefers the exact canonical name when two sheets could fit', () => {
    const found = findTabs(['3a Saml pers spr-plan PLAN (kopia)', '3.a Saml pers spr-plan PLAN']);
    expect(found.plan).toBe('3.a Saml pers spr-plan PLAN');
  });

  it('gives each sheet to one tab at most', () => {
    const found = findTabs(['3.b Saml pers spr-plan ÅTERRAP1']);
    const values = Object.values(found).filter((v) => v !== null);
    expect(values).toEqual(['3.b Saml pers spr-plan ÅTERRAP1']);
  });
});
