// Typed re-exports of locales.mjs (plain JavaScript so that next.config.js can import it).
export { LOCALES, HTML_LANG, isLocale, pathInLocale, prefixedLocales } from './locales.mjs';
export type { Locale } from './locales.mjs';
