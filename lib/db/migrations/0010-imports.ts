import type { Kysely, Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Imports (issue 13): which draft each imported post became, so that running
 * the importer again updates the same draft instead of adding another.
 * - `source_path`: the post's path relative to what was imported (key);
 *   `content_hash`: SHA-256 of the source text, which also finds a post that
 *   moved to another path.
 * - `imported_version`: the draft's version the importer last wrote; a draft
 *   at any other version was edited since, and is never overwritten.
 * - `report`: the post's import report (JSON), for the review of imported drafts.
 * The draft goes with its row: deleting the recap deletes the record.
 * Runs in the migrator's one transaction, like the others (lib/db/migrate.ts).
 */
export const imports: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('imports')
      .addColumn('source_path', 'text', (c) => c.primaryKey())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('recap_id', 'integer', (c) => c.notNull().references('recaps.id').onDelete('cascade'))
      .addColumn('imported_version', 'integer', (c) => c.notNull())
      .addColumn('report', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('imports_content_hash').on('imports').column('content_hash').execute();
    await db.schema.createIndex('imports_recap').on('imports').column('recap_id').execute();
  },

  async down(db: Kysely<any>) {
    await db.schema.dropTable('imports').execute();
  },
};
