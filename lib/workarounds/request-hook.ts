// Works around: `next start` offers no layer below its router. Route handlers
// get no socket (so no peer address), and Next decodes the path before
// proxy.ts runs for most routes. No upstream issue or documented API for a
// request hook below the router was found.
// Relies on: Next creating its http.Server before instrumentation runs and
// emitting 'request' through the prototype's emit (read at each emit).
// Guarded by: lib/workarounds/request-hook.test.ts; e2e/admin/hardening.spec.ts
// ("rotating X-Forwarded-For … does not reset the limit", "malformed
// percent-escapes in every dynamic segment are a normal 404").
import type { IncomingMessage, Server } from 'node:http';
import { processState } from '@/lib/process-state';

type RequestHook = (req: IncomingMessage) => void;

/**
 * Runs `hook` on every incoming HTTP request of this process before Next's
 * own request listener sees it, by wrapping `emit('request')` of the http and
 * https Server prototypes (Next's server is created before instrumentation
 * runs; the prototype is read at each emit). The only layer `next start`
 * offers below Next's router: route handlers get no socket, and Next's
 * decoding of the path happens before proxy.ts for most routes.
 * instrumentation.ts only (lib/auth/peer-address.ts, lib/workarounds/literal-escapes.ts).
 */
export async function onEveryRequest(hook: RequestHook): Promise<void> {
  // Process state: the prototypes are wrapped once per process, whichever bundle asks.
  const state = processState('requestHooks', (): { hooks?: RequestHook[] } => ({}));
  if (!state.hooks) {
    const hooks: RequestHook[] = (state.hooks = []);
    const http = await import('node:http');
    const https = await import('node:https');
    for (const proto of [http.Server.prototype, https.Server.prototype] as Server[]) {
      const emit = proto.emit;
      proto.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
        if (event === 'request') for (const run of hooks) run(args[0] as IncomingMessage);
        return Reflect.apply(emit, this, [event, ...args]) as boolean;
      } as Server['emit'];
    }
  }
  if (!state.hooks.includes(hook)) state.hooks.push(hook);
}
