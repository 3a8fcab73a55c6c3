// The pane's pure helpers: flag grouping, settings draft checks, error sentences, texts.
import { en } from '../../src/taskpane/i18n/en';
import { sv } from '../../src/taskpane/i18n/sv';
import { languageFor } from '../../src/messages/render';
import { errorMessage } from '../../src/taskpane/errors/errorMessage';
import { msg } from '../../src/core/messages';
import { GatewayError } from '../../src/excel/gatewayError';
import {
  aliasCandidate,
  countByCode,
  countByRound,
  filterFlags,
  shortPlace,
} from '../../src/taskpane/state/flagGroups';
import { fromDraft, toDraft } from '../../src/taskpane/state/settingsDraft';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { flag } from './fixtures';

function keysDeep(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keysDeep(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('texts', () => {
  it('English has exactly the Swedish keys', () => {
    expect(keysDeep(en).sort()).toEqual(keysDeep(sv).sort());
  });
  it('English only when Office says so', () => {
    expect(languageFor('en-US')).toBe('en');
    expect(languageFor('sv-SE')).toBe('sv');
    expect(languageFor(undefined)).toBe('sv');
    expect(languageFor('de-DE')).toBe('sv');
  });
});

describe('flag list helpers', () => {
  const flags = [
    flag({ code: 'unknown-training', person: 'Bo Ek', severity: 'error' }),
    flag({ code: 'missing-status', person: 'Anna Öberg', round: 'aterrap1', cell: 'I7' }),
    flag({ code: 'unknown-training', person: 'Anna Öberg', severity: 'error', cell: 'C9' }),
    flag({ code: 'invalid-contact', person: null, round: null, severity: 'info', cell: 'D3' }),
    flag({
      code: 'missing-status',
      person: 'Cilla Berg',
      cell: 'I9',
      handled: { note: 'Egen spridning', on: '2026-12-01' },
    }),
  ];
  const all = { round: 'all', code: 'all', query: '', showHandled: false } as const;
  it('filters by round (tab 2 and the overall plan as a round of their own), kind and name', () => {
    expect(filterFlags(flags, { ...all, round: 'aterrap1' })).toEqual([flags[1]]);
    expect(filterFlags(flags, { ...all, round: 'none' })).toEqual([flags[3]]);
    expect(filterFlags(flags, { ...all, code: 'unknown-training' })).toEqual([flags[0], flags[2]]);
    // Case and accents do not matter in the name search.
    expect(filterFlags(flags, { ...all, query: 'oberg' })).toEqual([flags[1], flags[2]]);
  });
  it('leaves handled flags out unless asked for', () => {
    expect(filterFlags(flags, all)).not.toContain(flags[4]);
    expect(filterFlags(flags, { ...all, showHandled: true })).toContain(flags[4]);
  });
  it('counts the open flags per kind in the stable code order, and per round', () => {
    expect(countByCode(flags)).toEqual([
      { code: 'unknown-training', count: 2 },
      { code: 'missing-status', count: 1 },
      { code: 'invalid-contact', count: 1 },
    ]);
    expect(countByRound(flags)).toEqual([
      { round: 'plan', count: 2 },
      { round: 'aterrap1', count: 1 },
      { round: 'none', count: 1 },
    ]);
  });
  it('says a place of the log short, other sheets whole', () => {
    expect(shortPlace('3.b Saml pers spr-plan ÅTERRAP1', '$I$7')).toBe('3.b!I7');
    expect(shortPlace('2. Saml kontaktuppg', 'D3')).toBe('2!D3');
    expect(shortPlace('plan.xlsx – Blad1', 'C5')).toBe('plan.xlsx – Blad1!C5');
  });
  it('offers an alias only for a training that is written and unknown', () => {
    const unknown = flag({
      code: 'unknown-training',
      message: msg('flag-unknown-training', { training: 'Migr psyk', sheet: '3.a', row: 5 }),
    });
    expect(aliasCandidate(unknown)).toEqual({ text: 'Migr psyk', candidates: [] });
    expect(aliasCandidate(flags[1])).toBeNull();
    const blank = flag({
      code: 'unknown-training',
      message: msg('flag-unknown-training', { training: ' ', sheet: '3.a', row: 5 }),
    });
    expect(aliasCandidate(blank)).toBeNull();
  });
});

describe('settings draft', () => {
  it('round-trips the defaults', () => {
    const out = fromDraft(toDraft(DEFAULT_SETTINGS), sv);
    expect(out).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });
  it('says what is wrong, in Swedish, and saves nothing', () => {
    const d = toDraft(DEFAULT_SETTINGS);
    d.aterrap1Due = '2017-02-30';
    d.programmeYear = '16';
    d.catalogue = [
      ...d.catalogue,
      { code: 'his6', name: 'Dubblett', aliases: '' },
      { code: '', name: 'x', aliases: '' },
    ];
    const out = fromDraft(d, sv);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors).toEqual([
      sv.settings.badYear,
      sv.settings.badDate(sv.settings.aterrap1Due),
      sv.settings.duplicateCode('his6'),
      sv.settings.emptyCode(d.catalogue.length),
    ]);
  });
  it('splits aliases on commas', () => {
    const d = toDraft(DEFAULT_SETTINGS);
    d.catalogue = [{ code: 'HiS14', name: 'Ny utbildning', aliases: ' Ny ,  NU14 ,' }];
    const out = fromDraft(d, sv);
    expect(out.ok && out.settings.catalogue).toEqual([
      { code: 'HiS14', name: 'Ny utbildning', aliases: ['Ny', 'NU14'] },
    ]);
  });
});

describe('error sentences', () => {
  it('maps Office error codes to plain sentences', () => {
    expect(errorMessage({ code: 'AccessDenied', message: 'raw' }, 'sv')).toBe(sv.errors.accessDenied);
    expect(errorMessage({ code: 'ItemNotFound' }, 'sv')).toBe(sv.errors.itemNotFound);
    expect(errorMessage({ code: 'RequestPayloadSizeLimitExceeded' }, 'sv')).toBe(sv.errors.payloadTooLarge);
    expect(errorMessage({ code: 'InvalidOperationInCellEditMode' }, 'en')).toBe(en.errors.cellEditMode);
  });
  it('renders the gateway’s message codes in the pane’s language and hides raw messages otherwise', () => {
    const gatewayError = new GatewayError(
      'missing-tab',
      msg('workbook-tab-missing', { tab: '3.a Saml pers spr-plan PLAN' }),
    );
    expect(errorMessage(gatewayError, 'sv')).toMatch(
      /^Fliken ”3\.a Saml pers spr-plan PLAN” finns inte i arbetsboken\. Skapa den/,
    );
    expect(errorMessage(gatewayError, 'en')).toMatch(
      /^The tab “3\.a Saml pers spr-plan PLAN” is not in the workbook\. Create it/,
    );
    // An Office error whose code is mapped: the mapped sentence, never its own text.
    expect(errorMessage(Object.assign(new Error('Anna Svensson'), { code: 'AccessDenied' }), 'en')).toBe(
      en.errors.accessDenied,
    );
    expect(errorMessage(new Error('Anna Svensson anna@x.se'), 'sv')).toBe(sv.errors.generic);
    expect(errorMessage(Object.assign(new Error('anna@x.se'), { name: 'GatewayError' }), 'sv')).toBe(
      sv.errors.generic,
    );
    expect(errorMessage('boom', 'sv')).toBe(sv.errors.generic);
  });
});
