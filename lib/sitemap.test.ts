import { describe, expect, it } from 'vitest';
import { recapLastModified, renderUrlSet } from './sitemap';

describe('renderUrlSet', () => {
  it('declares the xhtml namespace and writes the alternates of a translated recap', () => {
    const xml = renderUrlSet([
      {
        path: '/recaps/meetup',
        lastModified: '2024-05-01',
        alternates: { en: 'https://x.example/recaps/meetup', 'zh-CN': 'https://x.example/recaps/meetup-zh', 'x-default': 'https://x.example/recaps/meetup' },
      },
      { path: '/recaps/alone', lastModified: '2024-05-01' },
    ]);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="zh-CN" href="https://x.example/recaps/meetup-zh"/>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://x.example/recaps/meetup"/>');
    expect(xml.match(/<xhtml:link/g)).toHaveLength(3);
  });
});

describe('recapLastModified', () => {
  const row = { lastModified: '2027-01-05', endsAt: '2027-03-20T09:00:00Z', announcement: true };
  it('is the last publication while the event is to come, and for a recap whatever the time', () => {
    expect(recapLastModified(row, new Date('2027-03-01T00:00:00Z'))).toBe('2027-01-05');
    expect(recapLastModified({ ...row, announcement: false }, new Date('2027-04-01T00:00:00Z'))).toBe('2027-01-05');
  });
  it('an announcement whose event is over: its end time, when the page turned into "the recap is coming"', () => {
    expect(recapLastModified(row, new Date('2027-03-20T09:00:00Z'))).toBe('2027-03-20T09:00:00Z');
    // A change published after the end time is the newer one.
    expect(recapLastModified({ ...row, lastModified: '2027-03-21T10:00:00.000Z' }, new Date('2027-04-01T00:00:00Z'))).toBe('2027-03-21T10:00:00.000Z');
    expect(recapLastModified({ ...row, endsAt: null }, new Date('2027-04-01T00:00:00Z'))).toBe('2027-01-05');
  });
});
