/** True for a page or route answer with a 4xx/5xx status: never stored in the page cache. */
export function isMissEntry(value: { kind?: string; status?: number } | null | undefined): boolean;
