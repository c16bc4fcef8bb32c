import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely';
import { dialectOf } from '../dialect';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The search index (lib/search): `search_docs` holds one row per public recap
 * and per talk, in the database so every app instance sees the same index.
 * SQLite: a contentless FTS5 table with the trigram tokenizer, kept in step by
 * triggers. PostgreSQL: pg_trgm GIN indexes, so `LIKE '%term%'` is indexed.
 * Both look up the same substrings, so both give the same hits.
 */
export const searchIndex: Migration = {
  async up(db: Kysely<any>) {
    const pg = dialectOf(db) === 'postgres';
    const notNull = (c: any) => c.notNull();
    const text = (name: string) => [name, 'text', notNull] as const;
    await db.schema
      .createTable('search_docs')
      .addColumn('id', pg ? 'bigint' : 'integer', (c) => c.primaryKey()) // a rank key, set by lib/search
      .addColumn('doc_key', 'text', (c) => c.notNull().unique())
      .addColumn(...text('recap_slug'))
      .addColumn('talk_id', 'text')
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('recap', 'talk')`))
      .addColumn('ord', 'integer', notNull)
      .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('file', 'db')`))
      .addColumn(...text('locale'))
      .addColumn(...text('date'))
      .addColumn(...text('title'))
      .addColumn(...text('recap_title'))
      .addColumn(...text('speakers'))
      .addColumn(...text('snippet_text'))
      .addColumn(...text('title_n'))
      .addColumn(...text('people_n'))
      .addColumn(...text('affil_n'))
      .addColumn(...text('meta_n'))
      .addColumn(...text('talks_n'))
      .addColumn(...text('tp_n'))
      .addColumn(...text('hx_n'))
      .addColumn(...text('body_n'))
      .addColumn(...text('exact_keys'))
      .addColumn(...text('hash'))
      .execute();
    // Replacing a recap deletes its rows by slug.
    await db.schema.createIndex('search_docs_recap_slug').on('search_docs').column('recap_slug').execute();

    if (pg) {
      // Keep rows (a talk summary and its folded form, a few KB) inline and
      // uncompressed: a search reads thousands of them, and decompressing
      // TOASTed text was a fifth of the time.
      await sql`alter table search_docs set (toast_tuple_target = 8160)`.execute(db);
      const ops = await trigramOps(db);
      if (ops) {
        // One index per column: searchDocs asks for title-and-people, head or body hits separately.
        for (const column of ['tp_n', 'hx_n', 'body_n']) {
          await sql`create index ${sql.raw(`search_docs_${column}_trgm`)} on search_docs using gin (${sql.raw(column)} ${sql.raw(ops)})`.execute(db);
        }
      } else {
        console.warn('[db] pg_trgm is not available: search works, but scans search_docs instead of using an index.');
      }
      return;
    }
    // contentless_delete (SQLite 3.43+) lets rows be deleted without keeping a
    // second copy of the text in the FTS table; search_docs has it already.
    await sql`create virtual table search_fts using fts5(tp_n, hx_n, body_n, tokenize = 'trigram', content = '', contentless_delete = 1)`.execute(db);
    await sql`create trigger search_docs_ai after insert on search_docs begin
      insert into search_fts (rowid, tp_n, hx_n, body_n) values (new.id, new.tp_n, new.hx_n, new.body_n);
    end`.execute(db);
    await sql`create trigger search_docs_ad after delete on search_docs begin
      delete from search_fts where rowid = old.id;
    end`.execute(db);
    await sql`create trigger search_docs_au after update on search_docs begin
      delete from search_fts where rowid = old.id;
      insert into search_fts (rowid, tp_n, hx_n, body_n) values (new.id, new.tp_n, new.hx_n, new.body_n);
    end`.execute(db);
  },

  async down(db: Kysely<any>) {
    if (dialectOf(db) === 'sqlite') await sql`drop table if exists search_fts`.execute(db);
    await db.schema.dropTable('search_docs').execute();
  },
};

/**
 * Installs pg_trgm if it is missing and allowed, and returns its GIN operator
 * class qualified by the extension's schema (tests and some deployments put
 * only their own schema on search_path). Null when pg_trgm can't be had: the
 * savepoint keeps the failed CREATE EXTENSION from aborting the migration.
 */
async function trigramOps(db: Kysely<any>): Promise<string | null> {
  const installed = async () =>
    (
      await sql<{
        schema: string;
      }>`select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db)
    ).rows[0]?.schema;
  let schema = await installed();
  if (!schema) {
    await sql`savepoint search_trgm`.execute(db);
    try {
      await sql`create extension if not exists pg_trgm`.execute(db);
      await sql`release savepoint search_trgm`.execute(db);
    } catch (error) {
      await sql`rollback to savepoint search_trgm`.execute(db);
      console.warn('[db] could not create extension pg_trgm:', error instanceof Error ? error.message : error);
    }
    schema = await installed();
  }
  return schema ? `"${schema.replace(/"/g, '""')}".gin_trgm_ops` : null;
}
