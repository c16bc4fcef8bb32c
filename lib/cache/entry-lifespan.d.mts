import type { CacheValue, Lifespan } from './handler-types';

export function revalidateOf(value: CacheValue, ctx: unknown): number | false | undefined;
export function lifespanOf(lastModified: number, revalidate: number | false | undefined, maxStaleAgeS: number): Lifespan;
export function entryTags(key: string, value: CacheValue, ctx: unknown): string[];
