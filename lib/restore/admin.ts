import 'server-only';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db/ready';
import type { Database } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { ZIP_LIMITS } from '@/lib/import/zip';
import { afterPublicChange } from '@/lib/recaps/after-public-change';
import type { User } from '@/lib/sql/types';
import { unpackZipOffThread } from '@/lib/import/off-thread';
import { EXPORT_FILES, EXPORT_ZIP_LIMITS, openUnpackedExport } from './open-export';
import { restoreExport, type RestoreReport } from './restore';

// The admin's import page, given an export (a zip holding export.json, the
// admin's own download): the same restore as `npm run import -- <export>`.
// Without `confirm` it only checks and says what it would restore; the
// admin confirms, and the same upload is restored.

export type UploadRestoreResult = { ok: true; report: RestoreReport } | { ok: false; error: string };

/** Checks (without `confirm`) or restores an uploaded export, as `user`: admins only (`site.restore`). */
export async function restoreUploadedExport(
  user: User,
  archive: Uint8Array,
  options: { confirm: boolean; database?: Kysely<Database> },
): Promise<UploadRestoreResult> {
  authorize(user, 'site.restore');
  // The upload's own limits (the route reads at most that much), the export's file count and sizes.
  // Unpacked in an import worker, off the request thread (lib/import/off-thread.ts).
  const unpacked = await unpackZipOffThread(archive, { ...EXPORT_ZIP_LIMITS, archiveBytes: ZIP_LIMITS.archiveBytes }, { keep: EXPORT_FILES });
  if (!unpacked.ok) return unpacked;
  const opened = openUnpackedExport(unpacked.dir);
  if (!opened.ok) return opened;
  try {
    const database = options.database ?? (await db());
    const report = await restoreExport(database, user, opened.dir, opened.manifest, {
      contentDir: env.contentDir,
      publicDir: path.resolve('public'),
      dryRun: !options.confirm,
      afterChange: options.database ? undefined : (ids) => afterPublicChange(ids),
    });
    return { ok: true, report };
  } catch (error) {
    console.error('[restore] an uploaded export could not be restored:', error);
    const reason = error instanceof Error ? error.message.split('\n')[0].slice(0, 300) : 'unknown error';
    return { ok: false, error: `The export could not be restored: ${reason}` };
  } finally {
    opened.cleanup();
  }
}
