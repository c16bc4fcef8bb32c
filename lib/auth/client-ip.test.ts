import { beforeAll, describe, expect, it } from 'vitest';
import { clientIp, normalizeIp, UNKNOWN_CLIENT } from './client-ip';
import { markPeerHookInstalledForTests, PEER_HEADER } from './peer-address';

const request = (headers: Record<string, string>) => new Headers(headers);

describe('clientIp with no trusted proxy (TRUSTED_PROXIES=0)', () => {
  beforeAll(markPeerHookInstalledForTests);

  it('uses the socket address and ignores every forwarding header a client can send', () => {
    const spoofed = { 'x-forwarded-for': '203.0.113.9', 'x-real-ip': '203.0.113.10', forwarded: 'for=203.0.113.11', 'cf-connecting-ip': '203.0.113.12' };
    expect(clientIp(request({ ...spoofed, [PEER_HEADER]: '198.51.100.7' }), 0)).toBe('198.51.100.7');
    for (let i = 0; i < 20; i++) {
      expect(clientIp(request({ 'x-forwarded-for': `10.0.0.${i}, 10.1.0.${i}`, 'x-real-ip': `10.2.0.${i}`, [PEER_HEADER]: '198.51.100.7' }), 0)).toBe(
        '198.51.100.7',
      );
    }
  });

  it('never falls back to a forwarding header when the peer is missing or malformed', () => {
    expect(clientIp(request({ 'x-forwarded-for': '203.0.113.9' }), 0)).toBe(UNKNOWN_CLIENT);
    expect(clientIp(request({ [PEER_HEADER]: 'not an ip', 'x-real-ip': '203.0.113.9' }), 0)).toBe(UNKNOWN_CLIENT);
  });

  it('folds an IPv4-mapped IPv6 peer into IPv4, and an IPv6 peer into its /64', () => {
    expect(clientIp(request({ [PEER_HEADER]: '::ffff:192.0.2.1' }), 0)).toBe('192.0.2.1');
    expect(clientIp(request({ [PEER_HEADER]: '2001:db8:1:2:aaaa::1' }), 0)).toBe('2001:db8:1:2::/64');
    expect(clientIp(request({ [PEER_HEADER]: '2001:db8:1:2:ffff:ffff:ffff:ffff' }), 0)).toBe('2001:db8:1:2::/64');
  });
});

describe('clientIp behind N trusted proxies', () => {
  beforeAll(markPeerHookInstalledForTests);
  const peer = { [PEER_HEADER]: '10.9.9.9' };

  it('takes the Nth entry from the right and nothing else', () => {
    expect(clientIp(request({ ...peer, 'x-forwarded-for': 'spoofed, 203.0.113.5' }), 1)).toBe('203.0.113.5');
    expect(clientIp(request({ ...peer, 'x-forwarded-for': '1.1.1.1, 203.0.113.5, 10.0.0.2' }), 2)).toBe('203.0.113.5');
    expect(clientIp(request({ ...peer, 'x-forwarded-for': '203.0.113.5', 'x-real-ip': '1.1.1.1' }), 1)).toBe('203.0.113.5');
  });

  it('reads repeated headers as one list (as Headers joins them)', () => {
    const headers = new Headers(peer);
    headers.append('x-forwarded-for', '6.6.6.6');
    headers.append('x-forwarded-for', '203.0.113.5');
    expect(clientIp(headers, 1)).toBe('203.0.113.5');
  });

  it('falls back to the peer for a short chain or a malformed entry, never to a client-chosen one', () => {
    expect(clientIp(request({ ...peer }), 1)).toBe('10.9.9.9');
    expect(clientIp(request({ ...peer, 'x-forwarded-for': '203.0.113.5' }), 2)).toBe('10.9.9.9');
    expect(clientIp(request({ ...peer, 'x-forwarded-for': '1.1.1.1, garbage' }), 1)).toBe('10.9.9.9');
    expect(clientIp(request({ ...peer, 'x-forwarded-for': '1.1.1.1, ' }), 1)).toBe('10.9.9.9');
    expect(clientIp(request({ ...peer, 'x-forwarded-for': ',,,' }), 1)).toBe('10.9.9.9');
  });
});

describe('normalizeIp', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    [' 192.0.2.1:5678 ', '192.0.2.1'],
    ['[2001:db8::1]:443', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['999.1.1.1', null],
    ['1.2.3', null],
    ['', null],
    ['<script>', null],
  ])('%s → %s', (raw, expected) => expect(normalizeIp(raw)).toBe(expected));
});
