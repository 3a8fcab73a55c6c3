// The pane's pure helpers: flag grouping, settings draft checks, error sentences, texts.
import { en } from '../../src/taskpane/i18n/en';
import { sv } from '../../src/taskpane/i18n/sv';
import { languageFor } from '../../src/messages/render';
import { errorMessage } from '../../src/taskpane/errors/errorMessage';
import { msg } from '../../src/core/messages';
import { GatewayError } from '../../src/excel/gatewayError';
import { countByCode, filterFlags, groupFlags } from '../../src/taskpane/state/flagGroups';
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
    flag({ code: 'unknown-training', person: 'Bo', severity: 'error' }),
    flag({ code: 'missing-status', person: 'Anna', round: 'aterrap1' }),
    flag({ code: 'unknown-training', person: 'Anna', severity: 'error' }),
    flag({ code: 'invalid-contact', person: null, round: null, severity: 'info' }),
  ];
  it('filters by round and severity', () => {
    expect(filterFlags(flags, { groupBy: 'person', round: 'aterrap1', severity: 'all' })).toEqual([flags[1]]);
    expect(filterFlags(flags, { groupBy: 'person', round: 'all', severity: 'error' })).toEqual([
      flags[0],
      flags[2],
    ]);
  });
  it('counts per kind in the stable code order', () => {
    expect(countByCode(flags)).toEqual([
      { code: 'unknown-training', count: 2 },
      { code: 'missing-status', count: 1 },
      { code: 'invalid-contact', count: 1 },
    ]);
  });
  it('groups by person (sorted, no person last) and by kind', () => {
    expect(groupFlags(flags, 'person').map((g) => [g.key, g.flags.length])).toEqual([
      ['Anna', 2],
      ['Bo', 1],
      [null, 1],
    ]);
    expect(groupFlags(flags, 'kind').map((g) => g.key)).toEqual([
      'unknown-training',
      'missing-status',
      'invalid-contact',
    ]);
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
