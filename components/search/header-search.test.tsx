import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HeaderSearch } from './header-search';
import { searchBoxProps } from './search-box-strings';

/** The opening tag of the first `<name ...>` in html. */
const tag = (html: string, name: string) => new RegExp(`<${name}\\b[^>]*>`).exec(html)?.[0] ?? '';

describe('HeaderSearch', () => {
  it('renders, before any JavaScript, a plain GET form to /search with the named combobox', () => {
    const html = renderToStaticMarkup(<HeaderSearch {...searchBoxProps('en')} />);
    const form = tag(html, 'form');
    for (const attr of ['action="/search"', 'method="get"', 'role="search"', 'aria-label="Quick search"']) expect(form).toContain(attr);
    expect(html).toMatch(/<label for="site-search"[^>]*>Search recaps<\/label>/);
    const input = tag(html, 'input');
    for (const attr of ['id="site-search"', 'name="q"', 'type="search"', 'role="combobox"', 'aria-expanded="false"', 'aria-controls="site-search-list"'])
      expect(input).toContain(attr);
    // The popup it names exists, empty and hidden, until the live search loads.
    expect(html).toContain('<ul id="site-search-list" role="listbox" aria-label="Search results" hidden=""></ul>');
  });
});

describe('HeaderSearch in Chinese', () => {
  it('sends the form to the Chinese search page, with Chinese words', () => {
    const html = renderToStaticMarkup(<HeaderSearch {...searchBoxProps('zh')} />);
    expect(tag(html, 'form')).toContain('action="/zh/search"');
    expect(tag(html, 'form')).toContain('aria-label="快速搜索"');
    expect(html).toMatch(/<label for="site-search"[^>]*>搜索活动回顾<\/label>/);
    expect(tag(html, 'input')).toContain('placeholder="搜索分享、讲者…"');
  });
});
