/**
 * What the header's search form looks like before and after its live-search
 * client loads (header-search.tsx, live-search.tsx): one definition, so the
 * box does not move or change when one replaces the other. Client code: its
 * words arrive as props (`SearchBoxStrings`, made on the server by
 * search-box-strings.ts), never a catalog.
 */
import type { Locale } from '@/lib/i18n/locales.mjs';

/** The box's words in the page's language. `{query}` in a template stands for what was typed. */
export interface SearchBoxStrings {
  form: string;
  label: string;
  placeholder: string;
  results: string;
  /** "All results for “{query}”" */
  all: string;
  /** "No results for “{query}”." */
  none: string;
  /** "n results available." for n = 0 … the live search's limit, plurals already applied. */
  available: string[];
  failed: string;
  unavailable: string;
}

/** What the server gives the box: the page's language, where its form goes (`/search` or `/zh/search`) and its words. */
export interface SearchBoxProps {
  locale: Locale;
  action: string;
  strings: SearchBoxStrings;
}

export interface LiveSearchProps extends SearchBoxProps {
  /** The text typed into the plain box before the live one replaced it, read when it mounts. */
  initialValue?: () => string;
  /** Whether the plain box had the focus, read when the live one mounts. */
  focusOnMount?: () => boolean;
}

/** The live search asks for this many results. */
export const LIVE_LIMIT = 8;

export const fillQuery = (template: string, query: string) => template.replace('{query}', query);

export const searchForm = ({ action, strings }: SearchBoxProps) =>
  ({
    action,
    method: 'get',
    role: 'search',
    'aria-label': strings.form,
    className: 'relative ml-auto flex w-full sm:w-auto',
  }) as const;

export const SEARCH_BOX = {
  id: 'site-search',
  name: 'q',
  type: 'search',
  maxLength: 400,
  autoComplete: 'off',
  'aria-autocomplete': 'list',
  className: 'w-full rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900 sm:w-56 sm:focus:w-72',
} as const;

export function SearchLabel({ text }: { text: string }) {
  return (
    <label htmlFor={SEARCH_BOX.id} className="sr-only">
      {text}
    </label>
  );
}
