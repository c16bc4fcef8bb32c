import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HeaderSearch } from './header-search';

/** The opening tag of the first `<name ...>` in html. */
const tag = (html: string, name: string) => new RegExp(`<${name}\\b[^>]*>`).exec(html)?.[0] ?? '';

describe('HeaderSearch', () => {
  it('renders, before any JavaScript, a plain GET form to /search with the named combobox', () => {
    const html = renderToStaticMarkup(<HeaderSearch />);
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
