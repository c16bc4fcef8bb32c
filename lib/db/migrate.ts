import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationResultSet } from 'kysely';
import { dialectOf } from './dialect';
import { migrations as allMigrations } from './migrations';

// Not server-only: scripts/db-migrate.ts runs this under plain tsx.

export class MigrationError extends Error {
  constructor(
    readonly migrationName: string | undefined,
    readonly cause: unknown,
  ) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(migrationName ? `Migration ${migrationName} failed: ${why}` : `Migrating failed: ${why}`);
    this.name = 'MigrationError';
  }
}

export interface MigrateOptions {
  /** Override the migration set (tests register a deliberately failing one). */
  migrations?: Record<string, Migration>;
}

/**
 * Applies all pending migrations atomically: if one fails, none of this run's
 * changes persist and MigrationError is thrown. Returns the names applied.
 * Called by scripts/db-migrate.ts, app start-up code and tests.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>, options: MigrateOptions = {}): Promise<string[]> {
  const provider = { getMigrations: async () => options.migrations ?? allMigrations };
  const result = dialectOf(db) === 'postgres' ? await migratePostgres(db, provider) : await migrateSqlite(db, provider);
  if (result.error !== undefined) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    throw new MigrationError(failed, result.error);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

type Provider = { getMigrations(): Promise<Record<string, Migration>> };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function migratePostgres(db: Kysely<any>, provider: Provider): Promise<MigrationResultSet> {
  // Kysely's PG adapter declares transactional DDL, so Migrator already runs all
  // pending migrations in one transaction under an advisory lock. We pin the
  // bookkeeping tables to current_schema(): otherwise Migrator's existence check
  // sees a kysely_migration table in *any* schema (e.g. another test schema).
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const migrator = new Migrator({ db, provider, migrationTableSchema: rows[0].schema });
  return migrator.migrateToLatest();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function migrateSqlite(db: Kysely<any>, provider: Provider): Promise<MigrationResultSet> {
  // Kysely's SqliteAdapter reports supportsTransactionalDdl = false, so Migrator
  // would run each migration outside any transaction and a failure halfway
  // would leave a half-built schema. SQLite does support transactional DDL, so
  // we hold the single connection, BEGIN IMMEDIATE (takes the write lock up
  // front, so a concurrent migrator in another process waits on busy_timeout),
  // and let Migrator run inside it (with a non-transactional adapter it issues
  // no BEGIN of its own).
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    let result: MigrationResultSet;
    try {
      result = await new Migrator({ db: conn, provider }).migrateToLatest();
    } catch (err) {
      result = { error: err };
    }
    if (result.error === undefined) {
      await sql`commit`.execute(conn);
    } else {
      // Some SQLite errors (e.g. SQLITE_FULL) already rolled back; ignore "no transaction".
      await sql`rollback`.execute(conn).catch(() => undefined);
    }
    return result;
  });
}
