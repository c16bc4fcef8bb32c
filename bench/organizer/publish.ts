/**
 * Publish-to-visible against a running production server: per iteration the
 * "Publish now" server action is POSTed (as the admin UI's button does) and,
 * from the same instant, anonymous GETs poll the public recap page and the
 * /recaps listing every `intervalMs` until they show the recap's title (page:
 * HTTP 200 + title; listing: title present). Then "Unpublish" is POSTed and
 * both are polled until the recap is gone (page 404) before the next round.
 * The recap page is requested first while still a draft, so the cache holds
 * its 404 and publishing must invalidate it: the realistic case.
 */
import { callAction, expectAction, type CookieJar } from './http';
import { median } from '../lib/stats';
import { round2, summarize, type Summary } from './stats';

export interface PublishDraft {
  id: number;
  slug: string;
  title: string;
}

export interface PublishOptions {
  baseUrl: string;
  jar: CookieJar;
  publishId: string;
  unpublishId: string;
  iterations: number;
  intervalMs?: number;
  timeoutMs?: number;
  log?: (msg: string) => void;
}

export interface PublishRound {
  pageVisibleMs: number | null;
  listingVisibleMs: number | null;
  publishActionMs: number;
  pageGoneMs: number | null;
  listingGoneMs: number | null;
  unpublishActionMs: number;
  polls: number;
  /** x-nextjs-cache of the first response showing the recap, and of the warm 404 before the round. */
  visibleCache: string | null;
  warm404Cache: string | null;
}

export interface PublishResult {
  iterations: number;
  intervalMs: number;
  /** True medians (mean of the two middle rounds for an even count); Summary.p50Ms is nearest-rank. */
  pageVisibleMedianMs: number | null;
  listingVisibleMedianMs: number | null;
  pageVisible: Summary | null;
  listingVisible: Summary | null;
  publishAction: Summary;
  pageGone: Summary | null;
  unpublishAction: Summary;
  timeouts: number;
  rounds: PublishRound[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `url` until `done(status, html)`; resolves with ms since `t0` (null after
 * timeout) and the x-nextjs-cache header of that response. Counts requests in `counter`.
 */
async function pollFrom(
  t0: number,
  url: string,
  done: (status: number, html: string) => boolean,
  intervalMs: number,
  timeoutMs: number,
  counter: { n: number },
): Promise<{ ms: number | null; cache: string | null }> {
  for (;;) {
    const res = await fetch(url);
    const html = await res.text();
    counter.n++;
    const at = performance.now() - t0;
    if (done(res.status, html)) return { ms: at, cache: res.headers.get('x-nextjs-cache') };
    if (at > timeoutMs) return { ms: null, cache: null };
    await sleep(intervalMs);
  }
}

/** GETs the recap page 3 times while it is not published; returns the last status and x-nextjs-cache. */
export async function warmNotFound(baseUrl: string, slug: string): Promise<{ status: number; cache: string | null }> {
  let last = { status: 0, cache: null as string | null };
  for (let i = 0; i < 3; i++) {
    const res = await fetch(`${baseUrl}/recaps/${slug}`);
    await res.arrayBuffer();
    last = { status: res.status, cache: res.headers.get('x-nextjs-cache') };
  }
  return last;
}

export async function publishToVisible(draft: PublishDraft, o: PublishOptions): Promise<PublishResult> {
  const intervalMs = o.intervalMs ?? 20;
  const timeoutMs = o.timeoutMs ?? 15_000;
  const page = `${o.baseUrl}/recaps/${draft.slug}`;
  const listing = `${o.baseUrl}/recaps`;
  const editor = `/admin/recaps/${draft.id}`;
  const shows = (status: number, html: string) => status === 200 && html.includes(draft.title);
  const lists = (status: number, html: string) => status === 200 && html.includes(draft.title);
  const gone = (status: number) => status === 404;
  const unlisted = (status: number, html: string) => status === 200 && !html.includes(draft.title);
  const rounds: PublishRound[] = [];

  let warm = await warmNotFound(o.baseUrl, draft.slug);
  for (let i = 0; i < o.iterations; i++) {
    if (warm.status !== 404) throw new Error(`${page} should answer 404 while a draft, got ${warm.status}`);
    const counter = { n: 0 };
    let t0 = performance.now();
    const [pub, pageVisible, listingVisible] = await Promise.all([
      callAction(o.baseUrl, editor, o.publishId, [draft.id], o.jar),
      pollFrom(t0, page, shows, intervalMs, timeoutMs, counter),
      pollFrom(t0, listing, lists, intervalMs, timeoutMs, counter),
    ]);
    expectAction('publishAction', pub, /"ok":true/);
    t0 = performance.now();
    const [unpub, pageGone, listingGone] = await Promise.all([
      callAction(o.baseUrl, editor, o.unpublishId, [draft.id], o.jar),
      pollFrom(t0, page, gone, intervalMs, timeoutMs, counter),
      pollFrom(t0, listing, unlisted, intervalMs, timeoutMs, counter),
    ]);
    expectAction('unpublishAction', unpub, /"ok":true/);
    const round = {
      pageVisibleMs: pageVisible.ms,
      listingVisibleMs: listingVisible.ms,
      publishActionMs: pub.ms,
      pageGoneMs: pageGone.ms,
      listingGoneMs: listingGone.ms,
      unpublishActionMs: unpub.ms,
      polls: counter.n,
      visibleCache: pageVisible.cache,
      warm404Cache: warm.cache,
    };
    rounds.push(round);
    const f = (v: number | null) => (v === null ? 'timeout' : `${Math.round(v)} ms`);
    o.log?.(
      `  round ${i + 1}/${o.iterations}: page ${f(round.pageVisibleMs)} (${round.visibleCache ?? 'no x-nextjs-cache'}), listing ${f(round.listingVisibleMs)}, action ${Math.round(pub.ms)} ms; gone ${f(round.pageGoneMs)}`,
    );
    // Let the 404 settle into the cache again, as for a recap nobody has published yet.
    warm = await warmNotFound(o.baseUrl, draft.slug);
    await sleep(100);
  }
  const ok = (xs: Array<number | null>) => xs.filter((x): x is number => x !== null);
  const sum = (xs: Array<number | null>) => (ok(xs).length ? summarize(ok(xs)) : null);
  const med = (xs: Array<number | null>) => (ok(xs).length ? round2(median(ok(xs))) : null);
  return {
    iterations: o.iterations,
    intervalMs,
    pageVisibleMedianMs: med(rounds.map((r) => r.pageVisibleMs)),
    listingVisibleMedianMs: med(rounds.map((r) => r.listingVisibleMs)),
    pageVisible: sum(rounds.map((r) => r.pageVisibleMs)),
    listingVisible: sum(rounds.map((r) => r.listingVisibleMs)),
    publishAction: summarize(rounds.map((r) => r.publishActionMs)),
    pageGone: sum(rounds.map((r) => r.pageGoneMs)),
    unpublishAction: summarize(rounds.map((r) => r.unpublishActionMs)),
    timeouts: rounds.reduce((n, r) => n + (r.pageVisibleMs === null ? 1 : 0) + (r.listingVisibleMs === null ? 1 : 0) + (r.pageGoneMs === null ? 1 : 0), 0),
    rounds: rounds.map(
      (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' && k !== 'polls' ? Math.round(v) : v])) as unknown as PublishRound,
    ),
  };
}
