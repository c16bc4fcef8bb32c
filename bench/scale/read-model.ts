/**
 * The public read model's rows for a batch of generated recaps. Until the
 * read model exists, the app reads every published recap itself, so there is
 * nothing more to write.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../lib/db/schema';
import type { SearchDocRow } from '../../lib/search/schema';
import type { ScaleRecap } from './recap-model';

export interface ReadModelItem {
  /** The recap's row id. */
  id: number;
  recap: ScaleRecap;
  docs: SearchDocRow[];
}

/** Part of the seed fingerprint: a change here regenerates the bench databases. */
export function readModelVersion(): string {
  return 'none';
}

export async function writeReadModel(db: Kysely<Database>, items: ReadModelItem[]): Promise<void> {
  void db;
  void items;
}
