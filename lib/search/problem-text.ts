import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import { MAX_QUERY_LENGTH } from './query';
import type { SearchResult } from './queries';

/** What to tell the reader about a query that can't be searched, or a search that failed, in `locale`. /search and /api/search call it. */
export function searchProblemText(locale: Locale, result: Extract<SearchResult, { ok: false }> | 'unavailable'): string {
  const t = translator(locale, 'search');
  if (result === 'unavailable') return t('unavailable');
  return result.problem ? t(`problem.${result.problem}`, { max: MAX_QUERY_LENGTH }) : result.message;
}
