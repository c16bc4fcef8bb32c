import type { CacheEntry, Handler } from './handler-types';

/** Bytes an entry holds (HTML, RSC payloads, route body), as the memory budget counts them. */
export function entryBytes(entry: CacheEntry): number;

/** The single-instance cache: entries as objects in memory, bounded in bytes, least recently used first out. */
export function createMemoryHandler(options: { maxBytes: number; maxAgeMs: number }): Handler & { bytes(): number; size(): number };
