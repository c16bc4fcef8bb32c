/**
 * What the app derives from one generated recap, for the seeder: its search
 * documents and its read-model rows. Pure and the costly part of seeding,
 * so bench/scale/derive-worker.ts runs it off the main thread.
 */
import { documentsOf } from '../../lib/search/documents';
import type { SearchDocRow } from '../../lib/search/schema';
import { publicRecapRows } from '../../lib/recaps/public-recap-rows';
import type { Recap } from '../../lib/recaps/types';
import type { PublicRecapWrite } from '../../lib/sql/read-model-write';
import { compileModel } from './mdx-build';
import type { ScaleRecap } from './recap-model';

export interface Derived {
  docs: SearchDocRow[];
  readModel: PublicRecapWrite;
}

/**
 * The recap object has the keys, in the order, that lib/recaps/db-recaps.ts
 * gives it, so its content hash is the one the app computes; recap_id and
 * live_version (1) say the row is current, so the app's start-up sync finds
 * nothing to do.
 */
export function derive(recap: ScaleRecap, id: number): Derived {
  const { tree, hast } = compileModel(recap.nodes);
  const { lastModified, source, ...head } = recap.summary;
  const full = { ...head, tree, hast, lastModified, source } as unknown as Recap;
  return { docs: documentsOf(recap.summary, recap.intro), readModel: publicRecapRows(full, { recapId: id, liveVersion: 1 }) };
}
