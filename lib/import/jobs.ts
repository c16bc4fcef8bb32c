import 'server-only';
import type { Kysely } from 'kysely';
import { authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db/ready';
import type { Database } from '@/lib/db/schema';
import { now } from '@/lib/events/clock';
import { finishImportJob, getImportJob, getLatestImportJob, insertImportJob, updateImportJobProgress, type ImportJobRow } from '@/lib/sql/import-jobs';
import type { User } from '@/lib/sql/types';
import { importUploadedSite } from './admin';
import type { PostReport } from './report';

// An uploaded site is imported as a job: the upload is answered at once with
// the job's id, the import runs after the response (the route hands `run` to
// Next's `after`), and the admin's page polls the job's row for its progress
// and, when done, every post's report. The row is in the database, so any
// instance answers the poll, and the page shows the job again after a reload.

/** A job not updated for this long was cut off (the server restarted): it is shown as interrupted. */
export const STALE_JOB_MS = 10 * 60 * 1000;
/** Progress is written at most this often (and at the end). */
const PROGRESS_EVERY_MS = 500;

export type ImportJobView = {
  id: string;
  fileName: string;
  status: 'running' | 'done' | 'failed' | 'interrupted';
  done: number;
  total: number | null;
  reports?: PostReport[];
  error?: string;
};

/**
 * Records a job for `archive` and returns it with `run`, which imports it
 * (importUploadedSite) and stores the outcome; `run` never throws.
 * Organizers and admins.
 */
export async function startImportJob(
  user: User,
  archive: Uint8Array,
  fileName: string,
  options: { database?: Kysely<Database> } = {},
): Promise<{ id: string; run: () => Promise<void> }> {
  authorize(user, 'recap.edit');
  const database = options.database ?? (await db());
  const id = await insertImportJob(database, { userId: user.id, fileName, now: now() });
  const run = async () => {
    let written = 0;
    let pending: Promise<void> = Promise.resolve();
    const onProgress = (done: number, total: number) => {
      if (done < total && Date.now() - written < PROGRESS_EVERY_MS) return;
      written = Date.now();
      pending = pending.then(() => updateImportJobProgress(database, id, { done, total, now: now() })).catch(() => undefined);
    };
    try {
      const result = await importUploadedSite(user, archive, { database, fileName, onProgress });
      await pending;
      await finishImportJob(database, id, result.ok ? { reports: result.reports } : { error: result.error }, now());
    } catch (error) {
      console.error('[import] an import job failed:', error);
      await finishImportJob(database, id, { error: 'The import stopped unexpectedly. Try again.' }, now()).catch(() => undefined);
    }
  };
  return { id, run };
}

function view(row: ImportJobRow): ImportJobView {
  const stale = row.status === 'running' && now().getTime() - Date.parse(row.updatedAt) > STALE_JOB_MS;
  return {
    id: row.id,
    fileName: row.fileName,
    status: stale ? 'interrupted' : row.status,
    done: row.postsDone,
    total: row.postsTotal,
    ...(row.reports ? { reports: row.reports as PostReport[] } : {}),
    ...(row.error ? { error: row.error } : {}),
  };
}

/** A job as its page shows it: only its organizer (or an admin) may see it; null otherwise. */
export async function getImportJobView(user: User, id: string, database?: Kysely<Database>): Promise<ImportJobView | null> {
  authorize(user, 'recap.edit');
  const row = await getImportJob(database ?? (await db()), id);
  if (!row || (row.createdBy !== user.id && user.role !== 'admin')) return null;
  return view(row);
}

/** The user's latest job, for the import page to show again after a reload. */
export async function getLatestImportJobView(user: User, database?: Kysely<Database>): Promise<ImportJobView | null> {
  authorize(user, 'recap.edit');
  const row = await getLatestImportJob(database ?? (await db()), user.id);
  return row ? view(row) : null;
}
