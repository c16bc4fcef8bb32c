import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createDb, type DbOptions } from './connection';
import type { DialectName } from './dialect';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';

// Test-only helpers (imported by *.test.ts files, never by app code).

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const skipPostgres = process.env.SKIP_POSTGRES === '1';
if (skipPostgres) console.warn('[test] SKIP_POSTGRES=1: PostgreSQL tests are skipped.');

/** Rows for describe.each: the PG row is skipped only when SKIP_POSTGRES=1. */
export const dialects: { dialect: DialectName; skip: boolean }[] = [
  { dialect: 'sqlite', skip: false },
  { dialect: 'postgres', skip: skipPostgres },
];

/**
 * An isolated database for one test file: a temp SQLite file, or a fresh
 * uniquely-named PG schema (selected through search_path). `open()` gives
 * additional independent handles to the same database, to simulate several
 * app instances. `cleanup()` closes them all and removes the file/schema.
 */
export interface TestDatabase {
  db: Kysely<Database>;
  open(): Kysely<Database>;
  cleanup(): Promise<void>;
}

export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const name = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
  let options: DbOptions;
  let drop: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-db-'));
    options = { dialect: 'sqlite', path: path.join(dir, `${name}.db`) };
    drop = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    await adminQuery(`create schema ${name}`);
    options = { dialect: 'postgres', connectionString: PG_URL, searchPath: name, max: 4 };
    drop = () => adminQuery(`drop schema if exists ${name} cascade`);
  }
  const handles: Kysely<Database>[] = [];
  const open = () => {
    const db = createDb(options);
    handles.push(db);
    return db;
  };
  return {
    db: open(),
    open,
    async cleanup() {
      await Promise.all(handles.map((h) => h.destroy()));
      await drop();
    },
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(
      `PostgreSQL not reachable at ${redact(PG_URL)} (set TEST_DATABASE_URL) ` + `[or SKIP_POSTGRES=1 to skip the PostgreSQL tests]: ${(err as Error).message}`,
    );
  }
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** Names of the tables in the test database (current schema only), sorted. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function listTables(db: Kysely<any>, dialect: DialectName): Promise<string[]> {
  const q =
    dialect === 'postgres'
      ? sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema()`
      : sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`;
  const { rows } = await q.execute(db);
  return rows.map((r) => r.name).sort();
}

/** Empties every app table (FK-safe order) so each test starts clean. */
export async function resetData(db: Kysely<Database>): Promise<void> {
  for (const t of [
    'event_calendar',
    'public_talk_speakers',
    'public_recap_tags',
    'public_recap_bodies',
    'public_recaps',
    'public_speakers',
    'public_tags',
    'speaker_names',
    'speakers',
    'speaker_redirects',
    'speaker_registry_file',
    'sign_in_attempts',
    'preview_tokens',
    'media',
    'imports',
    'import_jobs',
    'revisions',
    'recaps',
    'invites',
    'users',
  ] as const) {
    await db.deleteFrom(t).execute();
  }
}

/**
 * Registers hooks for a store suite: one migrated database per describe block
 * (per test file and dialect), emptied before each test. Registers nothing when
 * `skip` is set. Access `.db` inside tests only (it is assigned in beforeAll).
 */
export function useTestDatabase(dialect: DialectName, skip: boolean): { db: Kysely<Database>; open(): Kysely<Database> } {
  let t: TestDatabase | undefined;
  const handle = {
    get db(): Kysely<Database> {
      if (!t) throw new Error('test database not initialised');
      return t.db;
    },
    open(): Kysely<Database> {
      if (!t) throw new Error('test database not initialised');
      return t.open();
    },
  };
  if (skip) return handle;
  let setupError: unknown;
  beforeAll(async () => {
    try {
      t = await createTestDatabase(dialect);
      await migrateToLatest(t.db);
    } catch (err) {
      // Re-thrown per test so every test reports as failed (a failing beforeAll
      // only marks them "skipped", which is easy to misread as fine).
      setupError = err;
    }
  });
  afterAll(async () => {
    await t?.cleanup();
  });
  beforeEach(async () => {
    if (setupError) throw setupError;
    await resetData(handle.db);
  });
  return handle;
}
