// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '@/lib/search/queries';

// Tested through what a visitor sees and does (the input, the listbox, keys), not its internals,
// so that the box may be loaded lazily or restructured and these still hold.
const push = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ push }) }));
const { LiveSearch } = await import('./live-search');
const { searchBoxProps } = await import('./search-box-strings');
const EN = searchBoxProps('en');

const HITS: SearchHit[] = [
  {
    recap: { slug: 'rust-sz', title: 'Rust Shenzhen', date: '2024-05-01', locale: 'en' },
    talk: { id: 'async-rust', title: 'Async Rust', speakers: 'Ada' },
    snippet: 'async',
    href: '/recaps/rust-sz#async-rust',
  },
  { recap: { slug: 'web-gz', title: 'Web Guangzhou', date: '2024-04-01', locale: 'en' }, snippet: 'rust on the web', href: '/recaps/web-gz' },
];
const fetchMock = vi.fn();

beforeEach(() => {
  push.mockReset();
  fetchMock.mockReset();
  fetchMock.mockImplementation(async () => new Response(JSON.stringify({ hits: HITS, terms: ['rust'] }), { headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function typeQuery(text: string) {
  const user = userEvent.setup();
  render(<LiveSearch {...EN} />);
  const box = screen.getByRole('combobox', { name: 'Search recaps' });
  await user.click(box);
  await user.type(box, text);
  return { user, box };
}

const options = () => within(screen.getByRole('listbox', { hidden: true })).queryAllByRole('option', { hidden: true });
const activeOption = (box: HTMLElement) => {
  const id = box.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id)?.textContent : null;
};

describe('LiveSearch', () => {
  it('is a plain GET form to /search before any script runs', () => {
    render(<LiveSearch {...EN} />);
    const form = screen.getByRole('search');
    expect([form.getAttribute('action'), form.getAttribute('method')]).toEqual(['/search', 'get']);
    expect(screen.getByRole('combobox').getAttribute('name')).toBe('q');
  });

  it('shows the results of the search API while typing, and an option for all results', async () => {
    const { box } = await typeQuery('rust');
    await vi.waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
    expect(fetchMock).toHaveBeenLastCalledWith('/api/search?limit=8&q=rust&locale=en', expect.anything());
    expect(options().map((o) => o.textContent)).toEqual(['Async RustAda · Rust Shenzhen', expect.stringContaining('Web Guangzhou'), 'All results for “rust”']);
    expect(screen.getByText('2 results available.')).toBeTruthy();
  });

  it('waits for a pause in typing: one request for a word typed quickly, none for one letter', async () => {
    const { box } = await typeQuery('r');
    await new Promise((r) => setTimeout(r, 300));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(box.getAttribute('aria-expanded')).toBe('false');
    const user = userEvent.setup();
    await user.type(box, 'ust');
    await vi.waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('moves through the results with the arrow keys, wrapping, and Enter opens the active one', async () => {
    const { user, box } = await typeQuery('rust');
    await vi.waitFor(() => expect(options()).toHaveLength(3));
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
    await user.keyboard('{ArrowDown}');
    expect(activeOption(box)).toContain('Async Rust');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeOption(box)).toBe('All results for “rust”');
    await user.keyboard('{ArrowDown}');
    expect(activeOption(box), 'wraps to the first').toContain('Async Rust');
    await user.keyboard('{ArrowUp}');
    expect(activeOption(box), 'and back to the last').toBe('All results for “rust”');
    await user.keyboard('{ArrowUp}');
    expect(options()[1].getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{Enter}');
    expect(push).toHaveBeenCalledWith('/recaps/web-gz');
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('Escape closes the list first, then clears the box', async () => {
    const { user, box } = await typeQuery('rust');
    await vi.waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
    await user.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect((box as HTMLInputElement).value).toBe('rust');
    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
    expect(push).not.toHaveBeenCalled();
  });

  it('says so when nothing matches, and when the search is down, never leaving the visitor stuck', async () => {
    fetchMock.mockImplementationOnce(async () => new Response(JSON.stringify({ hits: [], terms: [] })));
    const { box } = await typeQuery('zzz');
    await vi.waitFor(() => expect(screen.getByText('No results for “zzz”.')).toBeTruthy());
    expect(options().map((o) => o.textContent)).toEqual(['All results for “zzz”']);
    fetchMock.mockImplementationOnce(async () => {
      throw new TypeError('network down');
    });
    const user = userEvent.setup();
    await user.type(box, 'z');
    await vi.waitFor(() => expect(screen.getByText(/Search is unavailable right now/)).toBeTruthy());
    await act(async () => undefined);
  });
});

describe('LiveSearch in Chinese', () => {
  it('speaks the page language, dates included, and links to the Chinese search page', async () => {
    const user = userEvent.setup();
    render(<LiveSearch {...searchBoxProps('zh')} />);
    const box = screen.getByRole('combobox', { name: '搜索活动回顾' });
    await user.click(box);
    await user.type(box, 'rust');
    await vi.waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
    expect(fetchMock).toHaveBeenLastCalledWith('/api/search?limit=8&q=rust&locale=zh', expect.anything());
    expect(options().map((o) => o.textContent)).toEqual(['Async RustAda · Rust Shenzhen', 'Web Guangzhou2024年4月1日', '查看“rust”的全部结果']);
    expect(screen.getByText('共有 2 条结果。')).toBeTruthy();
    await user.keyboard('{ArrowUp}{Enter}');
    expect(push).toHaveBeenCalledWith('/zh/search?q=rust');
  });
});
