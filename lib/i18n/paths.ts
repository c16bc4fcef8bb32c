import { env } from '@/lib/env';
import { pathInLocale, type Locale } from './locales';

/**
 * The public path of `path` (`/recaps`, `/speakers/x`) in `locale`: unprefixed
 * in the default locale, `/<locale>/…` in the other. Recap pages are the
 * exception: each language version has its own slug, so `/recaps/<slug>` is
 * one URL whatever its language (never pass a recap path here).
 */
export function localePath(locale: Locale, path: string): string {
  return pathInLocale(locale, path, env.defaultLocale);
}

/** The other language of a bilingual site. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh' : 'en';
}
