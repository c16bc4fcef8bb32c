import 'server-only';
import { db } from '@/lib/db/ready';
import { createPreviewToken, resolvePreviewToken, revokePreviewTokens } from '@/lib/store/preview-tokens';
import { getRecapById } from '@/lib/store/recaps';
import type { User } from '@/lib/store/types';
import { fieldsFromStored } from './editor-fields';

/** A new preview link token for a recap (null if it does not exist): unguessable, 7 days. Editors only. */
export async function createPreviewLink(user: User, recapId: number): Promise<string | null> {
  if (!user.active) throw new Error('inactive');
  const database = await db();
  if (!(await getRecapById(database, recapId))) return null;
  return createPreviewToken(database, recapId, user.id, new Date());
}

/** Revokes every preview link of a recap. Editors only. */
export async function revokePreviewLinks(user: User, recapId: number): Promise<number> {
  if (!user.active) throw new Error('inactive');
  return revokePreviewTokens(await db(), recapId, new Date());
}

/** The draft behind a preview link, or null when unknown, expired or revoked. Anyone holding the link. */
export async function getPreviewRecap(token: string) {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const database = await db();
  const id = await resolvePreviewToken(database, token, new Date());
  const recap = id ? await getRecapById(database, id) : null;
  return recap ? { fields: fieldsFromStored(recap.frontMatter, recap.slug), body: recap.body, status: recap.status } : null;
}
