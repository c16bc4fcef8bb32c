import { describe, expect, it } from 'vitest';
import { chooseAdminLocale, localeFromAcceptLanguage } from './admin-locale-choice';

describe('localeFromAcceptLanguage', () => {
  it('takes the highest q-value among our locales', () => {
    expect(localeFromAcceptLanguage('en-US,en;q=0.9,zh-CN;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage('fr;q=1, zh-CN;q=0.7, en;q=0.5')).toBe('zh');
    expect(localeFromAcceptLanguage('en;q=0.3, zh;q=0.9')).toBe('zh');
  });

  it('maps regional and script tags to their language', () => {
    expect(localeFromAcceptLanguage('zh-TW')).toBe('zh');
    expect(localeFromAcceptLanguage('zh-Hans-CN,en;q=0.5')).toBe('zh');
    expect(localeFromAcceptLanguage('EN-gb')).toBe('en');
  });

  it('ignores q=0, wildcards, junk and unknown languages', () => {
    expect(localeFromAcceptLanguage('zh;q=0, en;q=0.1')).toBe('en');
    expect(localeFromAcceptLanguage('*, de')).toBeNull();
    expect(localeFromAcceptLanguage('zh;q=abc')).toBeNull();
    expect(localeFromAcceptLanguage('')).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
    expect(localeFromAcceptLanguage(`${'de,'.repeat(5000)}zh`)).toBeNull();
  });

  it('keeps the written order on ties', () => {
    expect(localeFromAcceptLanguage('zh, en')).toBe('zh');
    expect(localeFromAcceptLanguage('en, zh')).toBe('en');
  });
});

describe('chooseAdminLocale', () => {
  it('prefers the setting, then the browser, then the default', () => {
    expect(chooseAdminLocale('zh', 'en-US,en;q=0.9', 'en')).toBe('zh');
    expect(chooseAdminLocale('en', 'zh-CN', 'zh')).toBe('en');
    expect(chooseAdminLocale(null, 'zh-CN,zh;q=0.9', 'en')).toBe('zh');
    expect(chooseAdminLocale(null, 'de-DE', 'zh')).toBe('zh');
    expect(chooseAdminLocale(undefined, undefined, 'en')).toBe('en');
    expect(chooseAdminLocale('fr', 'de', 'en')).toBe('en');
  });
});
