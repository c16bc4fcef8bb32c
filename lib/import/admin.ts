import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db/ready';
import type { Database } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { selectImportedDrafts, selectKnownAffiliations } from '@/lib/sql/imports';
import type { User } from '@/lib/sql/types';
import { draftImageStore, draftWriter } from './drafts';
import { loadImportRegistry } from './registry-load';
import type { FilledField, PostReport, ReviewItem } from './report';
import { runImport } from './run';
import { unpackZipOffThread } from './off-thread';

// The admin's import page (app/(admin)/admin/import): the same import as
// `npm run import`, from an uploaded .zip, always into drafts.

export type UploadImportResult = { ok: true; reports: PostReport[] } | { ok: false; error: string };

/**
 * Unpacks an uploaded site (zip.ts limits) and imports it as drafts by `user`.
 * `fileName`: the archive's name, which names the site when neither its config
 * nor a single top folder does (site-identity.ts). Organizers and admins.
 */
export async function importUploadedSite(
  user: User,
  archive: Uint8Array,
  options: { database?: Kysely<Database>; fileName?: string; onProgress?: (done: number, total: number) => void } = {},
): Promise<UploadImportResult> {
  authorize(user, 'recap.edit');
  const unpacked = await unpackZipOffThread(archive);
  if (!unpacked.ok) return unpacked;
  try {
    const database = options.database ?? (await db());
    // A zip of a folder holds that folder: import what is inside it.
    const entries = fs.readdirSync(unpacked.dir);
    const folder = entries.length === 1 && fs.statSync(path.join(unpacked.dir, entries[0])).isDirectory() ? entries[0] : null;
    const root = folder ? path.join(unpacked.dir, folder) : unpacked.dir;
    // The temporary folder's name is random: the site goes by its top folder, else the archive's name.
    const siteName = folder ?? (options.fileName?.replace(/\.zip$/i, '').trim() || 'upload');
    // The speaker registry as the server holds it (content/speakers.yml as loaded, and the admin's people).
    const { registry } = await loadImportRegistry({ db: database });
    const { reports } = await runImport(
      root,
      // Each post is converted and checked in an import worker, within its budget (off-thread.ts).
      {
        timeZone: env.siteTimeZone,
        siteName,
        onProgress: options.onProgress,
        knownAffiliations: await selectKnownAffiliations(database),
        imageStore: draftImageStore(database, user),
        registry,
      },
      draftWriter(database, user),
    );
    return { ok: true, reports };
  } catch (error) {
    // A site this importer cannot read (a broken config.toml, an unreadable file) is the upload's problem, said in a sentence: never a 500.
    console.error('[import] an uploaded site could not be imported:', error);
    const reason = error instanceof Error ? error.message.split('\n')[0].slice(0, 300) : 'unknown error';
    return { ok: false, error: `The site could not be read: ${reason}` };
  } finally {
    fs.rmSync(unpacked.dir, { recursive: true, force: true });
  }
}

export interface DraftToReview {
  recapId: number;
  slug: string;
  title: string;
  /** The site it came from (site-identity.ts) and its path there. */
  site: string;
  sourcePath: string;
  talks: number;
  /** Items the report leaves for a person: code and arguments to render in the organizer's language (report-text.ts), and the English. */
  review: (Pick<ReviewItem, 'message'> & Partial<Pick<ReviewItem, 'code' | 'params'>> & { kind: string; line: number })[];
  /** What the importer filled, with where from and how sure. */
  fields: FilledField[];
}

/** Imported recaps still in draft, each with what its report asks a person to check. */
export async function listImportedDrafts(database?: Kysely<Database>): Promise<DraftToReview[]> {
  const rows = await selectImportedDrafts(database ?? (await db()));
  return rows.map((row) => {
    const report = row.report as Partial<PostReport>;
    return {
      recapId: row.recapId,
      slug: row.slug,
      title: row.title,
      site: row.site,
      sourcePath: row.sourcePath,
      talks: report.talks?.length ?? 0,
      review: (report.review ?? []).map((r) => ({ kind: r.kind, code: r.code, params: r.params, message: r.message, line: r.source.line })),
      fields: report.fields ?? [],
    };
  });
}
