import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import { filterLabels, type Facets, type RecapFilterValues } from './filter-counts';

/**
 * What the recap list shows, in the page's language, as its heading and
 * <title>: "Recaps tagged Kubernetes in Shenzhen in 2023" / "活动回顾：Kubernetes · 深圳 · 2023 年".
 * Public pages call it.
 */
export function recapListHeading(locale: Locale, filter: RecapFilterValues, facets: Facets): string {
  const t = translator(locale, 'recaps.heading');
  const labels = filterLabels(filter, facets);
  const parts = [
    labels.tag && t('tag', { tag: labels.tag }),
    labels.city && t('city', { city: labels.city }),
    labels.year && t('year', { year: labels.year }),
  ].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return t('all');
  return t('filtered', { parts: parts.reduce((first, second) => t('join', { first, second })) });
}
