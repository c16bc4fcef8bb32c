import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { recapFixture } from '@/lib/testing/recap-fixture';
import { RecapCard } from './recap-card';

describe('RecapCard in a listing of one language', () => {
  it('a recap in the other language says which, under its own lang', () => {
    const html = renderToStaticMarkup(<RecapCard recap={recapFixture({ locale: 'zh' })} locale="en" />);
    expect(html).toMatch(/^<article lang="zh-CN"/);
    expect(html).toContain('data-testid="recap-language"');
    expect(html).toContain('>中文</span>');
    expect(renderToStaticMarkup(<RecapCard recap={recapFixture({ locale: 'en' })} locale="zh" />)).toContain('>English</span>');
  });

  it('a recap in the page language has no label', () => {
    expect(renderToStaticMarkup(<RecapCard recap={recapFixture({ locale: 'en' })} locale="en" />)).not.toContain('recap-language');
  });
});
