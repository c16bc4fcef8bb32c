import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Migration } from 'kysely';
import { dialectOf } from '../dialect';

// Migrations use Kysely<any>: they describe history and must not depend on
// today's Database interface.
/* eslint-disable @typescript-eslint/no-explicit-any */

type Col = (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
const notNull: Col = (c) => c.notNull();

export const init: Migration = {
  async up(db: Kysely<any>) {
    const pg = dialectOf(db) === 'postgres';
    // `integer primary key` is SQLite's rowid alias; PostgreSQL needs serial.
    const idType = pg ? 'serial' : 'integer';
    const id: Col = (c) => c.primaryKey();
    const fkUser: Col = (c) => c.notNull().references('users.id');
    const fkRecap: Col = (c) => c.notNull().references('recaps.id').onDelete('cascade');

    await db.schema
      .createTable('users')
      .addColumn('id', idType, id)
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', notNull)
      .addColumn('password_hash', 'text')
      .addColumn('github_id', 'text', (c) => c.unique())
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'organizer')`))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('session_version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', notNull)
      .addColumn('updated_at', 'text', notNull)
      .execute();

    await db.schema
      .createTable('invites')
      .addColumn('id', idType, id)
      .addColumn('email', 'text', notNull)
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'organizer')`))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_by', 'integer', fkUser)
      .addColumn('created_at', 'text', notNull)
      .addColumn('expires_at', 'text', notNull)
      .addColumn('used_at', 'text')
      .execute();

    await db.schema
      .createTable('recaps')
      .addColumn('id', idType, id)
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('front_matter', 'text', notNull)
      .addColumn('body', 'text', notNull)
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'scheduled', 'published')`))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('scheduled_at', 'text')
      .addColumn('published_at', 'text')
      .addColumn('created_by', 'integer', fkUser)
      .addColumn('updated_by', 'integer', fkUser)
      .addColumn('created_at', 'text', notNull)
      .addColumn('updated_at', 'text', notNull)
      .execute();
    // publishDue scans scheduled rows by time on every tick.
    await db.schema.createIndex('recaps_status_scheduled_at').on('recaps').columns(['status', 'scheduled_at']).execute();

    await db.schema
      .createTable('revisions')
      .addColumn('id', idType, id)
      .addColumn('recap_id', 'integer', fkRecap)
      .addColumn('version', 'integer', notNull)
      .addColumn('author_id', 'integer', fkUser)
      .addColumn('front_matter', 'text', notNull)
      .addColumn('body', 'text', notNull)
      .addColumn('created_at', 'text', notNull)
      .addColumn('updated_at', 'text', notNull)
      .execute();
    await db.schema.createIndex('revisions_recap_id_version').on('revisions').columns(['recap_id', 'version']).execute();

    await db.schema
      .createTable('media')
      .addColumn('hash', 'text', (c) => c.primaryKey())
      .addColumn('mime', 'text', notNull)
      .addColumn('ext', 'text', notNull)
      .addColumn('width', 'integer', notNull)
      .addColumn('height', 'integer', notNull)
      .addColumn('size', 'integer', notNull)
      .addColumn('data', pg ? 'bytea' : 'blob', notNull)
      .addColumn('created_by', 'integer', fkUser)
      .addColumn('created_at', 'text', notNull)
      .execute();

    await db.schema
      .createTable('preview_tokens')
      .addColumn('id', idType, id)
      .addColumn('recap_id', 'integer', fkRecap)
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_by', 'integer', fkUser)
      .addColumn('created_at', 'text', notNull)
      .addColumn('expires_at', 'text', notNull)
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('preview_tokens_recap_id').on('preview_tokens').column('recap_id').execute();

    await db.schema
      .createTable('sign_in_attempts')
      .addColumn('id', idType, id)
      .addColumn('email', 'text', notNull)
      .addColumn('ip', 'text', notNull)
      .addColumn('created_at', 'text', notNull)
      .execute();
    await db.schema.createIndex('sign_in_attempts_email_ip_created_at').on('sign_in_attempts').columns(['email', 'ip', 'created_at']).execute();
  },

  async down(db: Kysely<any>) {
    for (const t of ['sign_in_attempts', 'preview_tokens', 'media', 'revisions', 'recaps', 'invites', 'users']) {
      await db.schema.dropTable(t).execute();
    }
  },
};
