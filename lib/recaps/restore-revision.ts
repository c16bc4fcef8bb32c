import 'server-only';
import { authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db/ready';
import { copyRevisionToWorking } from '@/lib/sql/recap-save';
import { getRevision } from '@/lib/sql/revisions';
import type { User } from '@/lib/sql/types';

/**
 * Restores a revision into the working copy as a new version, with the usual
 * conflict check. Never touches the live text: a published recap's visitors
 * see the restored text only after Update live page. Editors only
 * (NotAllowedError otherwise); a revision of another recap or a stale
 * `baseVersion` is a message.
 */
export async function restoreRecapRevision(
  user: User,
  id: number,
  revisionId: number,
  baseVersion: number,
): Promise<{ ok: true } | { ok: false; message: string }> {
  authorize(user, 'recap.restore');
  const database = await db();
  const revision = await getRevision(database, revisionId);
  if (!revision || revision.recapId !== id) return { ok: false, message: 'That revision does not belong to this recap.' };
  const result = await copyRevisionToWorking(database, id, revisionId, baseVersion, user.id, new Date());
  if (!result.ok) return { ok: false, message: 'Someone saved this recap meanwhile. Reload the history and try again.' };
  return { ok: true };
}
