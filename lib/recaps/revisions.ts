import 'server-only';
import { db } from '@/lib/db/ready';
import { restoreRevision } from '@/lib/store/recap-save';
import { getRecapById } from '@/lib/store/recaps';
import { getRevision } from '@/lib/store/revisions';
import type { User } from '@/lib/store/types';
import { loadAllRecaps } from './queries';
import { revalidateRecapChange } from './revalidate';
import { syncRecapIndex } from '@/lib/search/indexer';

/** Restores a revision as a new version, with the usual conflict check. Editors only. */
export async function restoreRecapRevision(user: User, id: number, revisionId: number, baseVersion: number): Promise<{ ok: true } | { ok: false; message: string }> {
  if (!user.active) return { ok: false, message: 'Your account is inactive.' };
  const database = await db();
  const revision = await getRevision(database, revisionId);
  if (!revision || revision.recapId !== id) return { ok: false, message: 'That revision does not belong to this recap.' };
  const current = await getRecapById(database, id);
  // A published recap's restore changes the site (so does a scheduled one's, if the scheduler publishes it meanwhile).
  const before = !current || current.status === 'draft' ? null : await loadAllRecaps({ fallback: false });
  const result = await restoreRevision(database, id, revisionId, baseVersion, user.id, new Date());
  if (!result.ok) return { ok: false, message: 'Someone saved this recap meanwhile. Reload the history and try again.' };
  if (current && result.status === 'published') {
    await revalidateRecapChange(before ?? (await loadAllRecaps({ fallback: false })), [current.slug]);
    await syncRecapIndex(id);
  }
  return { ok: true };
}
