import { absoluteUrl } from '@/lib/seo';
import { HTML_LANG } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { now as siteNow } from '@/lib/events/clock';
import { eventPhase, eventStage, type EventFacts } from '@/lib/events/event-facts';
import { isoWithOffset, zonedInstant } from '@/lib/events/zoned-time';
import { videoEmbed } from '@/lib/mdx/safe-url';
import type { EventStatus } from './schema';
import type { RecapSummary } from './types';

// schema.org for a recap page, which is an event's page for its whole life:
// the Event as Google's event results read it (times with their offset,
// place, status, attendance, registration), and once the recap is written the
// BlogPosting about it and a VideoObject per talk with a video. Pure but for
// the default `now` (lib/events/clock.ts).

const STATUS: Record<EventStatus, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  'moved-online': 'https://schema.org/EventMovedOnline',
};

const ATTENDANCE: Record<EventFacts['attendance'], string> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
};

// The events are free (price 0), so the currency only has to be a valid ISO
// 4217 code Google accepts; the one of the event's zone where it is plain, else USD.
const CURRENCY_BY_ZONE: Record<string, string> = {
  'Asia/Shanghai': 'CNY',
  'Asia/Chongqing': 'CNY',
  'Asia/Urumqi': 'CNY',
  'Asia/Hong_Kong': 'HKD',
  'Asia/Taipei': 'TWD',
  'Asia/Tokyo': 'JPY',
  'Asia/Singapore': 'SGD',
  'Europe/Berlin': 'EUR',
  'Europe/Paris': 'EUR',
  'Europe/Amsterdam': 'EUR',
  'Europe/London': 'GBP',
};

/** The event's start and end as schema.org dates: local time with its offset, or dates alone for an all-day event. */
export function eventDates(event: EventFacts): { startDate: string; endDate: string } {
  if (event.allDay) return { startDate: event.date, endDate: event.endDate };
  return { startDate: isoWithOffset(event.startsAt, event.timeZone), endDate: isoWithOffset(event.endsAt, event.timeZone) };
}

/** A rescheduled event's previous start: with its time when it had one (a previous start at midnight is read as a whole day). */
function previousStartDate(event: EventFacts): string | undefined {
  if (!event.previousStartsAt || !event.previousDate) return undefined;
  const local = isoWithOffset(event.previousStartsAt, event.timeZone);
  return event.allDay || local.slice(11, 19) === '00:00:00' ? event.previousDate : local;
}

/** A talk's start: its agenda time on the event's first day, else the event's start. */
function talkStart(event: EventFacts, start: string | undefined, fallback: string): string {
  if (!start) return fallback;
  const found = zonedInstant(event.date, start, event.timeZone);
  return found.ok ? isoWithOffset(found.instant, event.timeZone) : fallback;
}

