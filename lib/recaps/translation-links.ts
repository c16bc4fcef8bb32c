import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import { absoluteUrl } from '@/lib/seo';

// The links between the published versions of one event: the page head's
// hreflang alternates, the sitemap's xhtml:link and the language switcher.
// Every version has its own slug, so a recap's URL never carries a locale.

interface Version {
  slug: string;
  locale: Locale;
}

export function recapPath(slug: string): string {
  return `/recaps/${encodeURIComponent(slug)}`;
}

/**
 * hreflang → absolute URL for a recap and its published `translations`:
 * each version under its language, and `x-default` on the version in the
 * default locale when it is published, else on the recap itself. Null when
 * there is no published translation (a page alone needs no alternates). Pure.
 */
export function recapAlternates(recap: Version, translations: Version[], defaultLocale: Locale): Record<string, string> | null {
  if (translations.length === 0) return null;
  const languages: Record<string, string> = {};
  // The recap's own language first: a second version in that language (refused by content:check) never replaces it.
  for (const v of [recap, ...translations]) languages[HTML_LANG[v.locale]] ??= absoluteUrl(recapPath(v.slug));
  const fallback = [recap, ...translations].find((v) => v.locale === defaultLocale) ?? recap;
  languages['x-default'] = absoluteUrl(recapPath(fallback.slug));
  return languages;
}

/** Where the language switcher of a recap page goes: its published version in the other language, or null when there is none. */
export function translationHref(recap: Version, translations: Version[]): string | null {
  const other = translations.find((t) => t.locale !== recap.locale);
  return other ? recapPath(other.slug) : null;
}
