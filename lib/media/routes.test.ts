import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '@/lib/db/test-support';
import type { User } from '@/lib/sql/types';
import { createUser } from '@/lib/sql/users';
import { SVG_MESSAGE } from './sniff';
import { noisyJpeg, png } from './test-images';

// The route handlers, end to end over a temp SQLite database, with the session stubbed.
const state = vi.hoisted(() => ({ db: undefined as unknown, user: null as unknown }));
vi.mock('@/lib/db/ready', () => ({ db: async () => state.db }));
// Only the session cookie is stubbed: the real guard and policy run.
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => state.user }));
// The organizer's language, which the route reads from the request (lib/i18n/admin-locale.ts); here, English.
vi.mock('@/lib/i18n/admin-locale', () => ({ getAdminLocale: async () => 'en' }));

const { POST } = await import('@/app/api/media/route');
const { GET } = await import('@/app/media/[file]/route');

const T0 = new Date('2025-03-01T10:00:00.000Z');

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  POST(new Request('http://portal.test/api/media', { method: 'POST', body, headers, duplex: 'half' } as RequestInit));

function upload(parts: Record<string, Blob | string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts)) form.append(name, value);
  return post(form);
}

const fileOf = (bytes: Buffer, name: string, type: string) => new File([new Uint8Array(bytes)], name, { type });

const get = (file: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://portal.test/media/${file}`, { headers }), { params: Promise.resolve({ file }) });

describe('POST /api/media and GET /media/[file]', () => {
  const t = useTestDatabase('sqlite', false);
  let organizer: User;
  beforeEach(async () => {
    state.db = t.db;
    organizer = await createUser(t.db, { email: 'o@example.org', name: 'O', role: 'organizer', now: T0 });
    state.user = organizer;
  });

  it('answers 401 to anonymous uploads without reading the body', async () => {
    state.user = null;
    const request = new Request('http://portal.test/api/media', { method: 'POST', body: 'x'.repeat(100) });
    const res = await POST(request);
    expect(res.status).toBe(401);
    expect(request.bodyUsed).toBe(false);
  });

  it('stores a PNG named photo.jpg as PNG and serves it with immutable, nosniff headers', async () => {
    const bytes = await png(64, 48);
    const res = await upload({ file: fileOf(bytes, 'photo.jpg', 'image/jpeg') });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { src: string; width: number; height: number };
    expect(body).toMatchObject({ width: 64, height: 48, src: expect.stringMatching(/^\/media\/[0-9a-f]{64}\.png$/) });

    const file = body.src.slice('/media/'.length);
    const served = await get(file);
    expect(served.status).toBe(200);
    expect(Object.fromEntries(served.headers)).toMatchObject({
      'content-type': 'image/png',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      etag: `"${file.slice(0, 64)}"`,
    });
    const data = Buffer.from(await served.arrayBuffer());
    expect(served.headers.get('content-length')).toBe(String(data.length));
    expect(data.subarray(0, 8).equals(bytes.subarray(0, 8))).toBe(true);

    const again = await get(file, { 'If-None-Match': `W/"nope", "${file.slice(0, 64)}"` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('dedupes the same image uploaded twice', async () => {
    const bytes = await noisyJpeg();
    const a = await (await upload({ file: fileOf(bytes, 'a.jpg', 'image/jpeg') })).json();
    const b = await (await upload({ file: fileOf(bytes, 'b.jpeg', 'application/octet-stream') })).json();
    expect(a.src).toBe(b.src);
    expect(await t.db.selectFrom('media').select('hash').execute()).toHaveLength(1);
  });

  it('answers 404 for unknown, malformed or wrongly-suffixed names', async () => {
    const { src } = await (await upload({ file: fileOf(await png(), 'p.png', 'image/png') })).json();
    const hash = src.slice(7, 71);
    for (const name of [`${'0'.repeat(64)}.png`, `${hash}.jpg`, `${hash}.PNG`, `${hash.toUpperCase()}.png`, hash, '..%2Fetc.png', `${hash}.png.svg`]) {
      const res = await get(name);
      expect(res.status, name).toBe(404);
      expect(await res.text()).toBe('Not found');
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    }
  });

  it('answers 4xx with a message for bad uploads, never 500', async () => {
    const cases: [Promise<Response>, number, RegExp | string][] = [
      [upload({ file: fileOf(Buffer.from('<svg onload="alert(1)"/>'), 'x.png', 'image/png') }), 415, SVG_MESSAGE],
      [upload({ file: fileOf(Buffer.from('plain notes'), 'notes.png', 'image/png') }), 415, /^This file is text/],
      [upload({ file: fileOf((await noisyJpeg()).subarray(0, 900), 'cut.jpg', 'image/jpeg') }), 422, /damaged or incomplete/],
      [upload({ image: fileOf(await png(), 'p.png', 'image/png') }), 400, /field named file/],
      [upload({ file: 'not a file' }), 400, /field named file/],
      [post(JSON.stringify({ file: 'x' }), { 'Content-Type': 'application/json' }), 400, /multipart\/form-data/],
      [post('--x\r\nbroken', { 'Content-Type': 'multipart/form-data; boundary=x' }), 400, /multipart\/form-data/],
      [post('tiny', { 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(50 * 1024 * 1024) }), 413, /10 MB/],
      [upload({ file: fileOf(Buffer.alloc(10 * 1024 * 1024 + 1), 'big.png', 'image/png') }), 413, /10 MB/],
      // No Content-Length at all (a stream): the reader stops at the cap.
      [post(new Blob([Buffer.alloc(11 * 1024 * 1024)]).stream(), { 'Content-Type': 'multipart/form-data; boundary=x' }), 413, /10 MB/],
    ];
    for (const [pending, status, message] of cases) {
      const res = await pending;
      const body = (await res.json()) as { error: string };
      expect([res.status, body.error]).toEqual([status, typeof message === 'string' ? message : expect.stringMatching(message)]);
    }
    expect(await t.db.selectFrom('media').select('hash').execute()).toHaveLength(0);
  });
});
