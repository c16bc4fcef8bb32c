import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { translator } from '@/lib/i18n/translator';
import { LIVE_LIMIT, type SearchBoxProps } from './search-box';

/**
 * The header search box's props in `locale`, made on the server (the header),
 * so that the client box gets only its few words, never a catalog.
 */
export function searchBoxProps(locale: Locale): SearchBoxProps {
  const t = translator(locale, 'search.box');
  return {
    locale,
    action: localePath(locale, '/search'),
    strings: {
      form: t('form'),
      label: t('label'),
      placeholder: t('placeholder'),
      results: t('results'),
      // The ICU argument keeps its braces, for the box to fill in.
      all: t('all', { query: '{query}' }),
      none: translator(locale, 'search')('noResults', { query: '{query}' }),
      available: Array.from({ length: LIVE_LIMIT + 1 }, (_, count) => t('available', { count })),
      failed: t('failed'),
      unavailable: t('unavailable'),
    },
  };
}
