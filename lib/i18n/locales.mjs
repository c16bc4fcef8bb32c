// @ts-check
// Plain JavaScript: next.config.js builds its rewrites and redirects from it,
// and app code reads the same values (lib/i18n/locales.ts re-exports them).

/** The languages of the interface and of recaps. */
export const LOCALES = /** @type {const} */ (['en', 'zh']);

/** @typedef {(typeof LOCALES)[number]} Locale */

/** The `lang` attribute (BCP 47) of each locale: recaps are written in Simplified Chinese. */
export const HTML_LANG = /** @type {const} */ ({ en: 'en', zh: 'zh-CN' });

/** @returns {value is Locale} */
export function isLocale(/** @type {unknown} */ value) {
  return typeof value === 'string' && /** @type {readonly string[]} */ (LOCALES).includes(value);
}

/**
 * DEFAULT_LOCALE: the language served without a prefix (`/recaps`); the other
 * is under its code (`/zh/recaps`). Read when the app is built, because the
 * rewrites in next.config.js are fixed then; `npm start` must run with the
 * same value (lib/startup-checks.ts compares them).
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Locale}
 */
export function defaultLocaleSetting(env = process.env) {
  const value = env.DEFAULT_LOCALE?.trim();
  return isLocale(value) ? value : 'en';
}

/** The locales that are not the default, each served under `/<code>`. */
export function prefixedLocales(/** @type {Locale} */ defaultLocale) {
  return LOCALES.filter((locale) => locale !== defaultLocale);
}

/**
 * A public path in a locale: `/recaps` in the default locale, `/zh/recaps` in the other.
 * @param {Locale} locale
 * @param {string} path  starts with `/`
 * @param {Locale} defaultLocale
 */
export function pathInLocale(locale, path, defaultLocale) {
  if (locale === defaultLocale) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}
