import { env } from '@/lib/env';

/**
 * The client's address for rate limiting. `next start` appends the socket
 * address to X-Forwarded-For, so the last entry is the one the server saw;
 * behind N trusted proxies (TRUSTED_PROXIES=N) the client is N entries before it.
 * Values a client prepends itself are never used.
 */
export function clientIp(headers: Headers): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (chain.length === 0) return headers.get('x-real-ip')?.trim() || 'unknown';
  return chain[Math.max(0, chain.length - 1 - env.trustedProxies)];
}
