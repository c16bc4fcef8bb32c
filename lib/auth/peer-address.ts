import type { IncomingMessage } from 'node:http';
import { processState } from '@/lib/process-state';
import { onEveryRequest } from '@/lib/workarounds/request-hook';

/**
 * Route handlers never see the TCP peer: Next builds their `Request` from the
 * Node request's headers only, and `next start` sets X-Forwarded-For to the
 * socket address only when the client has not sent one (`??=` in
 * next/dist/server/base-server.js), so that header is whatever the client
 * chose. This hook writes the socket address into PEER_HEADER of every
 * incoming request before Next reads it, overwriting any value a client sent
 * under that name. The "installed" flag is process state because
 * instrumentation and route handlers are separate bundles in one process.
 */
export const PEER_HEADER = 'x-recaps-peer-address';

const hook = () => processState('peerAddress', () => ({ installed: false }));

/** True once installPeerAddressHook ran in this process. For lib/auth/client-ip.ts. */
export function peerHookInstalled(): boolean {
  return hook().installed;
}

/** Overwrites the peer header on one request. Exported for tests. */
export function stampPeerAddress(req: IncomingMessage): void {
  req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? '';
}

/** instrumentation.ts only, once per process. */
export async function installPeerAddressHook(): Promise<void> {
  await onEveryRequest(stampPeerAddress);
  hook().installed = true;
}

/** Tests only: pretend the hook ran (unit tests build Headers by hand). */
export function markPeerHookInstalledForTests(): void {
  hook().installed = true;
}
