import type { DraftContent } from './types';

/**
 * The browser's own copy of unsaved text: written on every edit, so a crash,
 * a lost connection or a closed tab never loses more than the last keystroke.
 */
export interface StoredDraft extends DraftContent {
  savedAt: number;
  baseVersion: number;
}

export const draftKey = (id: number) => `recap-draft-${id}`;
/** Where "Use theirs" keeps the author's own version after a conflict. */
export const mineKey = (id: number) => `recap-draft-${id}-mine`;

export function readRaw(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function parseStored(raw: string): StoredDraft | null {
  try {
    const value = JSON.parse(raw) as Partial<StoredDraft>;
    if (typeof value.body !== 'string' || !value.fields || typeof value.savedAt !== 'number') return null;
    return value as StoredDraft;
  } catch {
    return null;
  }
}

/** Returns false when storage is unavailable or full; the server copy is then the only one. */
export function writeStored(key: string, content: DraftContent, baseVersion: number): boolean {
  try {
    const value: StoredDraft = { ...content, savedAt: Date.now(), baseVersion };
    window.localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to clean up when storage is unavailable.
  }
}
