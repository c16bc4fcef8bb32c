import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { iso } from './internal';
import { toRevisionRow, type RevisionRow } from './types';

type Db = Kysely<Database>;

/** Saves by the same author within this window fold into one revision. */
export const REVISION_COALESCE_MS = 60_000;

export interface RevisionWithAuthor extends RevisionRow {
  authorName: string;
  authorEmail: string;
}

/**
 * Records the text of a just-saved version. Autosave bursts fold into one
 * revision: the latest revision is overwritten instead when it is by the same
 * author, was created less than 60 s ago, AND is the version this text was
 * edited from (`continues`). The last condition is what keeps every
 * acknowledged text restorable: a save that overrides someone's newer text
 * ("Keep mine" in another tab), or a restore (`continues` null), never
 * replaces it. (Measured from created_at, not updated_at, so a long session
 * still yields one revision per minute rather than a single one.) Internal to
 * lib/sql: call inside the transaction that bumped the recap's version.
 */
export async function recordRevision(
  db: Db,
  r: { recapId: number; version: number; continues: number | null; authorId: number; frontMatter: string; body: string; now: Date },
): Promise<void> {
  const latest = await db
    .selectFrom('revisions')
    .select(['id', 'version', 'author_id', 'created_at'])
    .where('recap_id', '=', r.recapId)
    .orderBy('version', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const text = { version: r.version, front_matter: r.frontMatter, body: r.body, updated_at: iso(r.now) };
  const continuesLatest = latest !== undefined && r.continues !== null && latest.version === r.continues;
  if (continuesLatest && latest.author_id === r.authorId && r.now.getTime() - Date.parse(latest.created_at) < REVISION_COALESCE_MS) {
    await db.updateTable('revisions').set(text).where('id', '=', latest.id).execute();
    return;
  }
  await db
    .insertInto('revisions')
    .values({ ...text, recap_id: r.recapId, author_id: r.authorId, created_at: iso(r.now) })
    .execute();
}

/** A recap's history, newest first, with author names. Editor pages only. */
export async function listRevisions(db: Db, recapId: number): Promise<RevisionWithAuthor[]> {
  const rows = await db
    .selectFrom('revisions')
    .innerJoin('users', 'users.id', 'revisions.author_id')
    .selectAll('revisions')
    .select(['users.name as author_name', 'users.email as author_email'])
    .where('revisions.recap_id', '=', recapId)
    .orderBy('revisions.version', 'desc')
    .orderBy('revisions.id', 'desc')
    .execute();
  return rows.map(({ author_name, author_email, ...row }) => ({
    ...toRevisionRow(row),
    authorName: author_name,
    authorEmail: author_email,
  }));
}

/** One revision, or null. Editor pages only. */
export async function getRevision(db: Db, revisionId: number): Promise<RevisionRow | null> {
  const row = await db.selectFrom('revisions').selectAll().where('id', '=', revisionId).executeTakeFirst();
  return row ? toRevisionRow(row) : null;
}
