import 'server-only';
import type { Kysely } from 'kysely';
import { authorize } from '@/lib/auth/policy';
import { db } from '@/lib/db/ready';
import type { Database } from '@/lib/db/schema';
import { getMedia, putMedia, type Media } from '@/lib/sql/media';
import type { User } from '@/lib/sql/types';
import { env } from '@/lib/env';
import { readExportedMedia } from './exported-media';
import { MEDIA_FILE_NAME, mediaSrc } from './file-name';
import { processUpload, type UploadStatus } from './process';

export type SaveUploadResult = { ok: true; src: string; width: number; height: number } | { ok: false; status: UploadStatus; error: string };

/**
 * Validates, re-encodes and stores an upload (deduplicated by the hash of the
 * re-encoded bytes, so every app instance sees it). Organizers and admins
 * (NotAllowedError otherwise, before a byte is decoded); the upload route
 * checks the session first (requireOrganizerForApi). `database` and `now` are
 * for tests.
 */
export async function saveUpload(user: User, bytes: Buffer, options: { database?: Kysely<Database>; now?: Date } = {}): Promise<SaveUploadResult> {
  authorize(user, 'media.upload');
  const result = await processUpload(bytes);
  if (!result.ok) return result;
  const { data, hash, mime, ext, width, height } = result;
  await putMedia(options.database ?? (await db()), { hash, mime, ext, width, height, data, createdBy: user.id, now: options.now ?? new Date() });
  return { ok: true, src: mediaSrc(hash, ext), width, height };
}

/**
 * The stored image for a `/media/<hash>.<ext>` file name, or null when the
 * name is malformed, unknown, or has the wrong extension. Public: the media
 * route serves it without a session.
 */
export async function loadMedia(file: string, database?: Kysely<Database>): Promise<Media | null> {
  const match = MEDIA_FILE_NAME.exec(file);
  if (!match) return null;
  const media = await getMedia(database ?? (await db()), match[1]);
  if (media) return media.ext === match[2] ? media : null;
  // Not in the store: an exported folder served as CONTENT_DIR carries its images (./exported-media.ts).
  return readExportedMedia(env.contentDir, match[1], match[2]);
}
