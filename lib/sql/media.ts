import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { iso } from './internal';

type Db = Kysely<Database>;

export interface MediaInput {
  /** sha-256 hex of `data`, computed by the caller (upload code). */
  hash: string;
  mime: string;
  ext: string;
  width: number;
  height: number;
  data: Uint8Array;
  createdBy: number;
  now: Date;
}

export interface Media {
  hash: string;
  mime: string;
  ext: string;
  width: number;
  height: number;
  size: number;
  data: Buffer;
  createdBy: number;
  createdAt: string;
}

/**
 * Stores an image unless one with the same hash exists (content-addressed, so
 * re-uploads dedupe). Returns true if this call inserted it. Upload code only.
 */
export async function putMedia(db: Db, input: MediaInput): Promise<boolean> {
  // Both drivers bind Buffer as blob/bytea; a plain Uint8Array is not accepted by better-sqlite3.
  const data = Buffer.isBuffer(input.data) ? input.data : Buffer.from(input.data.buffer, input.data.byteOffset, input.data.byteLength);
  const result = await db
    .insertInto('media')
    .values({
      hash: input.hash,
      mime: input.mime,
      ext: input.ext,
      width: input.width,
      height: input.height,
      size: data.byteLength,
      data,
      created_by: input.createdBy,
      created_at: iso(input.now),
    })
    .onConflict((oc) => oc.column('hash').doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
}

/** The stored image, or null. The media route handler only. */
export async function getMedia(db: Db, hash: string): Promise<Media | null> {
  const row = await db.selectFrom('media').selectAll().where('hash', '=', hash).executeTakeFirst();
  if (!row) return null;
  return {
    hash: row.hash,
    mime: row.mime,
    ext: row.ext,
    width: row.width,
    height: row.height,
    size: row.size,
    data: row.data,
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
