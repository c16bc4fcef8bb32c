import type { Metadata } from 'next';
import { siteCalendarAlternate } from '@/lib/calendar/alternates';
import { env } from '@/lib/env';
import { HTML_LANG, LOCALES, type Locale } from '@/lib/i18n/locales';
import { samePageIn } from '@/lib/i18n/switch-path';
import { localePath } from '@/lib/i18n/paths';
import { translator } from '@/lib/i18n/translator';

/** Absolute URL of a site path, from SITE_URL. */
export function absoluteUrl(path: string): string {
  return `${env.siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Open Graph's locale (`og:locale`) of a language. */
export const OG_LOCALE = { en: 'en_US', zh: 'zh_CN' } as const satisfies Record<Locale, string>;

/** The feed links of every page, in the page's language: RSS and the site's calendar (a page with its own calendar replaces the latter). */
function feedAlternate(locale: Locale) {
  const t = translator(locale, 'seo');
  return {
    'application/rss+xml': [{ url: localePath(locale, '/feed.xml'), title: t('feedTitle', { siteName: env.siteName }) }],
    ...siteCalendarAlternate(locale),
  };
}

/** Site-wide metadata shared by the root layouts, in the language of the page's chrome. */
export function siteMetadata(locale: Locale = env.defaultLocale): Metadata {
  const t = translator(locale, 'seo');
  return {
    metadataBase: new URL(env.siteUrl),
    title: { default: env.siteName, template: `%s · ${env.siteName}` },
    description: t('siteDescription'),
    applicationName: env.siteName,
    alternates: { types: feedAlternate(locale) },
    openGraph: { siteName: env.siteName, type: 'website', locale: OG_LOCALE[locale] },
    twitter: { card: 'summary_large_image' },
  };
}

/**
 * Title, description, canonical URL, Open Graph and Twitter tags of one page.
 * `path` is the page's own path in its language (`localePath(locale, '/tags')`);
 * `locale` the language of the page (its `og:locale` and feed link).
 */
/**
 * `inEveryLanguage`: the page exists in both languages at the same path
 * (every page under app/(site)/[locale]; not a recap, whose versions have
 * their own slugs), so its head names both with hreflang and the default
 * locale's as x-default.
 */
export function pageMetadata(input: {
  title: string;
  description: string;
  path: string;
  noindex?: boolean;
  locale?: Locale;
  inEveryLanguage?: boolean;
}): Metadata {
  const url = absoluteUrl(input.path);
  const locale = input.locale ?? env.defaultLocale;
  const languages = input.inEveryLanguage ? samePageAlternates(input.path, locale) : undefined;
  return {
    title: input.title,
    description: input.description,
    // Repeat the feed link: a page's `alternates` replaces the layout's.
    alternates: { canonical: url, types: feedAlternate(locale), ...(languages ? { languages } : {}) },
    openGraph: { title: input.title, description: input.description, url, siteName: env.siteName, type: 'website', locale: OG_LOCALE[locale] },
    twitter: { card: 'summary_large_image', title: input.title, description: input.description },
    ...(input.noindex ? { robots: { index: false, follow: false } } : {}),
  };
}

/** hreflang alternates of a page that exists in every language: `{ en, 'zh-CN', 'x-default' }`, absolute. */
export function samePageAlternates(path: string, locale: Locale): Record<string, string> {
  const at = (to: Locale) => absoluteUrl(samePageIn(path, locale, to, env.defaultLocale));
  return { ...Object.fromEntries(LOCALES.map((to) => [HTML_LANG[to], at(to)])), 'x-default': at(env.defaultLocale) };
}
