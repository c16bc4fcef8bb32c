import 'server-only';
import { db } from '@/lib/db/ready';
import { countRecapRows, getRecapById, selectRecapRows } from '@/lib/sql/recaps';
import { getUserById } from '@/lib/sql/users';
import { getRevision, listRevisions } from '@/lib/sql/revisions';
import type { RecapStatus } from '@/lib/sql/types';
import { selectFileRecapRows, selectTranslationRows } from '@/lib/sql/read-model';
import { selectRecapsByTranslationKey } from '@/lib/sql/recap-translations';
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

/** Rows per page of the admin list. */
export const ADMIN_PAGE_SIZE = 50;

export interface AdminRecapPage {
  /** Database recaps of this page, most recently edited first, with who edited last. */
  rows: AdminRecapRow[];
  /** Git-managed recaps (read-only, few: they change with a commit), on the first page only. */
  files: AdminRecapRow[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * One page of the admin list: the database recaps as an indexed, paged query
 * (the list never reads every recap), and the git-managed ones apart on the
 * first page. Editors only (the page calls its guard).
 */
export async function listAdminRecaps(filter: { status?: RecapStatus; q?: string; page?: number }): Promise<AdminRecapPage> {
  const database = await db();
  const where = { status: filter.status, titleQuery: filter.q?.trim() || undefined };
  const total = await countRecapRows(database, where);
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(filter.page ?? 1)), pageCount);
  const stored = await selectRecapRows(database, where, { limit: ADMIN_PAGE_SIZE, offset: (page - 1) * ADMIN_PAGE_SIZE });
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
  const files: AdminRecapRow[] = [];
  if (page === 1 && (!filter.status || filter.status === 'published')) {
    const q = filter.q?.trim().toLowerCase();
    // Read-only here: they change with a commit, and are loaded into the read model at start.
    for (const f of await selectFileRecapRows(await publicDb())) {
      if (q && !f.title.toLowerCase().includes(q)) continue;
      files.push({
        key: `file-${f.slug}`,
        slug: f.slug,
        title: f.title,
        status: 'published',
        source: 'file',
        updatedAt: f.last_modified,
        updatedByName: 'git',
      });
    }
    files.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }
  return { rows, files, total, page, pageCount };
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
  /** Shared with its other language versions; its slug when none is linked yet. */
  translationKey: string;
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
    live:
      recap.status === 'published' && recap.live
        ? { fields: fieldsFromStored(recap.live.frontMatter, recap.slug), body: recap.live.body, version: recap.live.version }
        : null,
    liveProblem: recap.liveProblem,
    publishProblem: recap.status === 'scheduled' ? recap.publishProblem : null,
    translationKey: recap.translationKey ?? recap.slug,
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
  const sameText = (r: (typeof revisions)[number]) =>
    live !== null && r.body === live.body && JSON.stringify(r.frontMatter) === JSON.stringify(live.frontMatter);
  const liveRevision = live ? (revisions.find((r) => r.version === live.version && sameText(r)) ?? revisions.find(sameText)) : undefined;
  return { revisions, liveRevisionId: liveRevision?.id ?? null };
}

/** Another language version of a recap, as the editor lists it. */
export interface RecapVersion {
  locale: 'en' | 'zh';
  slug: string;
  title: string;
  /** A database recap's id (its editor); absent for a git-managed file. */
  id?: number;
  /** A database recap's status; `file` for a git-managed one (always published). */
  status: RecapStatus | 'file';
}

/**
 * The other language versions of the event `key` (a recap's translation key,
 * else its slug), except the recap `self`: database recaps of any status and
 * git-managed files, by language. A few indexed rows. Editors only.
 */
export async function listRecapVersions(key: string, self: string): Promise<RecapVersion[]> {
  const [stored, files] = await Promise.all([
    selectRecapsByTranslationKey(await db(), key),
    selectTranslationRows(await publicDb(), key, self).then((rows) => rows.filter((r) => r.source === 'file')),
  ]);
  const versions: RecapVersion[] = [
    ...stored
      .filter((r) => r.slug !== self)
      .map((r) => {
        const fields = fieldsFromStored(r.frontMatter, r.slug);
        return { locale: fields.locale === 'zh' ? ('zh' as const) : ('en' as const), slug: r.slug, title: fields.title, id: r.id, status: r.status };
      }),
    ...files.map((f) => ({ locale: f.locale === 'zh' ? ('zh' as const) : ('en' as const), slug: f.slug, title: f.title, status: 'file' as const })),
  ];
  return versions.sort((a, b) => a.locale.localeCompare(b.locale) || a.slug.localeCompare(b.slug));
}
