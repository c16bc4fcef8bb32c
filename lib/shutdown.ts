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
 * The instance is going away: report it (isDraining), and stop the
 * scheduler at once, since a publish must not start on an instance about to
 * go away. Returns how long to keep serving (SHUTDOWN_DELAY_MS) before the
 * server closes. lib/workarounds/deferred-sigterm.ts only.
 */
export function beginDrain(): number {
  drain().started = true;
  stopScheduler();
  return env.shutdownDelayMs;
}

/** Ctrl-C in a terminal: no drain, Next stops at once; only the scheduler is stopped first. */
export function stopOnInterrupt(): void {
  stopScheduler();
}
