import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { recapFixture } from '@/lib/testing/recap-fixture';
import { RecapCard } from './recap-card';

describe('RecapCard in a listing of one language', () => {
  it('a recap in the other language says which, its label and title under their own lang', () => {
    const html = renderToStaticMarkup(<RecapCard recap={recapFixture({ locale: 'zh' })} locale="en" />);
    expect(html).toMatch(/<span data-testid="recap-language" lang="zh-CN"[^>]*>中文<\/span>/);
    expect(html).toMatch(/<h2 lang="zh-CN"/);
    expect(renderToStaticMarkup(<RecapCard recap={recapFixture({ locale: 'en' })} locale="zh" />)).toMatch(/lang="en"[^>]*>English<\/span>/);
  });

  it('a recap in the page language has no label', () => {
    expect(renderToStaticMarkup(<RecapCard recap={recapFixture({ locale: 'en' })} locale="en" />)).not.toContain('recap-language');
  });
});
