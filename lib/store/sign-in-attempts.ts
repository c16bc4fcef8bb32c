import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { iso, normalizeEmail, toCount } from './internal';

type Db = Kysely<Database>;

// Failed sign-ins, for rate limiting per (email, ip). Auth code only.

/** Records one failed sign-in. Auth code only. */
export async function recordFailedAttempt(db: Db, email: string, ip: string, now: Date): Promise<void> {
  await db
    .insertInto('sign_in_attempts')
    .values({ email: normalizeEmail(email), ip, created_at: iso(now) })
    .execute();
}

/** Failures for this (email, ip) at or after `since`. Auth code only. */
export async function countRecentFailures(db: Db, email: string, ip: string, since: Date): Promise<number> {
  const row = await db
    .selectFrom('sign_in_attempts')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('email', '=', normalizeEmail(email))
    .where('ip', '=', ip)
    .where('created_at', '>=', iso(since))
    .executeTakeFirst();
  return toCount(row?.n);
}

/** Forgets failures after a successful sign-in. Auth code only. */
export async function clearFailures(db: Db, email: string, ip: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('email', '=', normalizeEmail(email)).where('ip', '=', ip).execute();
}

/** Deletes attempts older than `before` so the table stays small. Maintenance jobs only. */
export async function pruneFailedAttempts(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('sign_in_attempts').where('created_at', '<', iso(before)).executeTakeFirst();
  return Number(result.numDeletedRows);
}
