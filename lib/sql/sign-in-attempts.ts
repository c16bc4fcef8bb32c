import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { iso, normalizeEmail, toCount } from './internal';

type Db = Kysely<Database>;

// Sign-in attempts, for rate limiting per (email, ip) and per email. A row is
// written when an attempt is let through and deleted if it succeeds, so every
// remaining row is a failure or an attempt still being checked.

export interface AttemptLimits {
  /** Attempts per (email, ip) within `pairWindowMs`. */
  perPair: number;
  pairWindowMs: number;
  /** Attempts per email from any address within `accountWindowMs`. */
  perAccount: number;
  accountWindowMs: number;
}

export type AttemptReservation = { ok: true; id: number } | { ok: false; retryAfterSeconds: number };

/**
 * Records an attempt, then counts: inserting first makes the check atomic, so
 * parallel requests cannot all pass a limit that none of them has reached yet.
 * An attempt over a limit is deleted again (refused attempts do not extend the
 * lock-out) and reported with the seconds until the oldest counted one expires.
 * Auth code only.
 */
export async function reserveAttempt(db: Db, email: string, ip: string, now: Date, limits: AttemptLimits): Promise<AttemptReservation> {
  const key = normalizeEmail(email);
  const row = await db
    .insertInto('sign_in_attempts')
    .values({ email: key, ip, created_at: iso(now) })
    .returning('id')
    .executeTakeFirstOrThrow();
  const pairSince = new Date(now.getTime() - limits.pairWindowMs);
  const accountSince = new Date(now.getTime() - limits.accountWindowMs);
  const [pair, account] = await Promise.all([window(db, key, pairSince, row.id, ip), window(db, key, accountSince, row.id)]);
  const waits: number[] = [];
  if (pair.count > limits.perPair) waits.push(secondsUntil(pair.oldest, limits.pairWindowMs, now));
  if (account.count > limits.perAccount) waits.push(secondsUntil(account.oldest, limits.accountWindowMs, now));
  if (waits.length === 0) return { ok: true, id: row.id };
  await db.deleteFrom('sign_in_attempts').where('id', '=', row.id).execute();
  return { ok: false, retryAfterSeconds: Math.max(...waits) };
}

// Only attempts recorded before `upToId` (and itself) count: of a burst, the
// first ones pass rather than none.
async function window(db: Db, email: string, since: Date, upToId?: number, ip?: string): Promise<{ count: number; oldest: string | null }> {
  let query = db
    .selectFrom('sign_in_attempts')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('created_at').as('oldest')])
    .where('email', '=', email)
    .where('created_at', '>=', iso(since));
  if (upToId !== undefined) query = query.where('id', '<=', upToId);
  if (ip !== undefined) query = query.where('ip', '=', ip);
  const row = await query.executeTakeFirst();
  return { count: toCount(row?.n), oldest: (row?.oldest as string | null | undefined) ?? null };
}

function secondsUntil(oldest: string | null, windowMs: number, now: Date): number {
  const expires = (oldest ? Date.parse(oldest) : now.getTime()) + windowMs;
  return Math.max(1, Math.ceil((expires - now.getTime()) / 1000));
}

/** Failures for this email at or after `since`, from `ip` or (without it) from anywhere. Auth code and tests. */
export async function countRecentFailures(db: Db, email: string, since: Date, ip?: string): Promise<number> {
  return (await window(db, normalizeEmail(email), since, undefined, ip)).count;
}

/**
 * After a successful sign-in: forgets this address's failures for the email.
 * Failures from other addresses still count toward the per-account limit.
 * Auth code only.
 */
export async function clearFailures(db: Db, email: string, ip: string): Promise<void> {
  await db.deleteFrom('sign_in_attempts').where('email', '=', normalizeEmail(email)).where('ip', '=', ip).execute();
}

/** Deletes attempts older than `before` so the table stays small. Maintenance jobs only. */
export async function pruneFailedAttempts(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('sign_in_attempts').where('created_at', '<', iso(before)).executeTakeFirst();
  return Number(result.numDeletedRows);
}
