import { sql, type Kysely, type Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Imports (issue 13), two changes.
 *
 * 1. Import records keyed by site: two sites whose posts share a path
 * (`content/posts/meetup.md`) are two posts, not one. Table `imports` gets a
 * `site` column, the site's identity (lib/import/site-identity.ts: its
 * address from the config, else its title, else its folder's or archive's
 * name), and its key becomes `(site, source_path)`.
 *
 * SQLite cannot change a primary key, so the table is rebuilt (on both
 * dialects, one code path): a new table, every row copied, the old one
 * dropped (its indexes with it; nothing references it), the new one renamed
 * and the indexes made again.
 *
 * Rows recorded before this migration keep their drafts and get the site
 * `''`: which site they came from was never stored. The importer treats such
 * a row as belonging to whichever site next imports that path
 * (`findImportRecord` looks for the site's own row, then for a `''` one) and
 * moves it to that site when it writes (`saveImportRecord`). So re-importing
 * the site imported before upgrading updates its drafts as it did; only a
 * second, different site with the same path, which collided before anyway,
 * needs this migration to be told apart from then on.
 *
 * 2. Table `import_jobs`: an upload runs as a job (lib/import/jobs.ts), so
 *    that the organizer's browser does not wait for hundreds of posts. One
 *    row per upload: who, the archive's name, `running`/`done`/`failed`,
 *    how many posts are converted of how many, and the reports (JSON) or the
 *    error. `id` is random text (no dialect's serial), unguessable in URLs.
 *    Each organizer keeps their last jobs only (lib/sql/import-jobs.ts).
 * Runs in the migrator's one transaction, like the others (lib/db/migrate.ts).
 */
export const importSitesAndJobs: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('imports_by_site')
      .addColumn('site', 'text', (c) => c.notNull())
      .addColumn('source_path', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('recap_id', 'integer', (c) => c.notNull().references('recaps.id').onDelete('cascade'))
      .addColumn('imported_version', 'integer', (c) => c.notNull())
      .addColumn('report', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('imports_site_path', ['site', 'source_path'])
      .execute();
    await db
      .insertInto('imports_by_site')
      .columns(['site', 'source_path', 'content_hash', 'recap_id', 'imported_version', 'report', 'created_at', 'updated_at'])
      .expression((eb: any) =>
        eb
          .selectFrom('imports')
          .select([sql.lit('').as('site'), 'source_path', 'content_hash', 'recap_id', 'imported_version', 'report', 'created_at', 'updated_at']),
      )
      .execute();
    await db.schema.dropTable('imports').execute();
    await db.schema.alterTable('imports_by_site').renameTo('imports').execute();
    await db.schema.createIndex('imports_content_hash').on('imports').columns(['site', 'content_hash']).execute();
    await db.schema.createIndex('imports_recap').on('imports').column('recap_id').execute();

    await db.schema
      .createTable('import_jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('posts_done', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('posts_total', 'integer')
      .addColumn('result', 'text')
      .addColumn('error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('import_jobs_by_user').on('import_jobs').columns(['created_by', 'created_at']).execute();
  },

  async down(db: Kysely<any>) {
    await db.schema.dropTable('import_jobs').execute();
    // Back to one row per path: where two sites share one, the most recent import keeps it.
    await db.schema
      .createTable('imports_by_path')
      .addColumn('source_path', 'text', (c) => c.primaryKey())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('recap_id', 'integer', (c) => c.notNull().references('recaps.id').onDelete('cascade'))
      .addColumn('imported_version', 'integer', (c) => c.notNull())
      .addColumn('report', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    const rows = await db.selectFrom('imports').selectAll().orderBy('updated_at', 'desc').execute();
    const seen = new Set<string>();
    for (const { site, ...row } of rows) {
      void site;
      if (seen.has(row.source_path)) continue;
      seen.add(row.source_path);
      await db.insertInto('imports_by_path').values(row).execute();
    }
    await db.schema.dropTable('imports').execute();
    await db.schema.alterTable('imports_by_path').renameTo('imports').execute();
    await db.schema.createIndex('imports_content_hash').on('imports').column('content_hash').execute();
    await db.schema.createIndex('imports_recap').on('imports').column('recap_id').execute();
  },
};
