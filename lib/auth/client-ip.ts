import { isIP } from 'node:net';
import { env } from '@/lib/env';
import { PEER_HEADER, peerHookInstalled } from './peer-address';

/** The bucket used when no trustworthy address exists: stricter, never bypassable. */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * The client's address for rate limiting, from headers no client can choose.
 *
 * - TRUSTED_PROXIES=0 (the app faces clients): the TCP peer, written by
 *   lib/auth/peer-address.ts. X-Forwarded-For, X-Real-IP and every other
 *   forwarding header are ignored: the client sets them.
 * - TRUSTED_PROXIES=N: the Nth entry from the right of X-Forwarded-For (each
 *   trusted proxy appends the address it saw; entries further left were sent
 *   by the client). A chain shorter than N, or an entry that is not an IP
 *   address, falls back to the peer (the nearest proxy): stricter, never looser.
 *
 * IPv6 addresses are reduced to their /64, which one client usually owns whole.
 * For lib/auth only.
 */
export function clientIp(headers: Headers, trustedProxies = env.trustedProxies): string {
  if (trustedProxies > 0) {
    // Repeated headers arrive joined with ", " (RFC 9110 §5.3), which is the same list.
    const chain = (headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim());
    const entry = chain.length >= trustedProxies ? normalizeIp(chain[chain.length - trustedProxies]) : null;
    if (entry) return entry;
  }
  return peerAddress(headers);
}

function peerAddress(headers: Headers): string {
  // Without the hook, the header could have come from the client.
  if (!peerHookInstalled()) return UNKNOWN_CLIENT;
  return normalizeIp(headers.get(PEER_HEADER) ?? '') ?? UNKNOWN_CLIENT;
}

/** A canonical rate-limit key for an address, or null if `raw` is not one. Exported for tests. */
export function normalizeIp(raw: string): string | null {
  let value = raw.trim();
  // Some proxies append a port: "1.2.3.4:5678" or "[2001:db8::1]:443".
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  value = value.replace(/%[\w.-]+$/, ''); // zone index: fe80::1%eth0
  const version = isIP(value);
  if (version === 4) return value;
  if (version !== 6) return null;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped && isIP(mapped[1]) === 4) return mapped[1];
  return `${expandIpv6(value).slice(0, 4).join(':')}::/64`;
}

function expandIpv6(ip: string): string[] {
  let text = ip.toLowerCase();
  // A trailing dotted quad (::ffff:1.2.3.4 forms other than the mapped one) as two groups.
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number);
    text = text.slice(0, quad.index) + ((a << 8) | b).toString(16) + ':' + ((c << 8) | d).toString(16);
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16).toString(16));
}
