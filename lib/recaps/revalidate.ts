import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { PUBLIC_PATHS, RECAPS_TAG } from './tags';

/**
 * Expires every cached public page that lists or shows recaps. Called after
 * publish, unpublish, a published recap's edit, and scheduled publishing.
 * `expire: 0`: the next visitor gets fresh content, not a stale copy.
 */
export function revalidatePublicRecaps(): void {
  revalidateTag(RECAPS_TAG, { expire: 0 });
  for (const [path, type] of PUBLIC_PATHS) {
    if (type) revalidatePath(path, type);
    else revalidatePath(path);
  }
}
