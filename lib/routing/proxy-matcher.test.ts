import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';

/** Whether the proxy runs on `path`, by its first matcher (a path-to-regexp source `/((?!…).*)`). */
function proxied(path: string): boolean {
  const source = config.matcher[0] as string;
  const inner = /^\/\(\(\?!(.*)\)\.\*\)$/.exec(source)?.[1];
  if (!inner) throw new Error(`unexpected matcher ${source}`);
  return new RegExp(`^(?!${inner})`).test(path.replace(/^\//, ''));
}

describe('proxy matcher', () => {
  it('keeps the cached public pages of both languages out of the proxy', () => {
    for (const path of [
      '/',
      '/recaps',
      '/speakers',
      '/tags',
      '/recaps/x',
      '/speakers/x',
      '/tags/x',
      '/zh',
      '/zh/recaps',
      '/zh/speakers',
      '/zh/speakers/x',
      '/zh/tags/x',
      '/en/tags/x',
      '/events',
      '/zh/events',
      '/series/cloud-native-practice',
      '/calendar.ics',
      '/zh/calendar.ics',
      '/recaps/x/calendar.ics',
      '/speakers/x/calendar.ics',
      '/zh/cities/shenzhen/calendar.ics',
      '/feed.xml',
    ]) {
      expect(proxied(path), path).toBe(false);
    }
  });

  it('still runs on the pages that need the database on each request', () => {
    for (const path of ['/admin', '/admin/recaps/1', '/search', '/zh/search', '/signin', '/api/search', '/preview/abc', '/zhx/recaps', '/zh/admin/x']) {
      expect(proxied(path), path).toBe(true);
    }
  });
});
