import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { addMs, DAY_MS, hashToken, iso, newToken } from './internal';

type Db = Kysely<Database>;

export const PREVIEW_TTL_MS = 7 * DAY_MS;

/**
 * Creates a shareable preview link token for a recap (valid 7 days) and
 * returns the raw token; only its sha-256 is stored. Editor actions only.
 */
export async function createPreviewToken(db: Db, recapId: number, actorId: number, now: Date): Promise<string> {
  const token = newToken();
  await db
    .insertInto('preview_tokens')
    .values({
      recap_id: recapId,
      token_hash: hashToken(token),
      created_by: actorId,
      created_at: iso(now),
      expires_at: iso(addMs(now, PREVIEW_TTL_MS)),
    })
    .execute();
  return token;
}

/** The recap id a valid token grants access to, or null (unknown, expired, revoked). Preview route only. */
export async function resolvePreviewToken(db: Db, token: string, now: Date): Promise<number | null> {
  const row = await db
    .selectFrom('preview_tokens')
    .select('recap_id')
    .where('token_hash', '=', hashToken(token))
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', iso(now))
    .executeTakeFirst();
  return row?.recap_id ?? null;
}

/** Revokes every live preview link of a recap. Editor actions only. Returns how many were revoked. */
export async function revokePreviewTokens(db: Db, recapId: number, now: Date = new Date()): Promise<number> {
  const result = await db
    .updateTable('preview_tokens')
    .set({ revoked_at: iso(now) })
    .where('recap_id', '=', recapId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
