import 'server-only';
import { cache } from 'react';
import { authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db/ready';
import { createPreviewToken, resolvePreviewToken, revokePreviewTokens } from '@/lib/sql/preview-tokens';
import { getRecapById } from '@/lib/sql/recaps';
import type { User } from '@/lib/sql/types';
import { smallPage } from '@/lib/http/small-page';
import { fieldsFromStored } from './editor-fields';

/** A new preview link token for a recap (null if it does not exist): unguessable, 7 days. Editors only. */
export async function createPreviewLink(user: User, recapId: number): Promise<string | null> {
  authorize(user, 'recap.preview-link');
  const database = await db();
  if (!(await getRecapById(database, recapId))) return null;
  return createPreviewToken(database, recapId, user.id, new Date());
}

/** Revokes every preview link of a recap. Editors only. */
export async function revokePreviewLinks(user: User, recapId: number): Promise<number> {
  authorize(user, 'recap.preview-link');
  return revokePreviewTokens(await db(), recapId, new Date());
}

const TOKEN_SHAPE = /^[\w-]{20,100}$/;

/**
 * The working copy behind a preview link (never the live text), or null when unknown, expired or revoked. Anyone holding the link.
 * Once per request: the preview's layout (its language) and page both read it.
 */
export const getPreviewRecap = cache(async (token: string) => {
  if (!TOKEN_SHAPE.test(token)) return null;
  const database = await db();
  const id = await resolvePreviewToken(database, token, new Date());
  const recap = id ? await getRecapById(database, id) : null;
  return recap ? { fields: fieldsFromStored(recap.frontMatter, recap.slug), body: recap.body, status: recap.status } : null;
});

/** Whether a preview link still leads to a draft (proxy.ts answers a dead one itself). */
export async function isLivePreviewToken(token: string): Promise<boolean> {
  return TOKEN_SHAPE.test(token) && (await resolvePreviewToken(await db(), token, new Date())) !== null;
}

/** The answer to an unknown, expired or revoked preview link: 404 with a sentence that says why. */
export function previewGoneResponse(): Response {
  return smallPage({
    status: 404,
    title: 'This preview link no longer works',
    text: 'It has expired or the organizers have revoked it. Ask them for a new link, or read the published recaps on {site}.',
  });
}
