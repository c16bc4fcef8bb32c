import 'server-only';
import crypto from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';
import { db } from '@/lib/db/ready';
import { env } from '@/lib/env';
import { processState } from '@/lib/process-state';
import { syncRecapIndex } from '@/lib/search/indexer';
import { refreshPublishedRecaps } from './queries';
import { publishDueRecaps } from './scheduled-publish';

/** The timer and whether a tick is running, once per process (process state). */
const shared = () => processState('scheduler', (): { timer?: NodeJS.Timeout; ticking?: boolean } => ({}));

/** Token that lets the scheduler ask its own server to revalidate; derived from the auth secret. */
export function internalToken(): string {
  return crypto.createHmac('sha256', authSecret()).update('internal-revalidate').digest('base64url');
}

export function isInternalToken(value: string | null): boolean {
  if (!value) return false;
  const expected = Buffer.from(internalToken());
  const given = Buffer.from(value);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/**
 * Publishes scheduled recaps when they are due, with nobody signed in, through
 * the publish gate (lib/recaps/scheduled-publish.ts). Every instance ticks;
 * the conditional UPDATE in publishScheduled lets exactly one of them publish
 * each recap. Cache invalidation needs a request context, so the
 * publishing instance asks its own route handler to do it, naming the recaps
 * it published (app/api/internal/revalidate/route.ts).
 */
export function startScheduler(): void {
  const state = shared();
  if (state.timer) return;
  state.timer = setInterval(tick, env.schedulerIntervalMs);
  state.timer.unref();
}

/** Stops ticking (graceful shutdown: no publish starts while the server drains). */
export function stopScheduler(): void {
  const state = shared();
  clearInterval(state.timer);
  state.timer = undefined;
}

async function tick(): Promise<void> {
  // A tick may outlast the interval (each due recap is checked within the compile budget):
  // the next one waits rather than checking the same recaps again beside it.
  const state = shared();
  if (state.ticking) return;
  state.ticking = true;
  try {
    const { published, refused } = await publishDueRecaps(await db(), new Date());
    for (const r of refused) console.warn(`[scheduler] "${r.slug}" stays scheduled: ${r.problem}`);
    if (published.length > 0) {
      await Promise.all(published.map((r) => syncRecapIndex(r.id)));
      console.log(`[scheduler] published ${published.map((r) => r.slug).join(', ')}`);
      await expirePublished(published.map((r) => r.slug));
    }
    // After the expiry, which must not wait on it: keeps this instance's copy
    // of the published recaps current (see lib/recaps/queries.ts).
    await refreshPublishedRecaps();
  } catch (error) {
    console.error('[scheduler] tick failed:', error instanceof Error ? error.message : error);
  } finally {
    state.ticking = false;
  }
}

const REVALIDATE_ATTEMPTS = 3;
const REVALIDATE_CHUNK = 500;

/** Asks this server to expire the pages of newly published recaps; retried, since a miss would leave their cached 404s up. */
async function expirePublished(slugs: string[]): Promise<void> {
  for (let i = 0; i < slugs.length; i += REVALIDATE_CHUNK) {
    const chunk = slugs.slice(i, i + REVALIDATE_CHUNK);
    for (let attempt = 1; ; attempt++) {
      const status = await fetch(`http://127.0.0.1:${env.port}/api/internal/revalidate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${internalToken()}`, 'content-type': 'application/json' },
        body: JSON.stringify({ slugs: chunk }),
      }).then((r) => r.status, (error: unknown) => (error instanceof Error ? error.message : String(error)));
      if (status === 204) break;
      if (attempt === REVALIDATE_ATTEMPTS) {
        console.error(`[scheduler] revalidation of ${chunk.join(', ')} failed (${status}) after ${attempt} attempts`);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}
