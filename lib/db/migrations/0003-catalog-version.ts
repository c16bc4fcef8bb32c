import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * `catalog_version`: one row whose `version` lib/sql bumps in the same
 * transaction as every change to what the public site shows from the
 * database. Each app instance keeps its published recaps in memory and
 * re-reads them only when this number has moved (lib/recaps/queries.ts).
 */
export const catalogVersion: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('catalog_version')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await db.insertInto('catalog_version').values({ id: 1, version: 0 }).execute();
  },

  async down(db: Kysely<any>) {
    await db.schema.dropTable('catalog_version').execute();
  },
};
