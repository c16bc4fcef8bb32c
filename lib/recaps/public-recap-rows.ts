import { createHash } from 'node:crypto';
import { eventFactsOf, eventFingerprint, type EventFacts } from '@/lib/events/event-facts';
import { siteTimeZone } from '@/lib/events/site-time-zone';
import type { TalkInfo } from '@/lib/mdx/talks';
import type { PublicRecapRow } from '@/lib/sql/read-model';
import type { PublicRecapWrite } from '@/lib/sql/read-model-write';
import { nameKey } from '@/lib/speakers/name-key';
import { romanKey } from '@/lib/speakers/roman-key';
import { ownSpeakerSlug, resolveSpeakers, type SpeakerSlugOf } from '@/lib/speakers/resolve';
import type { Locale } from './schema';
import { tagSlug } from './slug';
import { speakerSlug } from './speakers';
import type { Recap, RecapSummary } from './types';

// No server-only: the bench generates read-model rows under plain tsx.

/** Bump when what the read model stores of a recap changes: every file recap is then written again at start. */
// 4: every written recap gets its event's calendar record (lib/sql/event-calendar.ts).
export const READ_MODEL_VERSION = 4;

export interface RecapOrigin {
  /** The database recap's id and live version; omitted for a git-managed file. */
  recapId?: number;
  liveVersion?: number;
  /** What the rows were built from (the file's text, the live text); a hash of the recap itself by default. */
  contentHash?: string;
  /** The speaker page of each name (lib/speakers/resolve.ts); each name its own page by default. */
  speakerSlugOf?: SpeakerSlugOf;
}

/** A hash of `parts` that names what a read-model row was built from. */
export function contentHash(...parts: unknown[]): string {
  return (
    createHash('sha256')
      // The site's zone too: an event without its own zone is read in it.
      .update(JSON.stringify([READ_MODEL_VERSION, siteTimeZone(), ...parts]))
      .digest('hex')
      .slice(0, 32)
  );
}

/**
 * One public recap as read-model rows (lib/sql/read-model-write.ts): its
 * summary, its compiled body, one row per tag and per speaker of each talk.
 * Each speaker's slug is their person's page (in the rows and in `talks`).
 * Pure. A tag written twice (or two tags with one URL) counts once.
 */
export function publicRecapRows(recap: Recap, origin: RecapOrigin = {}): PublicRecapWrite {
  const hash = origin.contentHash ?? contentHash(recap);
  const slugOf = origin.speakerSlugOf ?? ownSpeakerSlug;
  const talks = recap.talks.map((talk) => ({ ...talk, speakers: resolveSpeakers(talk.speakers, slugOf) }));
  const tags = new Map<string, string>();
  for (const tag of recap.tags) if (!tags.has(tagSlug(tag))) tags.set(tagSlug(tag), tag);
  return {
    recap: {
      slug: recap.slug,
      source: recap.source,
      recap_id: origin.recapId ?? null,
      live_version: origin.liveVersion ?? null,
      title: recap.title,
      date: recap.date,
      year: recap.date.slice(0, 4),
      city: recap.city,
      city_key: recap.city.toLowerCase(),
      venue: recap.venue ?? null,
      cover: recap.cover ?? null,
      description: recap.description,
      community: recap.community,
      locale: recap.locale,
      author: recap.author,
      published: recap.published,
      updated: recap.updated ?? null,
      sample: recap.sample ? 1 : 0,
      tags: JSON.stringify(recap.tags),
      talks: JSON.stringify(talks),
      last_modified: recap.lastModified,
      content_hash: hash,
      // A recap without a key is its own event: its slug is its key (lib/db/migrations/0006-translations.ts).
      translation_key: recap.translationKey ?? recap.slug,
      event: JSON.stringify(recap.event),
      starts_at: recap.event.startsAt,
      ends_at: recap.event.endsAt,
      series_key: recap.event.series?.key ?? null,
    },
    body: { slug: recap.slug, content_hash: hash, body: JSON.stringify({ tree: recap.tree, hast: recap.hast }) },
    tags: [...tags].map(([slug, label]) => ({ recap_slug: recap.slug, tag_slug: slug, label, date: recap.date })),
    speakers: talkSpeakerRows(recap.slug, recap.date, talks),
    fingerprint: eventFingerprint(recap.event),
  };
}

/** The `public_talk_speakers` rows of a recap's talks, whose speaker slugs are already resolved. Pure. */
export function talkSpeakerRows(slug: string, date: string, talks: TalkInfo[]): PublicRecapWrite['speakers'] {
  return talks.flatMap((talk, talkOrd) =>
    talk.speakers.map((speaker, speakerOrd) => ({
      recap_slug: slug,
      talk_ord: talkOrd,
      speaker_ord: speakerOrd,
      talk_id: talk.id,
      speaker_slug: speaker.slug,
      name: speaker.name,
      role: speaker.role ?? null,
      affiliation: speaker.affiliation ?? null,
      date,
      name_key: nameKey(speaker.name),
      name_slug: speakerSlug(speaker.name),
      roman_key: romanKey(speaker.name),
    })),
  );
}

/** A read-model summary row as the public summary pages show. Pure. */
export function toRecapSummary(row: PublicRecapRow): RecapSummary {
  return {
    title: row.title,
    date: row.date,
    city: row.city,
    ...(row.venue !== null ? { venue: row.venue } : {}),
    community: row.community,
    description: row.description,
    tags: JSON.parse(row.tags) as string[],
    ...(row.cover !== null ? { cover: row.cover } : {}),
    locale: row.locale as Locale,
    published: row.published,
    ...(row.updated !== null ? { updated: row.updated } : {}),
    author: row.author,
    ...(row.sample ? { sample: true } : {}),
    slug: row.slug,
    talks: JSON.parse(row.talks) as TalkInfo[],
    lastModified: row.last_modified,
    source: row.source,
    ...(row.translation_key !== null && row.translation_key !== row.slug ? { translationKey: row.translation_key } : {}),
    event: eventOfRow(row),
  };
}

/** A row's event; a row written before 0009-events has only its date, city and venue: its whole day in the site's zone. */
function eventOfRow(row: PublicRecapRow): EventFacts {
  if (row.event) return JSON.parse(row.event) as EventFacts;
  return eventFactsOf({ date: row.date, city: row.city, ...(row.venue !== null ? { venue: row.venue } : {}) }, siteTimeZone());
}
