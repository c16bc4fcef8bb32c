import { describe, expect, it } from 'vitest';
import { localeRedirects, localeRewrites } from './listings.mjs';

describe('locale routes', () => {
  it('English default: unprefixed pages onto /en, Chinese under /zh, listings onto their cached route', () => {
    const rewrites = localeRewrites('en');
    const to = (source: string) => rewrites.filter((r) => r.source === source).map((r) => r.destination);
    expect(to('/')).toEqual(['/en/listings/home']);
    expect(to('/zh')).toEqual(['/zh/listings/home']);
    // the cached listing first (only without filters), then the filtered page
    expect(to('/:name(recaps|events)')).toEqual(['/en/listings/:name']);
    expect(to('/zh/:name(recaps|events)')).toEqual(['/zh/listings/:name']);
    expect(to('/:name(speakers|tags)')).toEqual(['/en/listings/:name']);
    // then the default locale's other pages, one rule per shape (each rule costs every request)
    expect(to('/:section(recaps|events|speakers|tags|search|feed\\.xml|calendar\\.ics)')).toEqual(['/en/:section']);
    expect(to('/:section(speakers|tags|series|cities)/:slug')).toEqual(['/en/:section/:slug']);
    expect(to('/:section(speakers|series|cities)/:slug/calendar\\.ics')).toEqual(['/en/:section/:slug/calendar.ics']);
    expect(rewrites).toHaveLength(9);
    expect(rewrites.find((r) => r.source === '/:name(recaps|events)')?.missing?.map((m) => m.key)).toEqual(['tag', 'year', 'city', 'page']);
    // recap pages are one URL whatever their language: never rewritten
    expect(rewrites.some((r) => r.source.startsWith('/recaps/'))).toBe(false);
  });

  it('Chinese default: the other way round', () => {
    const rewrites = localeRewrites('zh');
    expect(rewrites.find((r) => r.source === '/')?.destination).toBe('/zh/listings/home');
    expect(rewrites.find((r) => r.source === '/en')?.destination).toBe('/en/listings/home');
    expect(rewrites.find((r) => r.source.startsWith('/:section(recaps'))?.destination).toBe('/zh/:section');
  });

  it('one URL per page: the default prefix, internal routes and a prefixed recap redirect permanently', () => {
    const redirects = localeRedirects('en');
    const target = (source: string) => redirects.find((r) => r.source === source);
    expect(target('/en')).toMatchObject({ destination: '/', permanent: true });
    expect(target('/en/:path*')).toMatchObject({ destination: '/:path*', permanent: true });
    expect(target('/zh/listings/home')).toMatchObject({ destination: '/zh', permanent: true });
    expect(target('/zh/listings/:path*')).toMatchObject({ destination: '/zh/:path*', permanent: true });
    expect(target('/listings/home')).toMatchObject({ destination: '/', permanent: true });
    expect(target('/zh/recaps/:path+')).toMatchObject({ destination: '/recaps/:path+', permanent: true });
    expect(redirects.every((r) => r.permanent)).toBe(true);
    // the explicit listing redirects come before the catch-all of their prefix
    expect(redirects.findIndex((r) => r.source === '/en/listings/home')).toBeLessThan(redirects.findIndex((r) => r.source === '/en/:path*'));
  });
});
