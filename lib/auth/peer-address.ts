import type { IncomingMessage } from 'node:http';
import { onEveryRequest } from '@/lib/server/on-request';

/**
 * Route handlers never see the TCP peer: Next builds their `Request` from the
 * Node request's headers only, and `next start` sets X-Forwarded-For to the
 * socket address only when the client has not sent one (`??=` in
 * next/dist/server/base-server.js), so that header is whatever the client
 * chose. This hook writes the socket address into PEER_HEADER of every
 * incoming request before Next reads it, overwriting any value a client sent
 * under that name. `globalThis` carries the "installed" flag because
 * instrumentation and route handlers are separate bundles in one process.
 */
export const PEER_HEADER = 'x-recaps-peer-address';
const INSTALLED = Symbol.for('recaps.peer-address-hook');

type Flagged = typeof globalThis & { [INSTALLED]?: boolean };

/** True once installPeerAddressHook ran in this process. For lib/auth/client-ip.ts. */
export function peerHookInstalled(): boolean {
  return (globalThis as Flagged)[INSTALLED] === true;
}

/** Overwrites the peer header on one request. Exported for tests. */
export function stampPeerAddress(req: IncomingMessage): void {
  req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? '';
}

/** instrumentation.ts only, once per process. */
export async function installPeerAddressHook(): Promise<void> {
  await onEveryRequest(stampPeerAddress);
  (globalThis as Flagged)[INSTALLED] = true;
}

/** Tests only: pretend the hook ran (unit tests build Headers by hand). */
export function markPeerHookInstalledForTests(): void {
  (globalThis as Flagged)[INSTALLED] = true;
}
