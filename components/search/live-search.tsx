'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatDate } from '@/lib/format';
import type { SearchHit } from '@/lib/search/queries';
import { Highlight } from './highlight';
import { LIVE_LIMIT, SEARCH_BOX, SearchLabel, fillQuery, searchForm, type LiveSearchProps } from './search-box';

const DEBOUNCE_MS = 150;

/** A recap's title in the list keeps its own language when it is not the page's. */
const langOf = (recapLocale: string) => (recapLocale === 'zh' ? 'zh-CN' : 'en');

type State = { kind: 'idle' } | { kind: 'results'; q: string; hits: SearchHit[]; terms: string[] } | { kind: 'message'; q: string; text: string };

/**
 * The header's live search, loaded on first use by header-search.tsx (which
 * renders the plain GET form to /search until then): results while typing
 * (ARIA 1.2 combobox with a listbox popup): ArrowDown/ArrowUp move through
 * them, Enter opens the active one (or, with none active, submits the form),
 * Escape closes the list, then clears the box. Words, dates and the API's
 * messages are in the page's language (`locale`, `strings`: props).
 */
export function LiveSearch({ initialValue, focusOnMount, ...boxProps }: LiveSearchProps) {
  const { locale, action, strings } = boxProps;
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
  // What query() reads of the props, so that it stays the same function the mount effect may call.
  const latest = useRef(boxProps);
  useLayoutEffect(() => {
    latest.current = boxProps;
  });

  // Before the first paint of the live box, so typing goes on into it without a gap.
  useLayoutEffect(() => {
    if (!focus || !box.current) return;
    box.current.focus();
    box.current.setSelectionRange(box.current.value.length, box.current.value.length);
  }, [focus]);

  useEffect(() => {
    // What was typed into the plain box gets its results at once. query() is hoisted and reads
    // the props through `latest`, so calling it before its declaration sees nothing stale.
    // eslint-disable-next-line react-hooks/immutability
    if (value) query(value);
    return () => {
      clearTimeout(timer.current);
      inflight.current?.abort();
    };
    // Once, on mount: later input calls query itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function query(q: string) {
    const { locale, strings } = latest.current;
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
        const response = await fetch(`/api/search?limit=${LIVE_LIMIT}&q=${encodeURIComponent(q)}&locale=${locale}`, { signal: controller.signal });
        const body = (await response.json()) as { hits?: SearchHit[]; terms?: string[]; error?: string };
        if (controller.signal.aborted) return;
        setState(body.hits ? { kind: 'results', q, hits: body.hits, terms: body.terms ?? [] } : { kind: 'message', q, text: body.error ?? strings.failed });
      } catch {
        if (controller.signal.aborted) return;
        setState({ kind: 'message', q, text: strings.unavailable });
      }
      setActive(-1);
      setOpen(true);
    }, DEBOUNCE_MS);
  }

  const hits = state.kind === 'results' ? state.hits : [];
  // The last option is always "all results", so the list is never a dead end.
  const count = state.kind === 'results' ? hits.length + 1 : 0;
  const allHref = `${action}?q=${encodeURIComponent(value)}`;
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
    <form {...searchForm(boxProps)} onSubmit={() => setOpen(false)}>
      <SearchLabel text={strings.label} />
      <input
        ref={box}
        {...SEARCH_BOX}
        placeholder={strings.placeholder}
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
        {state.kind === 'results' && hits.length === 0 && <p className="px-3 py-2 text-zinc-600 dark:text-zinc-400">{fillQuery(strings.none, state.q)}</p>}
        <ul id={listId} role="listbox" aria-label={strings.results}>
          {hits.map((hit, i) => (
            <li
              key={hit.href}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                go(hit.href);
              }}
              onMouseEnter={() => setActive(i)}
              className={`cursor-pointer px-3 py-2 ${i === active ? 'bg-teal-50 dark:bg-teal-950' : ''}`}
            >
              <span lang={hit.recap.locale === locale ? undefined : langOf(hit.recap.locale)} className="block font-medium text-zinc-900 dark:text-zinc-50">
                <Highlight text={hit.talk ? hit.talk.title : hit.recap.title} terms={state.kind === 'results' ? state.terms : []} />
              </span>
              <span
                lang={hit.talk && hit.recap.locale !== locale ? langOf(hit.recap.locale) : undefined}
                className="block truncate text-xs text-zinc-600 dark:text-zinc-400"
              >
                {hit.talk ? `${hit.talk.speakers} · ${hit.recap.title}` : formatDate(hit.recap.date, locale)}
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
              {fillQuery(strings.all, state.q)}
            </li>
          )}
        </ul>
      </div>
      <p className="sr-only" aria-live="polite">
        {expanded && state.kind === 'results' ? (strings.available[hits.length] ?? strings.available.at(-1)) : ''}
      </p>
    </form>
  );
}
