import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';

// What each calendar feed is called (X-WR-CALNAME, the head's link title), in
// the feed's language. Apart from ./feed-documents.ts so that lib/seo.ts can
// name the site's feed without importing what imports it.

/** What a feed is of: the site, a series, a city or a speaker (with its name as shown), or one recap. */
export type FeedSubject = { kind: 'site' } | { kind: 'series' | 'city' | 'speaker'; name: string } | { kind: 'recap'; title: string };

/** A feed's name (X-WR-CALNAME) in `locale`. */
export function feedName(subject: FeedSubject, locale: Locale): string {
  const t = translator(locale, 'calendar');
  const siteName = env.siteName;
  switch (subject.kind) {
    case 'site':
      return t('siteFeed', { siteName });
    case 'series':
      return t('seriesFeed', { series: subject.name, siteName });
    case 'city':
      return t('cityFeed', { city: subject.name, siteName });
    case 'speaker':
      return t('speakerFeed', { name: subject.name, siteName });
    case 'recap':
      return subject.title;
  }
}
