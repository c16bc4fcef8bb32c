import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recapAlternates, translationHref } from './translation-links';

const saved = process.env.SITE_URL;
beforeEach(() => {
  process.env.SITE_URL = 'https://recaps.example';
});
afterEach(() => {
  if (saved === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = saved;
});

const en = { slug: 'meetup', locale: 'en' as const };
const zh = { slug: 'meetup-zh', locale: 'zh' as const };

describe('recapAlternates', () => {
  it('names every published version under its hreflang, x-default on the default locale’s', () => {
    const expected = {
      en: 'https://recaps.example/recaps/meetup',
      'zh-CN': 'https://recaps.example/recaps/meetup-zh',
      'x-default': 'https://recaps.example/recaps/meetup',
    };
    expect(recapAlternates(zh, [en], 'en')).toEqual(expected);
    expect(recapAlternates(en, [zh], 'en')).toEqual(expected);
    expect(recapAlternates(en, [zh], 'zh')!['x-default']).toBe('https://recaps.example/recaps/meetup-zh');
  });

  it('x-default is the recap itself when the default locale’s version is not published', () => {
    expect(recapAlternates(zh, [{ slug: 'other-zh', locale: 'zh' }], 'en')).toEqual({
      'zh-CN': 'https://recaps.example/recaps/meetup-zh',
      'x-default': 'https://recaps.example/recaps/meetup-zh',
    });
  });

  it('none without a published translation', () => {
    expect(recapAlternates(en, [], 'en')).toBeNull();
  });
});

describe('translationHref', () => {
  it('links to the version in the other language, or says there is none', () => {
    expect(translationHref(en, [zh])).toBe('/recaps/meetup-zh');
    expect(translationHref(en, [])).toBeNull();
  });
});
