import 'server-only';
import crypto from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';
import { db } from '@/lib/db/ready';
import { env } from '@/lib/env';
import { processState } from '@/lib/process-state';
import { repairSearchIndex, syncDatabaseRecaps } from './read-model-sync';
import { confirmRecentReads } from './recent-reads';
import { publishDueRecaps } from './scheduled-publish';
import { now } from '@/lib/events/clock';
import type { EndedEvent } from './affected-paths';
import { findEndedEvents } from './event-expiry';

/** How often the tick looks for database recaps out of step with the read model. */
const SYNC_EVERY_MS = 60_000;

/** The timer, whether a tick is running and when the read model was last checked, once per process (process state). */
const shared = () => processState('scheduler', (): { timer?: NodeJS.Timeout; ticking?: boolean; syncedAt?: number; eventsCheckedAt?: Date } => ({}));

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
 * each recap. The after-change function (read model, search, expired pages)
 * needs a request context, so the publishing instance asks its own route
 * handler to run it, naming the recaps it published
 * (app/api/internal/revalidate/route.ts). At start and then every minute the
 * tick also hands on database recaps found out of step with the read model,
 * and repairs the search index (lib/recaps/read-model-sync.ts). Every tick
 * it also expires the pages of events that ended since the last one
 * (lib/recaps/event-expiry.ts): their stage follows the site's clock.
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
    const database = await db();
    const { published, refused } = await publishDueRecaps(database, now());
    for (const r of refused) console.warn(`[scheduler] "${r.slug}" stays scheduled: ${r.problem}`);
    if (published.length > 0) {
      console.log(`[scheduler] published ${published.map((r) => r.slug).join(', ')}`);
      await applyChanges(published.map((r) => r.id));
    }
    // The clock the pages read (the test clock in e2e), not the real one.
    const { ended, next } = await findEndedEvents(database, state.eventsCheckedAt, now());
    if (ended.length > 0) {
      console.log(`[scheduler] event(s) ended: ${ended.map((e) => e.slug).join(', ')}`);
      await expireEndedEvents(ended);
    }
    state.eventsCheckedAt = next;
    if (Date.now() - (state.syncedAt ?? 0) >= SYNC_EVERY_MS) {
      const handed = await syncDatabaseRecaps(database, applyChanges);
      if (handed) console.log(`[scheduler] ${handed} database recap(s) were out of step with the read model`);
      const repaired = await repairSearchIndex(database);
      if (repaired.indexed || repaired.removed) console.log(`[search] index repaired: ${repaired.indexed} recap(s) indexed, ${repaired.removed} removed`);
      state.syncedAt = Date.now();
    }
    // After the expiry, which must not wait on it (lib/recaps/recent-reads.ts).
    await confirmRecentReads(database);
  } catch (error) {
    console.error('[scheduler] tick failed:', error instanceof Error ? error.message : error);
  } finally {
    state.ticking = false;
  }
}

const REVALIDATE_ATTEMPTS = 3;
const REVALIDATE_CHUNK = 100;

/** Asks this server to run the after-change function for recaps `ids`; retried, since a miss would leave their cached 404s up. */
async function applyChanges(ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += REVALIDATE_CHUNK) await askToRevalidate({ ids: ids.slice(i, i + REVALIDATE_CHUNK) });
}

/** Asks this server to expire the pages of events that ended (`afterPublicChange([], undefined, ended)`). */
async function expireEndedEvents(ended: EndedEvent[]): Promise<void> {
  for (let i = 0; i < ended.length; i += REVALIDATE_CHUNK) await askToRevalidate({ ended: ended.slice(i, i + REVALIDATE_CHUNK) });
}

async function askToRevalidate(body: { ids: number[] } | { ended: EndedEvent[] }): Promise<void> {
  const chunk = 'ids' in body ? body.ids.join(', ') : body.ended.map((e) => e.slug).join(', ');
  for (let attempt = 1; ; attempt++) {
    const status = await fetch(`http://127.0.0.1:${env.port}/api/internal/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${internalToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(
      (r) => r.status,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    if (status === 204) break;
    if (attempt === REVALIDATE_ATTEMPTS) {
      console.error(`[scheduler] revalidation of ${chunk} failed (${status}) after ${attempt} attempts`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
  }
}
