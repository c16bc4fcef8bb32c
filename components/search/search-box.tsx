/**
 * What the header's search form looks like before and after its live-search
 * client loads (header-search.tsx, live-search.tsx): one definition, so the
 * box does not move or change when one replaces the other.
 */

export interface LiveSearchProps {
  /** The text typed into the plain box before the live one replaced it, read when it mounts. */
  initialValue?: () => string;
  /** Whether the plain box had the focus, read when the live one mounts. */
  focusOnMount?: () => boolean;
}

export const SEARCH_FORM = {
  action: '/search',
  method: 'get',
  role: 'search',
  'aria-label': 'Quick search',
  className: 'relative ml-auto flex w-full sm:w-auto',
} as const;

export const SEARCH_BOX = {
  id: 'site-search',
  name: 'q',
  type: 'search',
  placeholder: 'Search talks, speakers…',
  maxLength: 400,
  autoComplete: 'off',
  'aria-autocomplete': 'list',
  className: 'w-full rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900 sm:w-56 sm:focus:w-72',
} as const;

export function SearchLabel() {
  return (
    <label htmlFor={SEARCH_BOX.id} className="sr-only">
      Search recaps
    </label>
  );
}
