// Works around: `next start` closes its server the moment SIGTERM arrives, and
// Node then drops every connection whose request it has not read yet, so under
// load requests already sent fail ("fetch failed") while the load balancer has
// not yet stopped routing here. Next's only documented hook is
// NEXT_MANUAL_SIG_HANDLE, which removes its handler altogether, and with it the
// only code that can close Next's server and wait for the requests in flight
// (the server object is not exposed). Upstream: vercel/next.js#51404 ("docs for
// gracefully handling shutdowns") and discussion vercel/next.js#19693; no
// option for a delay before the close exists in Next 16.
// Relies on: Next registering its SIGTERM listener (start-server.js) before
// instrumentation's register() runs.
// Guarded by: lib/workarounds/deferred-sigterm.test.ts (also checks Next's
// start-server still registers the listener) and e2e/multi/cluster.spec.ts
// ("SIGTERM with requests in flight", MULTI_FAULTS=1).
import { beginDrain, stopOnInterrupt } from '@/lib/shutdown';

/**
 * Graceful SIGTERM: Next's own handler is deferred. First the instance
 * reports itself draining and keeps serving for SHUTDOWN_DELAY_MS (requests
 * already queued get read, the load balancer stops routing here), then Next's
 * handler closes the server, waits for the requests in flight, and exits.
 * SIGINT (Ctrl-C in a terminal) keeps Next's immediate behaviour.
 * instrumentation.ts only, once per process.
 */
export function installGracefulShutdown(): void {
  const nextHandlers = process.listeners('SIGTERM');
  process.removeAllListeners('SIGTERM');
  process.once('SIGTERM', () => {
    const delay = beginDrain();
    console.log(`[shutdown] SIGTERM: draining for ${delay} ms, then finishing requests in flight and exiting.`);
    setTimeout(() => {
      if (nextHandlers.length === 0) process.exit(0); // NEXT_MANUAL_SIG_HANDLE: nothing else will
      for (const handler of nextHandlers) (handler as (signal: NodeJS.Signals) => void)('SIGTERM');
    }, delay);
  });
  process.once('SIGINT', () => stopOnInterrupt());
}
