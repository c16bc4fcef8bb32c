import { fieldsToStored, type RecapFields } from '@/lib/recaps/editor-fields';
import type { DraftContent, SaveStatus } from '@/components/admin/editor/types';

/** Whether the working copy differs from the live text, as stored (so "a,b" and "a, b" tags are the same). */
export function differsFromLive(live: { fields: RecapFields; body: string }, working: DraftContent): boolean {
  return live.body !== working.body || stored(live.fields) !== stored(working.fields);
}

function stored(fields: RecapFields): string {
  const value = fieldsToStored(fields);
  return JSON.stringify(Object.keys(value).sort().map((k) => [k, value[k]]));
}

/** The server has exactly the text in the editor, so an update would apply what the organizer sees. */
export function isSaved(status: SaveStatus): boolean {
  return status.kind === 'clean' || status.kind === 'saved';
}
