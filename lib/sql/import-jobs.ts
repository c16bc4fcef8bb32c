import 'server-only';
import type { Kysely, Selectable } from 'kysely';
import type { Database, ImportJobsTable } from '@/lib/db/schema';
import { iso, newToken } from './internal';

type Db = Kysely<Database>;

/** An uploaded site's import, run as a job (lib/db/migrations/0011-import-sites-and-jobs.ts). */
export interface ImportJobRow {
  id: string;
  createdBy: number;
  fileName: string;
  status: 'running' | 'done' | 'failed';
  postsDone: number;
  postsTotal: number | null;
  /** Every post's report, once done. */
  reports: unknown[] | null;
  error: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Jobs each organizer keeps: older finished ones are deleted when a new one starts. */
const KEPT_PER_USER = 10;

/** Starts a job for `userId`'s upload; returns its id. */
export async function insertImportJob(db: Db, input: { userId: number; fileName: string; now: Date }): Promise<string> {
  const id = newToken();
  const at = iso(input.now);
  await db.transaction().execute(async (trx) => {
    const old = await trx
      .selectFrom('import_jobs')
      .select('id')
      .where('created_by', '=', input.userId)
      .orderBy('created_at', 'desc')
      .offset(KEPT_PER_USER - 1)
      .limit(1000)
      .execute();
    if (old.length)
      await trx
        .deleteFrom('import_jobs')
        .where(
          'id',
          'in',
          old.map((r) => r.id),
        )
        .execute();
    await trx
      .insertInto('import_jobs')
      .values({ id, created_by: input.userId, file_name: input.fileName.slice(0, 200), status: 'running', created_at: at, updated_at: at })
      .execute();
  });
  return id;
}

/** How far a running job is. */
export async function updateImportJobProgress(db: Db, id: string, progress: { done: number; total: number; now: Date }): Promise<void> {
  await db
    .updateTable('import_jobs')
    .set({ posts_done: progress.done, posts_total: progress.total, updated_at: iso(progress.now) })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

/** Ends a job with its reports, or with the sentence that says why it failed. */
export async function finishImportJob(db: Db, id: string, end: { reports: unknown[] } | { error: string }, now: Date): Promise<void> {
  await db
    .updateTable('import_jobs')
    .set(
      'reports' in end
        ? { status: 'done', result: JSON.stringify(end.reports), updated_at: iso(now) }
        : { status: 'failed', error: end.error.slice(0, 1000), updated_at: iso(now) },
    )
    .where('id', '=', id)
    .execute();
}

function toRow(r: Selectable<ImportJobsTable>): ImportJobRow {
  return {
    id: r.id,
    createdBy: r.created_by,
    fileName: r.file_name,
    status: r.status,
    postsDone: Number(r.posts_done),
    postsTotal: r.posts_total,
    reports: r.result ? (JSON.parse(r.result) as unknown[]) : null,
    error: r.error,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function getImportJob(db: Db, id: string): Promise<ImportJobRow | null> {
  const row = await db.selectFrom('import_jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRow(row) : null;
}

/** The user's most recent job, if any. */
export async function getLatestImportJob(db: Db, userId: number): Promise<ImportJobRow | null> {
  const row = await db.selectFrom('import_jobs').selectAll().where('created_by', '=', userId).orderBy('created_at', 'desc').limit(1).executeTakeFirst();
  return row ? toRow(row) : null;
}
