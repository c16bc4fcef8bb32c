import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { isPostgresUrl, type DialectName } from './dialect';
import type { Database } from './schema';
import { env } from '@/lib/env';
import { processState } from '@/lib/process-state';

// No `import 'server-only'` here: scripts/db-migrate.ts runs this under plain
// tsx, where server-only throws. lib/sql/* (what pages import) carries it.

export type DbOptions =
  | { dialect: 'sqlite'; path: string }
  | {
      dialect: 'postgres';
      connectionString: string;
      /** Schema to put first on search_path (tests isolate themselves this way). */
      searchPath?: string;
      /** Pool size; small by default because several app instances may share one server. */
      max?: number;
    };

/** The database DATABASE_URL / SQLITE_PATH select (lib/env.ts). Server code and scripts only. */
export function optionsFromEnv(): DbOptions {
  const url = env.databaseUrl;
  if (isPostgresUrl(url)) return { dialect: 'postgres', connectionString: url };
  return { dialect: 'sqlite', path: env.sqlitePath };
}

/** Dialect the app is configured for (from the environment). Server code only. */
export function dialectName(): DialectName {
  return optionsFromEnv().dialect;
}

/**
 * Builds a new Kysely instance. getDb() uses it for the app; tests and scripts
 * call it directly to target a temp SQLite file or a PG schema. The caller
 * owns the instance and must `destroy()` it.
 */
export function createDb(options: DbOptions): Kysely<Database> {
  if (options.dialect === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.max ?? 5,
      // Fail requests fast when PG is down instead of hanging until the proxy times out.
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30_000,
      options: options.searchPath ? `-c search_path=${quoteIdent(options.searchPath)}` : undefined,
    });
    // An idle client losing its connection emits 'error'; unhandled, that kills the process.
    pool.on('error', (err) => console.error('[db] idle PostgreSQL client error:', err.message));
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  // Keep ONE SQLite handle per process (getDb does): better-sqlite3 is synchronous,
  // so a second in-process handle waiting on busy_timeout blocks the event loop
  // while the first one's transaction can't proceed. Kysely serialises queries
  // on a single handle; separate processes are serialised by SQLite's own locks.
  const file = options.path;
  return new Kysely<Database>({
    dialect: new SqliteDialect({
      // Lazy: the file (and ./data) is only created when the first query runs.
      database: async () => {
        if (file !== ':memory:') {
          // turbopackIgnore: a runtime path, not something for Next's output tracing to follow.
          const abs = path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
          fs.mkdirSync(path.dirname(abs), { recursive: true });
        }
        const sqlite = new SqliteDatabase(file);
        sqlite.pragma('journal_mode = WAL');
        sqlite.pragma('foreign_keys = ON');
        // Other processes (migrate script, a second instance) may hold the write lock briefly.
        sqlite.pragma('busy_timeout = 5000');
        return sqlite;
      },
    }),
  });
}

function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Invalid schema name: ${name}`);
  return name;
}

/** The shared handle, kept as process state: every bundle, and Next dev's module reloads, reuse one pool/file handle. */
const shared = () => processState('db', (): { handle?: Kysely<Database> } => ({}));

/** The app's shared database handle. Server code in lib/ only (never client code). */
export function getDb(): Kysely<Database> {
  const state = shared();
  state.handle ??= createDb(optionsFromEnv());
  return state.handle;
}

/** Closes the shared handle (scripts, graceful shutdown). Safe to call twice. */
export async function closeDb(): Promise<void> {
  const state = shared();
  const db = state.handle;
  state.handle = undefined;
  await db?.destroy();
}
