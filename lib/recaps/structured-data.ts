import { absoluteUrl } from '@/lib/seo';
import { HTML_LANG } from '@/lib/i18n/locales';
import type { RecapSummary } from './types';

/**
 * schema.org Event (one subEvent per talk) and BlogPosting for a recap page.
 * `translations`: the event's other versions published now. The page stays
 * about one Event, in its own language: the Event names the other pages'
 * Event as the same thing (`sameAs`), the BlogPosting names theirs as its
 * translations (`workTranslation`, a CreativeWork property; Event has none).
 */
export function recapStructuredData(recap: RecapSummary, translations: Pick<RecapSummary, 'slug' | 'locale'>[] = []) {
  const url = absoluteUrl(`/recaps/${recap.slug}`);
  const others = translations.map((t) => ({ url: absoluteUrl(`/recaps/${t.slug}`), inLanguage: HTML_LANG[t.locale] }));
  const image = absoluteUrl(`/recaps/${recap.slug}/opengraph-image`);
  const place = {
    '@type': 'Place',
    '@id': `${url}#place`,
    name: recap.venue ?? recap.city,
    address: { '@type': 'PostalAddress', addressLocality: recap.city },
  };
  const event = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${url}#event`,
    name: recap.title,
    description: recap.description,
    startDate: recap.date,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: place,
    organizer: { '@type': 'Organization', name: recap.community },
    image,
    url,
    inLanguage: HTML_LANG[recap.locale],
    ...(others.length ? { sameAs: others.map((o) => `${o.url}#event`) } : {}),
    // A talk takes place where and when the event does: it refers to the event's
    // place by @id rather than repeating it (the page is served faster under 64 KB).
    subEvent: recap.talks.map((talk) => ({
      '@type': 'Event',
      name: talk.title,
      url: `${url}#${encodeURIComponent(talk.id)}`,
      startDate: recap.date,
      location: { '@id': `${url}#place` },
      performer: talk.speakers.map((s) => ({
        '@type': 'Person',
        name: s.name,
        ...(s.role ? { jobTitle: s.role } : {}),
        ...(s.affiliation ? { affiliation: { '@type': 'Organization', name: s.affiliation } } : {}),
        url: absoluteUrl(`/speakers/${encodeURIComponent(s.slug)}`),
      })),
    })),
  };
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: recap.title,
    description: recap.description,
    datePublished: recap.published,
    dateModified: recap.lastModified,
    author: { '@type': 'Person', name: recap.author },
    image,
    url,
    mainEntityOfPage: url,
    about: { '@id': `${url}#event` },
    inLanguage: HTML_LANG[recap.locale],
    ...(others.length ? { workTranslation: others.map((o) => ({ '@type': 'BlogPosting', url: o.url, inLanguage: o.inLanguage })) } : {}),
  };
  return [event, posting];
}
