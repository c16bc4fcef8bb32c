import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Linked translations: versions of one event in different languages share a
 * translation key (front matter `translationKey` for files, this column for
 * database recaps). A version without a key is its own event, its key being
 * its slug.
 * - `recaps.translation_key`: null until a translation is added (the editor's
 *   *Add translation* sets it on both versions), indexed for the lookup of a
 *   recap's other versions.
 * - `public_recaps.translation_key`: always written (the key, else the slug),
 *   indexed with the locale: a key group is a few rows at most.
 * - `public_recaps.listed_en`/`listed_zh`: 1 on the version a listing in that
 *   language shows (the one in that language when published, else one other
 *   version), so that listings show each event once with an indexed query.
 *   Recomputed for the whole key group by every read-model write
 *   (lib/sql/read-model-write.ts); they start at 1, which is right for rows
 *   without a translation (every existing row).
 * Runs in the migrator's one transaction, like the others (lib/db/migrate.ts).
 */
export const translations: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('recaps').addColumn('translation_key', 'text').execute();
    await db.schema.createIndex('recaps_translation_key').on('recaps').column('translation_key').execute();

    // One ALTER per column: SQLite adds only one at a time.
    await db.schema.alterTable('public_recaps').addColumn('translation_key', 'text').execute();
    for (const flag of ['listed_en', 'listed_zh']) {
      await db.schema
        .alterTable('public_recaps')
        .addColumn(flag, 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
    }
    await sql`update public_recaps set translation_key = slug`.execute(db);
    await db.schema.createIndex('public_recaps_translation').on('public_recaps').columns(['translation_key', 'locale']).execute();
    for (const locale of ['en', 'zh']) {
      const flag = `listed_${locale}`;
      // The listing orders and filters of read-model.ts, each led by the flag of the page's language.
      await db.schema.createIndex(`public_recaps_${flag}_order`).on('public_recaps').columns([flag, 'date desc', 'slug']).execute();
      await db.schema.createIndex(`public_recaps_${flag}_year`).on('public_recaps').columns([flag, 'year', 'date desc', 'slug']).execute();
      await db.schema.createIndex(`public_recaps_${flag}_city`).on('public_recaps').columns([flag, 'city_key', 'date desc', 'slug']).execute();
      await db.schema.createIndex(`public_recaps_${flag}_published`).on('public_recaps').columns([flag, 'published desc', 'slug']).execute();
      // Covers the tag-filtered facet counts, as public_recaps_facets does without a language.
      await db.schema.createIndex(`public_recaps_${flag}_facets`).on('public_recaps').columns(['slug', flag, 'year', 'city_key', 'city']).execute();
    }
  },

  async down(db: Kysely<any>) {
    for (const locale of ['en', 'zh']) {
      for (const suffix of ['order', 'year', 'city', 'published', 'facets']) {
        await db.schema.dropIndex(`public_recaps_listed_${locale}_${suffix}`).execute();
      }
    }
    await db.schema.dropIndex('public_recaps_translation').execute();
    for (const column of ['listed_zh', 'listed_en', 'translation_key']) {
      await db.schema.alterTable('public_recaps').dropColumn(column).execute();
    }
    await db.schema.dropIndex('recaps_translation_key').execute();
    await db.schema.alterTable('recaps').dropColumn('translation_key').execute();
  },
};
