import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { addMs, DAY_MS, hashToken, iso, newToken, normalizeEmail } from './internal';
import type { Role } from './types';

type Db = Kysely<Database>;

export const INVITE_TTL_MS = 7 * DAY_MS;

export interface ConsumedInvite {
  id: number;
  email: string;
  role: Role;
}

/**
 * Creates an invite valid for 7 days and returns the raw token (to put in the
 * e-mailed link). Only its sha-256 is stored. Admin actions only.
 */
export async function createInvite(db: Db, email: string, role: Role, createdBy: number, now: Date): Promise<string> {
  const token = newToken();
  await db
    .insertInto('invites')
    .values({
      email: normalizeEmail(email),
      role,
      token_hash: hashToken(token),
      created_by: createdBy,
      created_at: iso(now),
      expires_at: iso(addMs(now, INVITE_TTL_MS)),
    })
    .execute();
  return token;
}

/**
 * Marks the invite used and returns it, or null if unknown, expired or
 * already used. A single conditional UPDATE, so of two concurrent calls only
 * one wins. Invite-acceptance code only; run it in the same transaction as
 * createUser so a failed sign-up doesn't burn the invite.
 */
export async function consumeInvite(db: Db, token: string, now: Date): Promise<ConsumedInvite | null> {
  const row = await db
    .updateTable('invites')
    .set({ used_at: iso(now) })
    .where('token_hash', '=', hashToken(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', iso(now))
    .returning(['id', 'email', 'role'])
    .executeTakeFirst();
  return row ?? null;
}

/** The pending invite for a token (not consumed), or null. For the invite page only. */
export async function getPendingInvite(db: Db, token: string, now: Date): Promise<ConsumedInvite | null> {
  const row = await db
    .selectFrom('invites')
    .select(['id', 'email', 'role'])
    .where('token_hash', '=', hashToken(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', iso(now))
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Marks the pending invites of an email used and returns one, or null if that
 * email has none. For GitHub sign-in, where the email (not a token) proves the
 * invite; run it in the same transaction as createUser.
 */
export async function consumeInviteByEmail(db: Db, email: string, now: Date): Promise<ConsumedInvite | null> {
  const row = await db
    .updateTable('invites')
    .set({ used_at: iso(now) })
    .where('email', '=', normalizeEmail(email))
    .where('used_at', 'is', null)
    .where('expires_at', '>', iso(now))
    .returning(['id', 'email', 'role'])
    .executeTakeFirst();
  return row ?? null;
}

export interface PendingInvite {
  id: number;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
}

/** Invites not yet used and not expired, soonest to expire first. For the admin's people page. */
export async function listPendingInvites(db: Db, now: Date): Promise<PendingInvite[]> {
  const rows = await db
    .selectFrom('invites')
    .select(['id', 'email', 'role', 'created_at', 'expires_at'])
    .where('used_at', 'is', null)
    .where('expires_at', '>', iso(now))
    .orderBy('expires_at', 'asc')
    .orderBy('id', 'asc')
    .limit(500)
    .execute();
  return rows.map((r) => ({ id: r.id, email: r.email, role: r.role, createdAt: r.created_at, expiresAt: r.expires_at }));
}

/**
 * Makes a pending invite expire now, so its link stops working; true if it
 * was still pending. The row is kept (expired, like any other) rather than
 * deleted. Admin actions only.
 */
export async function markInviteRevoked(db: Db, id: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('invites')
    .set({ expires_at: iso(now) })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', iso(now))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
