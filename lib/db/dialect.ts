import { sql, type Kysely } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/**
 * Which dialect a Kysely instance (or transaction) talks to. Used by
 * migrations and lib/sql where SQL differs (bytea vs blob, JSON access,
 * error codes). Any lib/ module may call it.
 *
 * Kysely has no API for this, by design (kysely-org/kysely#1191, #1415: "use
 * an environment variable, or some custom value"), and the class test on its
 * internal adapter that stood here needed one copy of kysely per process,
 * which forced kysely out of the server bundle. Instead it reads what the
 * dialect does through the public compile(): PostgreSQL numbers its
 * parameters (`$1`), SQLite writes `?`. That works for a transaction, for any
 * copy of kysely and for handles made by tests, and costs a few microseconds.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dialectOf(db: Kysely<any>): DialectName {
  return sql`${0}`.compile(db).sql === '$1' ? 'postgres' : 'sqlite';
}

/** True when `url` selects PostgreSQL rather than the SQLite default. */
export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}
