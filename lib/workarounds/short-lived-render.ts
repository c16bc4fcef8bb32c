import { unstable_cache } from 'next/cache';

// Workaround: there is no API to lower the ISR lifetime of the one render in
// progress (route segment `revalidate` is fixed per route at build). Next
// gives a page the shortest lifetime of the data-cache entries it read while
// rendering, so reading one short-lived `unstable_cache` entry lowers it.
// Relied on by lib/recaps/recent-reads.ts: a page rendered from the answers
// kept during a database outage must go stale within seconds.
// No upstream issue asks for such an API that we found. Guarded by
// lib/cache/handler.test.ts ("a data entry (unstable_cache) lives 1.5 × its
// revalidate") for the entry; the page's lifetime is on the upgrade checklist
// in ./README.md.

/** Lowers the cache lifetime of the page being rendered (ISR) to `seconds`; no effect on a dynamic render. */
export function shortLivedRender(seconds: number): Promise<boolean> {
  return unstable_cache(async () => true, [`short-lived-render-${seconds}`], { revalidate: seconds })();
}
