import { describe, expect, it } from 'vitest';
import { renderUrlSet } from './sitemap';

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
