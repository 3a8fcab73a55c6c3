// Every message code has a sentence in Swedish and English, each renders from the code's sample
// parameters, and each uses every parameter the code declares (a parameter no sentence reads is
// information the user never sees).
import { ALL_MESSAGE_SAMPLES, msg, type MessageCode } from '../../../src/core/messages';
import { catalogue, languageFromEnv, render } from '../../../src/messages/render';
import type { Lang } from '../../../src/messages/catalogue';

const codes = Object.keys(ALL_MESSAGE_SAMPLES) as MessageCode[];
const langs: Lang[] = ['sv', 'en'];

/** Renders with a proxy over the samples that records which parameters the sentence read. */
function paramsRead(lang: Lang, code: MessageCode): { text: string; read: Set<string> } {
  const read = new Set<string>();
  const samples = ALL_MESSAGE_SAMPLES[code] as Record<string, unknown>;
  const proxy = new Proxy(samples, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const sentence = catalogue(lang)[code] as (p: unknown) => string;
  return { text: sentence(proxy), read };
}

describe('message catalogue', () => {
  it('has codes', () => {
    expect(codes.length).toBeGreaterThan(0);
  });

  describe.each(langs)('%s', (lang) => {
    it('has a sentence for every code and no sentence without a code', () => {
      const cat = catalogue(lang);
      expect(Object.keys(cat).sort()).toEqual([...codes].sort());
    });

    it.each(codes)('%s renders a sentence using every parameter', (code) => {
      const { text, read } = paramsRead(lang, code);
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toMatch(/undefined|\[object Object\]|NaN/);
      const declared = Object.keys(ALL_MESSAGE_SAMPLES[code]);
      expect(declared.filter((k) => !read.has(k))).toEqual([]);
    });
  });

  it('renders the same code differently per language', () => {
    const m = msg('unexpected-error', { detail: 'GeneralException' });
    expect(render('sv', m)).toContain('GeneralException');
    expect(render('en', m)).toContain('GeneralException');
    expect(render('sv', m)).not.toEqual(render('en', m));
  });

  it('picks the CLI language from --lang, then the locale', () => {
    expect(languageFromEnv('en', { LANG: 'sv_SE.UTF-8' })).toBe('en');
    expect(languageFromEnv(undefined, { LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(languageFromEnv(undefined, { LC_ALL: 'sv_SE.UTF-8', LANG: 'en_US' })).toBe('sv');
    expect(languageFromEnv(undefined, {})).toBe('sv');
  });
});
