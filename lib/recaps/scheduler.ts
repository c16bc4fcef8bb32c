import 'server-only';
import crypto from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';
import { db } from '@/lib/db/ready';
import { env } from '@/lib/env';
import { syncRecapIndex } from '@/lib/search/indexer';
import { publishDue } from '@/lib/store/recap-status';

const TICK_MS = Number(process.env.SCHEDULER_INTERVAL_MS) || 2000;
const state = globalThis as typeof globalThis & { __recapScheduler?: NodeJS.Timeout };

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
 * Publishes scheduled recaps when they are due, with nobody signed in. Every
 * instance ticks; the conditional UPDATE in publishDue lets exactly one of
 * them publish each recap. Cache invalidation needs a request context, so the
 * publishing instance asks its own route handler to do it, naming the recaps
 * it published (app/api/internal/revalidate/route.ts).
 */
export function startScheduler(): void {
  if (state.__recapScheduler) return;
  state.__recapScheduler = setInterval(tick, TICK_MS);
  state.__recapScheduler.unref();
}

/** Stops ticking (graceful shutdown: no publish starts while the server drains). */
export function stopScheduler(): void {
  clearInterval(state.__recapScheduler);
  state.__recapScheduler = undefined;
}

async function tick(): Promise<void> {
  try {
    const published = await publishDue(await db(), new Date());
    if (published.length === 0) return;
    await Promise.all(published.map((r) => syncRecapIndex(r.id)));
    console.log(`[scheduler] published ${published.map((r) => r.slug).join(', ')}`);
    const response = await fetch(`http://127.0.0.1:${env.port}/api/internal/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${internalToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ slugs: published.map((r) => r.slug) }),
    });
    if (!response.ok) console.error(`[scheduler] revalidation answered ${response.status}`);
  } catch (error) {
    console.error('[scheduler] tick failed:', error instanceof Error ? error.message : error);
  }
}
