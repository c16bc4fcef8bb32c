import type { CacheEntry } from './handler-types';

/** The entry as JSON text, Buffers and the segment Map as base64. */
export function encodeEntry(entry: CacheEntry): string;
/** The entry encodeEntry wrote, or null for anything else. */
export function decodeEntry(text: string): CacheEntry | null;
/** Past its lifespan, or one of its tags revalidated at or after it was written. */
export function isExpired(entry: CacheEntry, revalidatedAts: Iterable<number | undefined>, now?: number): boolean;
