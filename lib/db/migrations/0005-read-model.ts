import type { Kysely } from 'kysely';
import type { Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The public read model (lib/sql/read-model.ts): one row per PUBLIC recap
 * (git-managed files and published database recaps alike, keyed by slug)
 * with what listings need, its compiled body apart, and normalized rows for
 * tags and speakers, so that every public page is a few indexed queries
 * whatever the number of recaps. Kept in step by lib/recaps/after-public-change.ts
 * (database recaps) and lib/recaps/file-recaps-sync.ts (files, at start).
 * - `public_recaps`: summary fields; `tags`/`talks` as JSON; listing order is
 *   (date desc, slug), filters by `year`, `city_key` (lowercased city) or tag.
 * - `public_recap_bodies`: the compiled body (`{ tree, hast }` JSON) by slug,
 *   with the content hash it was compiled from (the in-process LRU key).
 * - `public_recap_tags`, `public_talk_speakers`: one row per tag of a recap,
 *   per speaker of a talk, with the recap's date for tag and speaker pages.
 * - `public_speakers`, `public_tags`: one summary row each (counts, latest
 *   name/role/affiliation, last change), rewritten with every recap they touch.
 * Runs in the migrator's one transaction, like the others (lib/db/migrate.ts).
 * Existing published database recaps are written into it at start
 * (syncDatabaseRecaps), since compiling MDX is not SQL.
 */
export const readModel: Migration = {
  async up(db: Kysely<any>) {
    const notNull = (c: any) => c.notNull();
    await db.schema
      .createTable('public_recaps')
      .addColumn('slug', 'text', (c) => c.primaryKey())
      .addColumn('source', 'text', notNull)
      .addColumn('recap_id', 'integer')
      .addColumn('live_version', 'integer')
      .addColumn('title', 'text', notNull)
      .addColumn('date', 'text', notNull)
      .addColumn('year', 'text', notNull)
      .addColumn('city', 'text', notNull)
      .addColumn('city_key', 'text', notNull)
      .addColumn('venue', 'text')
      .addColumn('cover', 'text')
      .addColumn('description', 'text', notNull)
      .addColumn('community', 'text', notNull)
      .addColumn('locale', 'text', notNull)
      .addColumn('author', 'text', notNull)
      .addColumn('published', 'text', notNull)
      .addColumn('updated', 'text')
      .addColumn('sample', 'integer', notNull)
      .addColumn('tags', 'text', notNull)
      .addColumn('talks', 'text', notNull)
      .addColumn('last_modified', 'text', notNull)
      .addColumn('content_hash', 'text', notNull)
      .execute();
    await db.schema.createIndex('public_recaps_order').on('public_recaps').columns(['date desc', 'slug']).execute();
    await db.schema.createIndex('public_recaps_year').on('public_recaps').columns(['year', 'date desc', 'slug']).execute();
    await db.schema.createIndex('public_recaps_city').on('public_recaps').columns(['city_key', 'date desc', 'slug']).execute();
    await db.schema.createIndex('public_recaps_published').on('public_recaps').columns(['published desc', 'slug']).execute();
    // Covers the tag-filtered facet counts (lib/sql/read-model.ts countByYearAndCity): the join from a tag's rows reads this, not the wide rows.
    await db.schema.createIndex('public_recaps_facets').on('public_recaps').columns(['slug', 'year', 'city_key', 'city']).execute();
    await db.schema.createIndex('public_recaps_recap_id').on('public_recaps').column('recap_id').execute();

    await db.schema
      .createTable('public_recap_bodies')
      .addColumn('slug', 'text', (c) => c.primaryKey())
      .addColumn('content_hash', 'text', notNull)
      .addColumn('body', 'text', notNull)
      .execute();

    await db.schema
      .createTable('public_recap_tags')
      .addColumn('recap_slug', 'text', notNull)
      .addColumn('tag_slug', 'text', notNull)
      .addColumn('label', 'text', notNull)
      .addColumn('date', 'text', notNull)
      .addPrimaryKeyConstraint('public_recap_tags_pk', ['tag_slug', 'recap_slug'])
      .execute();
    await db.schema.createIndex('public_recap_tags_order').on('public_recap_tags').columns(['tag_slug', 'date desc', 'recap_slug']).execute();
    await db.schema.createIndex('public_recap_tags_recap').on('public_recap_tags').column('recap_slug').execute();

    await db.schema
      .createTable('public_talk_speakers')
      .addColumn('recap_slug', 'text', notNull)
      .addColumn('talk_ord', 'integer', notNull)
      .addColumn('speaker_ord', 'integer', notNull)
      .addColumn('talk_id', 'text', notNull)
      .addColumn('speaker_slug', 'text', notNull)
      .addColumn('name', 'text', notNull)
      .addColumn('role', 'text')
      .addColumn('affiliation', 'text')
      .addColumn('date', 'text', notNull)
      .addPrimaryKeyConstraint('public_talk_speakers_pk', ['recap_slug', 'talk_ord', 'speaker_ord'])
      .execute();
    await db.schema
      .createIndex('public_talk_speakers_order')
      .on('public_talk_speakers')
      // The speaker page's whole ORDER BY (lib/sql/read-model.ts speakerTalksQuery): one column short, PostgreSQL sorts every talk of the speaker before the LIMIT.
      .columns(['speaker_slug', 'date desc', 'recap_slug', 'talk_ord', 'speaker_ord'])
      .execute();

    await db.schema
      .createTable('public_speakers')
      .addColumn('slug', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', notNull)
      .addColumn('role', 'text')
      .addColumn('affiliation', 'text')
      .addColumn('talk_count', 'integer', notNull)
      .addColumn('recap_count', 'integer', notNull)
      .addColumn('last_modified', 'text', notNull)
      .execute();
    await db.schema.createIndex('public_speakers_name').on('public_speakers').columns(['name', 'slug']).execute();
    await db.schema.createIndex('public_speakers_talks').on('public_speakers').columns(['talk_count desc', 'name', 'slug']).execute();

    await db.schema
      .createTable('public_tags')
      .addColumn('slug', 'text', (c) => c.primaryKey())
      .addColumn('label', 'text', notNull)
      .addColumn('recap_count', 'integer', notNull)
      .addColumn('last_modified', 'text', notNull)
      .execute();
    await db.schema.createIndex('public_tags_count').on('public_tags').columns(['recap_count desc', 'label', 'slug']).execute();
  },

  async down(db: Kysely<any>) {
    for (const table of ['public_tags', 'public_speakers', 'public_talk_speakers', 'public_recap_tags', 'public_recap_bodies', 'public_recaps']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
