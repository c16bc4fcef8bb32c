import type { Kysely } from 'kysely';
import type { Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The speaker registry (lib/speakers): one person, names in several scripts.
 * - `speakers`: one row per person, keyed by the speaker page slug;
 *   `source` 'file' (loaded from content/speakers.yml, read-only in the
 *   admin) or 'db' (made in the admin); links; a version for the editor.
 * - `speaker_names`: every name a person answers to, keyed by its normalised
 *   form (lib/speakers/name-key.ts), so one name belongs to one person; `kind`
 *   is the display name of a language ('en', 'zh') or 'alias'. A database
 *   alias may belong to a file person (a name linked in the admin).
 *   `roman_key` (lib/speakers/roman-key.ts) finds a Chinese name's
 *   romanizations and back, for the editor's alias suggestions.
 * - `speaker_redirects`: old speaker page slugs (merged away) and the page
 *   they now lead to, answered with a permanent redirect.
 * - `speaker_registry_file`: the hash of the last good speakers.yml loaded.
 * - `public_talk_speakers` gains `name_key` (which rows a registry change
 *   touches), `name_slug` (the page the name had on its own: it now
 *   redirects to the person) and `roman_key` (suggestions);
 *   `public_speakers` the person's display names.
 * Runs in the migrator's one transaction, like the others (lib/db/migrate.ts).
 */
export const speakerRegistry: Migration = {
  async up(db: Kysely<any>) {
    const notNull = (c: any) => c.notNull();
    await db.schema
      .createTable('speakers')
      .addColumn('slug', 'text', (c) => c.primaryKey())
      .addColumn('source', 'text', notNull)
      .addColumn('homepage', 'text')
      .addColumn('github', 'text')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('updated_at', 'text', notNull)
      .execute();
    await db.schema
      .createTable('speaker_names')
      .addColumn('name_key', 'text', (c) => c.primaryKey())
      .addColumn('person_slug', 'text', notNull)
      .addColumn('name', 'text', notNull)
      .addColumn('kind', 'text', notNull)
      .addColumn('source', 'text', notNull)
      .addColumn('roman_key', 'text')
      .execute();
    await db.schema.createIndex('speaker_names_person').on('speaker_names').columns(['person_slug', 'kind']).execute();
    await db.schema.createIndex('speaker_names_roman').on('speaker_names').column('roman_key').execute();
    await db.schema
      .createTable('speaker_redirects')
      .addColumn('from_slug', 'text', (c) => c.primaryKey())
      .addColumn('to_slug', 'text', notNull)
      .addColumn('created_at', 'text', notNull)
      .execute();
    await db.schema.createIndex('speaker_redirects_to').on('speaker_redirects').column('to_slug').execute();
    await db.schema
      .createTable('speaker_registry_file')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('content_hash', 'text', notNull)
      .execute();
    // One ALTER per column: SQLite adds only one at a time. Null until the first registry load rewrites the rows.
    await db.schema.alterTable('public_talk_speakers').addColumn('name_key', 'text').execute();
    await db.schema.alterTable('public_talk_speakers').addColumn('name_slug', 'text').execute();
    await db.schema.alterTable('public_talk_speakers').addColumn('roman_key', 'text').execute();
    await db.schema.createIndex('public_talk_speakers_roman').on('public_talk_speakers').column('roman_key').execute();
    await db.schema.createIndex('public_talk_speakers_name_key').on('public_talk_speakers').column('name_key').execute();
    await db.schema.createIndex('public_talk_speakers_name_slug').on('public_talk_speakers').column('name_slug').execute();
    await db.schema.alterTable('public_speakers').addColumn('name_en', 'text').execute();
    await db.schema.alterTable('public_speakers').addColumn('name_zh', 'text').execute();
  },

  async down(db: Kysely<any>) {
    for (const column of ['name_zh', 'name_en']) await db.schema.alterTable('public_speakers').dropColumn(column).execute();
    await db.schema.dropIndex('public_talk_speakers_roman').execute();
    await db.schema.dropIndex('public_talk_speakers_name_slug').execute();
    await db.schema.dropIndex('public_talk_speakers_name_key').execute();
    for (const column of ['roman_key', 'name_slug', 'name_key']) await db.schema.alterTable('public_talk_speakers').dropColumn(column).execute();
    for (const table of ['speaker_registry_file', 'speaker_redirects', 'speaker_names', 'speakers']) await db.schema.dropTable(table).execute();
  },
};
