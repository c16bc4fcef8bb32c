import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Events (issue 12): a recap is also the event it is about, from its
 * announcement on (lib/events/event-facts.ts).
 * - `public_recaps.event`: the EventFacts as JSON (zone, instants, status,
 *   place, registration, series); null on rows written before this migration,
 *   which read it from their date and city until they are written again.
 * - `starts_at`, `ends_at`: UTC ISO instants, so that "upcoming" (ends after
 *   now) and calendar feeds are indexed range reads in either language, led by
 *   the listing flag like every other listing (0006-translations).
 * - `series_key`: the series page and its feed, by start.
 * - `event_calendar`: what a calendar subscriber already holds of each event
 *   (by translation key, so both language versions are one calendar event):
 *   its UID, fixed at first sight and never changed, the SEQUENCE, moved by
 *   every change of time, place or status (the fingerprint of those), when it
 *   last changed, and the speakers a talk was announced with before another
 *   spoke. Not derived data: a rebuilt read model must not renumber it.
 * Runs in the migrator's one transaction, like the others (lib/db/migrate.ts).
 */
export const events: Migration = {
  async up(db: Kysely<any>) {
    for (const column of ['event', 'starts_at', 'ends_at', 'series_key']) {
      await db.schema.alterTable('public_recaps').addColumn(column, 'text').execute();
    }
    // Rows from before: their day in UTC, until their next write (READ_MODEL_VERSION rewrites every file at start).
    await sql`update public_recaps set starts_at = date || 'T00:00:00Z', ends_at = date || 'T23:59:59Z'`.execute(db);
    for (const locale of ['en', 'zh']) {
      const flag = `listed_${locale}`;
      await db.schema.createIndex(`public_recaps_${flag}_ends`).on('public_recaps').columns([flag, 'ends_at', 'slug']).execute();
      await db.schema.createIndex(`public_recaps_${flag}_series`).on('public_recaps').columns([flag, 'series_key', 'starts_at', 'slug']).execute();
    }
    await db.schema
      .createTable('event_calendar')
      .addColumn('event_key', 'text', (c) => c.primaryKey())
      .addColumn('uid', 'text', (c) => c.notNull().unique())
      .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('changed_at', 'text', (c) => c.notNull())
      .addColumn('speaker_changes', 'text', (c) => c.notNull().defaultTo('[]'))
      .execute();
  },

  async down(db: Kysely<any>) {
    await db.schema.dropTable('event_calendar').execute();
    for (const locale of ['en', 'zh']) {
      await db.schema.dropIndex(`public_recaps_listed_${locale}_series`).execute();
      await db.schema.dropIndex(`public_recaps_listed_${locale}_ends`).execute();
    }
    for (const column of ['series_key', 'ends_at', 'starts_at', 'event']) {
      await db.schema.alterTable('public_recaps').dropColumn(column).execute();
    }
  },
};
