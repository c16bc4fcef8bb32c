'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatDate } from '@/lib/format';
import type { SearchHit } from '@/lib/search/queries';
import { Highlight } from './highlight';
import { SEARCH_BOX, SEARCH_FORM, SearchLabel, type LiveSearchProps } from './search-box';

const DEBOUNCE_MS = 150;
const LIMIT = 8;

type State = { kind: 'idle' } | { kind: 'results'; q: string; hits: SearchHit[]; terms: string[] } | { kind: 'message'; q: string; text: string };

/**
 * The header's live search, loaded on first use by header-search.tsx (which
 * renders the plain GET form to /search until then): results while typing
 * (ARIA 1.2 combobox with a listbox popup): ArrowDown/ArrowUp move through
 * them, Enter opens the active one (or, with none active, submits the form),
 * Escape closes the list, then clears the box.
 */
export function LiveSearch({ initialValue, focusOnMount }: LiveSearchProps) {
  const router = useRouter();
  const ids = useId();
  const listId = `${ids}-list`;
  const optionId = (i: number) => `${ids}-opt-${i}`;
  const box = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(() => initialValue?.() ?? '');
  const [focus] = useState(() => focusOnMount?.() ?? false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inflight = useRef<AbortController | null>(null);

  // Before the first paint of the live box, so typing goes on into it without a gap.
  useLayoutEffect(() => {
    if (!focus || !box.current) return;
    box.current.focus();
    box.current.setSelectionRange(box.current.value.length, box.current.value.length);
  }, [focus]);

  useEffect(() => {
    // What was typed into the plain box gets its results at once.
    if (value) query(value);
    return () => {
      clearTimeout(timer.current);
      inflight.current?.abort();
    };
    // Once, on mount: later input calls query itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function query(q: string) {
    clearTimeout(timer.current);
    inflight.current?.abort();
    if ([...q.trim()].length < 2) {
      setState({ kind: 'idle' });
      setOpen(false);
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      inflight.current = controller;
      try {
        // Each event once, preferring the version in the page's language (its <html lang>, set from the locale).
        const locale = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
        const response = await fetch(`/api/search?limit=${LIMIT}&locale=${locale}&q=${encodeURIComponent(q)}`, { signal: controller.signal });
        const body = (await response.json()) as { hits?: SearchHit[]; terms?: string[]; error?: string };
        if (controller.signal.aborted) return;
        setState(body.hits ? { kind: 'results', q, hits: body.hits, terms: body.terms ?? [] } : { kind: 'message', q, text: body.error ?? 'Search failed.' });
      } catch {
        if (controller.signal.aborted) return;
        setState({ kind: 'message', q, text: 'Search is unavailable right now; press Enter to try the full search page.' });
      }
      setActive(-1);
      setOpen(true);
    }, DEBOUNCE_MS);
  }

  const hits = state.kind === 'results' ? state.hits : [];
  // The last option is always "all results", so the list is never a dead end.
  const count = state.kind === 'results' ? hits.length + 1 : 0;
  const allHref = `/search?q=${encodeURIComponent(value)}`;
  const hrefAt = (i: number) => (i < hits.length ? hits[i].href : allHref);

  function go(href: string) {
    setOpen(false);
    router.push(href);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!count) return;
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(event.key === 'ArrowDown' ? 0 : count - 1);
        return;
      }
      // Wraps around at both ends.
      setActive((i) => (event.key === 'ArrowDown' ? (i >= count - 1 ? 0 : i + 1) : i <= 0 ? count - 1 : i - 1));
    } else if (event.key === 'Enter' && open && active >= 0 && active < count) {
      event.preventDefault();
      go(hrefAt(active));
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value) {
        event.preventDefault();
        setValue('');
        query('');
      }
    }
  }

  const expanded = open && state.kind !== 'idle';
  return (
    <form {...SEARCH_FORM} onSubmit={() => setOpen(false)}>
      <SearchLabel />
      <input
        ref={box}
        {...SEARCH_BOX}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          query(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => state.kind !== 'idle' && setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <div
        className={`absolute right-0 top-full z-20 mt-1 w-full min-w-72 overflow-hidden rounded-md border border-zinc-200 bg-white text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900 sm:w-96 ${expanded ? '' : 'hidden'}`}
      >
        {state.kind === 'message' && <p className="px-3 py-2 text-zinc-600 dark:text-zinc-400">{state.text}</p>}
        {state.kind === 'results' && hits.length === 0 && <p className="px-3 py-2 text-zinc-600 dark:text-zinc-400">No results for “{state.q}”.</p>}
        <ul id={listId} role="listbox" aria-label="Search results">
          {hits.map((hit, i) => (
            <li
              key={hit.href}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              lang={hit.recap.locale === 'zh' ? 'zh-CN' : 'en'}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                go(hit.href);
              }}
              onMouseEnter={() => setActive(i)}
              className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-teal-50 dark:bg-teal-950' : ''}`}
            >
              <span className="block font-medium text-zinc-900 dark:text-zinc-50">
                <Highlight text={hit.talk ? hit.talk.title : hit.recap.title} terms={state.kind === 'results' ? state.terms : []} />
              </span>
              <span className="block truncate text-xs text-zinc-600 dark:text-zinc-400">
                {hit.talk ? `${hit.talk.speakers} · ${hit.recap.title}` : formatDate(hit.recap.date, hit.recap.locale)}
              </span>
            </li>
          ))}
          {state.kind === 'results' && (
            <li
              id={optionId(hits.length)}
              role="option"
              aria-selected={active === hits.length}
              onMouseDown={(event) => {
                event.preventDefault();
                go(allHref);
              }}
              onMouseEnter={() => setActive(hits.length)}
              className={`cursor-pointer border-t border-zinc-200 px-3 py-2 text-teal-700 dark:border-zinc-700 dark:text-teal-300 ${active === hits.length ? 'bg-teal-50 dark:bg-teal-950' : ''}`}
            >
              All results for “{state.q}”
            </li>
          )}
        </ul>
      </div>
      <p className="sr-only" aria-live="polite">
        {expanded && state.kind === 'results' ? `${hits.length} result${hits.length === 1 ? '' : 's'} available.` : ''}
      </p>
    </form>
  );
}
