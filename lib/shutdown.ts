import { env } from '@/lib/env';
import { processState } from '@/lib/process-state';
import { stopScheduler } from '@/lib/recaps/scheduler';

// Process state: instrumentation and the health route are separate bundles.
const drain = () => processState('draining', () => ({ started: false }));

/** True once SIGTERM arrived: /api/health answers 503 so the load balancer moves on. */
export function isDraining(): boolean {
  return drain().started;
}

/**
 * Graceful SIGTERM. `next start` handles SIGTERM by closing its server at
 * once, and Node then drops every connection whose request it has not read
 * yet: under load, requests already sent fail ("fetch failed"). So Next's
 * handler is deferred: first the instance reports itself draining and keeps
 * serving for SHUTDOWN_DELAY_MS (requests already queued get read, the load
 * balancer stops routing here), then Next closes the server, waits for the
 * requests in flight, and exits. The scheduler stops at once: a publish must
 * not start on an instance about to go away.
 *
 * SIGINT (Ctrl-C in a terminal) keeps Next's immediate behaviour.
 */
export function installGracefulShutdown(): void {
  const nextHandlers = process.listeners('SIGTERM');
  process.removeAllListeners('SIGTERM');
  process.once('SIGTERM', () => {
    drain().started = true;
    stopScheduler();
    const delay = env.shutdownDelayMs;
    console.log(`[shutdown] SIGTERM: draining for ${delay} ms, then finishing requests in flight and exiting.`);
    setTimeout(() => {
      if (nextHandlers.length === 0) process.exit(0); // NEXT_MANUAL_SIG_HANDLE: nothing else will
      for (const handler of nextHandlers) (handler as (signal: NodeJS.Signals) => void)('SIGTERM');
    }, delay);
  });
  process.once('SIGINT', () => stopScheduler());
}
