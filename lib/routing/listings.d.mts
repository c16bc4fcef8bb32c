import type { Locale } from '../i18n/locales.mjs';

export declare const LISTINGS: {
  readonly home: '/';
  readonly recaps: '/recaps';
  readonly events: '/events';
  readonly speakers: '/speakers';
  readonly tags: '/tags';
};
export declare const RECAP_FILTER_PARAMS: string[];
export type ListingName = keyof typeof LISTINGS;
export function listingRoute(name: ListingName, locale: Locale): string;
export function localeRoute(path: string, locale: Locale): string;
type Rewrite = { source: string; destination: string; missing?: Array<{ type: 'query'; key: string }> };
export function localeRewrites(defaultLocale: Locale): Rewrite[];
export function localeRedirects(defaultLocale: Locale): Array<{ source: string; destination: string; permanent: boolean }>;
