import { absoluteUrl } from '@/lib/seo';
import type { RecapSummary } from './types';

/** schema.org Event (one subEvent per talk) and BlogPosting for a recap page. */
export function recapStructuredData(recap: RecapSummary) {
  const url = absoluteUrl(`/recaps/${recap.slug}`);
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
    inLanguage: recap.locale === 'zh' ? 'zh-CN' : 'en',
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
    inLanguage: recap.locale === 'zh' ? 'zh-CN' : 'en',
  };
  return [event, posting];
}
