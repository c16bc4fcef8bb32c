import { describe, expect, it } from 'vitest';
import { pageMetadata, samePageAlternates } from './seo';

describe('hreflang of pages in every language', () => {
  it('names the page in each language and the default locale as x-default', () => {
    const base = 'http://localhost:3000';
    expect(samePageAlternates('/zh/speakers/zhang-shanyou', 'zh')).toEqual({
      en: `${base}/speakers/zhang-shanyou`,
      'zh-CN': `${base}/zh/speakers/zhang-shanyou`,
      'x-default': `${base}/speakers/zhang-shanyou`,
    });
  });

  it('only where asked: a recap page has its own versions (lib/recaps/translation-links.ts)', () => {
    expect(pageMetadata({ title: 't', description: 'd', path: '/tags', locale: 'en', inEveryLanguage: true }).alternates?.languages).toMatchObject({
      'zh-CN': 'http://localhost:3000/zh/tags',
    });
    expect(pageMetadata({ title: 't', description: 'd', path: '/recaps/x', locale: 'en' }).alternates?.languages).toBeUndefined();
  });
});