/** An image as an absolute URL (covers may be site paths). */
const absoluteImage = (src: string) => (/^https?:\/\//i.test(src) ? src : absoluteUrl(src));

/** What a VideoObject can say of a talk's video link: the player to embed and its thumbnail, when the provider is known. */
function videoFacts(src: string): { embedUrl?: string; thumbnailUrl?: string; contentUrl?: string } {
  const embed = videoEmbed(src);
  if (!embed) return { contentUrl: src };
  const player = new URL(embed.embedUrl);
  player.searchParams.delete('autoplay');
  const id = embed.provider === 'youtube' ? player.pathname.split('/').pop() : undefined;
  // YouTube serves a thumbnail at a URL made of the id; Bilibili's needs its API, so the page's image stands in.
  return { embedUrl: player.toString(), ...(id ? { thumbnailUrl: `https://i.ytimg.com/vi/${id}/hqdefault.jpg` } : {}) };
}

/**
 * schema.org Event (one subEvent per talk), and once the recap is written a
 * BlogPosting and a VideoObject per talk with a video.
 * `translations`: the event's other versions published now. The page stays
 * about one Event, in its own language: the Event names the other pages'
 * Event as the same thing (`sameAs`), the BlogPosting names theirs as its
 * translations (`workTranslation`, a CreativeWork property; Event has none).
 * `now` decides what is still to come: registration (`offers`) only before
 * the event ends, the posting only for a recap (not an announcement).
 */
export function recapStructuredData(recap: RecapSummary, translations: Pick<RecapSummary, 'slug' | 'locale'>[] = [], now: Date = siteNow()) {
  const { event: facts } = recap;
  const url = absoluteUrl(`/recaps/${recap.slug}`);
  const others = translations.map((t) => ({ url: absoluteUrl(`/recaps/${t.slug}`), inLanguage: HTML_LANG[t.locale] }));
  const ogImage = absoluteUrl(`/recaps/${recap.slug}/opengraph-image`);
  const image = recap.cover ? [absoluteImage(recap.cover), ogImage] : ogImage;
  const inLanguage = HTML_LANG[recap.locale];
  const { startDate, endDate } = eventDates(facts);
  const previous = facts.status === 'rescheduled' ? previousStartDate(facts) : undefined;

  const place = {
    '@type': 'Place',
    '@id': `${url}#place`,
    name: facts.venue ?? facts.city,
    address: { '@type': 'PostalAddress', ...(facts.address ? { streetAddress: facts.address } : {}), addressLocality: facts.city },
  };
  // An online event whose link is missing (a row from before the rule) points at its page, where people learn how to join.
  const virtual = { '@type': 'VirtualLocation', '@id': `${url}#online`, url: facts.onlineUrl ?? url };
  const locations = facts.attendance === 'online' ? [virtual] : facts.attendance === 'mixed' ? [place, virtual] : [place];
  const location = locations.length === 1 ? locations[0] : locations;
  const locationRef = locations.length === 1 ? { '@id': locations[0]['@id'] } : locations.map((l) => ({ '@id': l['@id'] }));

  const person = (s: RecapSummary['talks'][number]['speakers'][number]) => ({
    '@type': 'Person',
    name: s.name,
    ...(s.role ? { jobTitle: s.role } : {}),
    ...(s.affiliation ? { affiliation: { '@type': 'Organization', name: s.affiliation } } : {}),
    url: absoluteUrl(`/speakers/${encodeURIComponent(s.slug)}`),
  });
  const performers = new Map<string, ReturnType<typeof person>>();
  for (const talk of recap.talks) for (const s of talk.speakers) if (!performers.has(s.slug)) performers.set(s.slug, person(s));

  const stillToCome = eventPhase(facts, now) !== 'ended';
  const offers =
    facts.registration && stillToCome && facts.status !== 'cancelled'
      ? {
          '@type': 'Offer',
          url: facts.registration,
          price: 0,
          priceCurrency: CURRENCY_BY_ZONE[facts.timeZone] ?? 'USD',
          availability: 'https://schema.org/InStock',
          // When the event was announced: registration is open from then, as far as the page knows.
          validFrom: recap.published,
        }
      : undefined;

  const event = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `${url}#event`,
    name: recap.title,
    description: recap.description,
    // A cancelled or postponed event keeps the date it had: Google shows it as cancelled or postponed on that date.
    startDate,
    endDate,
    ...(previous ? { previousStartDate: previous } : {}),
    eventAttendanceMode: ATTENDANCE[facts.attendance],
    eventStatus: STATUS[facts.status],
    location,
    // The community has no site of its own here: the portal's home in the page's language is where it publishes.
    organizer: { '@type': 'Organization', name: recap.community, url: absoluteUrl(localePath(recap.locale, '/')) },
    ...(performers.size ? { performer: [...performers.values()] } : {}),
    ...(offers ? { offers } : {}),
    image,
    url,
    inLanguage,
    ...(facts.series
      ? {
          superEvent: {
            '@type': 'EventSeries',
            name: facts.series.name,
            url: absoluteUrl(localePath(recap.locale, `/series/${encodeURIComponent(facts.series.key)}`)),
          },
        }
      : {}),
    ...(others.length ? { sameAs: others.map((o) => `${o.url}#event`) } : {}),
    // A talk takes place where the event does: it refers to the event's
    // place by @id rather than repeating it (the page is served faster under 64 KB).
    subEvent: recap.talks.map((talk) => ({
      '@type': 'Event',
      name: talk.title,
      url: `${url}#${encodeURIComponent(talk.id)}`,
      startDate: talkStart(facts, talk.start, startDate),
      location: locationRef,
      performer: talk.speakers.map(person),
    })),
  };
  // An announcement (before or after its date) has no post yet: only the event.
  if (eventStage(facts, now) !== 'recap') return [event];

  const posting = {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: recap.title,
    description: recap.description,
    datePublished: recap.published,
    dateModified: recap.lastModified,
    author: { '@type': 'Person', name: recap.author },
    image: ogImage,
    url,
    mainEntityOfPage: url,
    about: { '@id': `${url}#event` },
    inLanguage,
    ...(others.length ? { workTranslation: others.map((o) => ({ '@type': 'BlogPosting', url: o.url, inLanguage: o.inLanguage })) } : {}),
  };
  const videos = recap.talks.flatMap((talk) => {
    if (!talk.video) return [];
    const { thumbnailUrl, ...where } = videoFacts(talk.video);
    return [
      {
        '@context': 'https://schema.org',
        '@type': 'VideoObject',
        name: talk.title,
        description: talk.summary || recap.description,
        thumbnailUrl: thumbnailUrl ?? (recap.cover ? absoluteImage(recap.cover) : ogImage),
        // The page does not know when the video went up; the recap that carries it was published then.
        uploadDate: recap.published,
        ...where,
        inLanguage,
        about: { '@id': `${url}#event` },
      },
    ];
  });
  return [event, posting, ...videos];
}
