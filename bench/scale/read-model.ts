/**
 * Writes generated recaps' public read-model rows (built by bench/scale/derive.ts)
 * with the app's own batch writer, lib/sql/read-model-write.ts.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../lib/db/schema';
import { READ_MODEL_VERSION } from '../../lib/recaps/public-recap-rows';
import { writePublicRecaps, type PublicRecapWrite } from '../../lib/sql/read-model-write';

/** Part of the seed fingerprint: a change here regenerates the bench databases. */
export function readModelVersion(): string {
  return `public-recaps-${READ_MODEL_VERSION}`;
}

export async function writeReadModel(db: Kysely<Database>, writes: PublicRecapWrite[]): Promise<{ bodyBytes: number }> {
  await writePublicRecaps(db, writes);
  return { bodyBytes: writes.reduce((n, w) => n + w.body.body.length, 0) };
}
