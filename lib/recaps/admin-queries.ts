import 'server-only';
import { db } from '@/lib/db/ready';
import { getRecapById, selectRecapRows } from '@/lib/sql/recaps';
import { getUserById } from '@/lib/sql/users';
import { getRevision, listRevisions } from '@/lib/sql/revisions';
import type { RecapStatus } from '@/lib/sql/types';
import { selectFileRecapRows } from '@/lib/sql/read-model';
import { publicDb } from './read-model-sync';
import { fieldsFromStored, type RecapFields } from './editor-fields';

export interface AdminRecapRow {
  key: string;
  id?: number;
  slug: string;
  title: string;
  status: RecapStatus;
  source: 'file' | 'db';
  updatedAt: string;
  updatedByName: string;
  scheduledAt?: string | null;
  /** Published, with saved changes not yet on the live page. */
  unpublishedChanges?: boolean;
  /** Why the live page is served from its last good version. */
  liveProblem?: string | null;
  /** Why the scheduler did not publish it. */
  publishProblem?: string | null;
}

/** Every recap for the admin list: database recaps with who edited last, and read-only file recaps. Editors only. */
export async function listAdminRecaps(filter: { status?: RecapStatus; q?: string }): Promise<AdminRecapRow[]> {
  const q = filter.q?.trim().toLowerCase();
  const stored = await selectRecapRows(await db(), { status: filter.status, titleQuery: filter.q?.trim() || undefined });
  const rows: AdminRecapRow[] = stored.map((r) => ({
    key: `db-${r.id}`,
    id: r.id,
    slug: r.slug,
    title: typeof r.frontMatter.title === 'string' && r.frontMatter.title ? r.frontMatter.title : '(untitled)',
    status: r.status,
    source: 'db',
    updatedAt: r.updatedAt,
    updatedByName: r.updatedBy?.name ?? '',
    scheduledAt: r.scheduledAt,
    unpublishedChanges: r.unpublishedChanges,
    liveProblem: r.liveProblem,
    publishProblem: r.publishProblem,
  }));
  if (!filter.status || filter.status === 'published') {
    // Read-only here: they change with a commit, and are loaded into the read model at start.
    for (const f of await selectFileRecapRows(await publicDb())) {
      if (q && !f.title.toLowerCase().includes(q)) continue;
      rows.push({ key: `file-${f.slug}`, slug: f.slug, title: f.title, status: 'published', source: 'file', updatedAt: f.last_modified, updatedByName: 'git' });
    }
  }
  return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export interface EditorRecap {
  id: number;
  slug: string;
  status: RecapStatus;
  version: number;
  fields: RecapFields;
  body: string;
  updatedAt: string;
  updatedByName: string;
  scheduledAt: string | null;
  publishedAt: string | null;
  /** What visitors see of a published recap (null otherwise), as form fields and body. */
  live: { fields: RecapFields; body: string; version: number } | null;
  liveProblem: string | null;
  publishProblem: string | null;
}

/** A database recap as the editor loads it: its working copy, and its live text when published. Editors only. */
export async function getEditorRecap(id: number): Promise<EditorRecap | null> {
  const database = await db();
  const recap = await getRecapById(database, id);
  if (!recap) return null;
  const editor = await getUserById(database, recap.updatedBy);
  return {
    id: recap.id,
    slug: recap.slug,
    status: recap.status,
    version: recap.version,
    fields: fieldsFromStored(recap.frontMatter, recap.slug),
    body: recap.body,
    updatedAt: recap.updatedAt,
    updatedByName: editor?.name ?? 'someone',
    scheduledAt: recap.scheduledAt,
    publishedAt: recap.publishedAt,
    live: recap.status === 'published' && recap.live ? { fields: fieldsFromStored(recap.live.frontMatter, recap.slug), body: recap.live.body, version: recap.live.version } : null,
    liveProblem: recap.liveProblem,
    publishProblem: recap.status === 'scheduled' ? recap.publishProblem : null,
  };
}

/** One revision of recap `id` (null if it belongs to another recap or does not exist). Editors only. */
export async function getRecapRevision(id: number, revisionId: number) {
  const revision = await getRevision(await db(), revisionId);
  return revision && revision.recapId === id ? revision : null;
}

/**
 * Revisions of a recap, newest first, with author names, and which one holds
 * the live text (null for a draft, or when that revision was folded into a
 * later save): the one at the live version, else the newest with the same
 * text. Editors only.
 */
export async function listRecapRevisions(id: number) {
  const database = await db();
  const [revisions, recap] = await Promise.all([listRevisions(database, id), getRecapById(database, id)]);
  const live = recap?.status === 'published' ? recap.live : null;
  const sameText = (r: (typeof revisions)[number]) => live !== null && r.body === live.body && JSON.stringify(r.frontMatter) === JSON.stringify(live.frontMatter);
  const liveRevision = live ? (revisions.find((r) => r.version === live.version && sameText(r)) ?? revisions.find(sameText)) : undefined;
  return { revisions, liveRevisionId: liveRevision?.id ?? null };
}
