import { pathInLocale, type Locale } from './locales.mjs';

/**
 * The same public page in another language: `/speakers/x` (default locale)
 * ↔ `/zh/speakers/x`. Pure, so the header's switcher can run it in the
 * browser; only for pages that exist in every language (not recap pages).
 */
export function samePageIn(pathname: string, from: Locale, to: Locale, defaultLocale: Locale): string {
  let base = pathname || '/';
  if (from !== defaultLocale) {
    const prefix = `/${from}`;
    if (base === prefix) base = '/';
    else if (base.startsWith(`${prefix}/`)) base = base.slice(prefix.length);
  }
  return pathInLocale(to, base, defaultLocale);
}
