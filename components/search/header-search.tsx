'use client';

import { useRef, useState, type ComponentType } from 'react';
import { SEARCH_BOX, SearchLabel, searchForm, type LiveSearchProps, type SearchBoxProps } from './search-box';

/**
 * The header's search box as every page first loads it: a plain GET form to
 * /search (it works without JavaScript), whose live-search client
 * (live-search.tsx: results while typing, keyboard navigation) is imported
 * on first focus or input, so that a page where nobody searches does not
 * download, parse or hydrate it. The loaded box takes over with the text typed
 * so far and the focus, and shows results for that text at once.
 */
const PLAIN_LIST_ID = 'site-search-list';

export function HeaderSearch(props: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  const loading = useRef(false);
  const [Live, setLive] = useState<ComponentType<LiveSearchProps> | null>(null);

  function load() {
    if (loading.current) return;
    loading.current = true;
    import('./live-search').then(
      (module) => setLive(() => module.LiveSearch),
      // Offline or a stale deployment: the plain form keeps working.
      () => (loading.current = false),
    );
  }

  // Read while the live box renders, which happens in the same task as the swap:
  // nothing typed in between is lost.
  const typed = () => input.current?.value ?? '';
  const focused = () => typeof document !== 'undefined' && document.activeElement === input.current;
  if (Live) return <Live {...props} initialValue={typed} focusOnMount={focused} />;
  return (
    <form {...searchForm(props)}>
      <SearchLabel text={props.strings.label} />
      <input
        ref={input}
        {...SEARCH_BOX}
        placeholder={props.strings.placeholder}
        role="combobox"
        aria-expanded={false}
        aria-controls={PLAIN_LIST_ID}
        onFocus={load}
        onInput={load}
        onPointerEnter={load}
      />
      {/* The popup the combobox names; the live box fills its own. */}
      <ul id={PLAIN_LIST_ID} role="listbox" aria-label={props.strings.results} hidden />
    </form>
  );
}
