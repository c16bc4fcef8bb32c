import { useState, useSyncExternalStore } from 'react';
import { draftKey, parseStored, readRaw, type StoredDraft } from './local-draft';
import { sameContent, type EditorInitial } from './types';

const noSubscription = () => () => {};

/**
 * Offers the browser's copy of unsaved text when it differs from what the
 * server sent and was written after the server's last save. Read through
 * useSyncExternalStore so the server render (no localStorage) and the first
 * client render agree. Once the author decides, or edits with nothing to
 * offer, the stored copy is no longer consulted: from then on it is the
 * editor's own running copy.
 */
export function useRestoreOffer(recapId: number, initial: EditorInitial) {
  const [decided, setDecided] = useState(false);
  const raw = useSyncExternalStore(
    noSubscription,
    () => (decided ? null : readRaw(draftKey(recapId))),
    () => null,
  );
  const stored = raw === null ? null : parseStored(raw);
  const offer: StoredDraft | null = stored && !sameContent(stored, initial) && stored.savedAt > Date.parse(initial.updatedAt) ? stored : null;
  return { offer, decide: () => setDecided(true), decided };
}
