import { PostgresAdapter, type Kysely } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/**
 * Which dialect a Kysely instance (or transaction) talks to. Used by
 * migrations and lib/sql where SQL differs (bytea vs blob, JSON access,
 * error codes). Any lib/ module may call it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** True when `url` selects PostgreSQL rather than the SQLite default. */
export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}
