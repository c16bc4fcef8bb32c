import type { SaveStatus } from '@/components/admin/editor/types';

export { differsFromLive } from '@/lib/recaps/live-text';

/** The server has exactly the text in the editor, so an update would apply what the organizer sees. */
export function isSaved(status: SaveStatus): boolean {
  return status.kind === 'clean' || status.kind === 'saved';
}
