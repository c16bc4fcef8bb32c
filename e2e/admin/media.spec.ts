import crypto from 'node:crypto';
import sharp from 'sharp';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { ADMIN, dbQuery, signedInContext } from '../support/admin';

// Image uploads through the API, as the editor's upload buttons send them,
// with a signed-in organizer's cookies. The type is judged from the bytes,
// never from the file name or the declared type.

test.describe.configure({ mode: 'serial' });

let api: APIRequestContext;

test.beforeAll(async ({ browser, playwright }) => {
  const baseURL = test.info().project.use.baseURL;
  const context = await signedInContext(browser, baseURL!, ADMIN.email, ADMIN.password);
  api = await playwright.request.newContext({ baseURL, storageState: await context.storageState() });
  await context.close();
});

test.afterAll(async () => {
  await api?.dispose();
});

const mediaCount = () => dbQuery<{ n: number }>('select count(*) as n from media')[0].n;

function upload(name: string, mimeType: string, buffer: Buffer) {
  return api.post('/api/media', { multipart: { file: { name, mimeType, buffer } } });
}

/** A PNG with random pixels, so every run uploads new bytes. */
async function randomPng(width: number, height: number): Promise<Buffer> {
  return sharp(crypto.randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

test('a PNG named photo.jpg is stored as a PNG and served with nosniff and immutable caching', async () => {
  const png = await randomPng(64, 48);
  const response = await upload('photo.jpg', 'image/jpeg', png);
  expect(response.status(), await response.text()).toBe(201);
  const { src, width, height } = (await response.json()) as { src: string; width: number; height: number };
  expect(src).toMatch(/^\/media\/[0-9a-f]{64}\.png$/);
  expect({ width, height }).toEqual({ width: 64, height: 48 });

  const served = await api.get(src);
  expect(served.status()).toBe(200);
  const headers = served.headers();
  expect(headers['content-type']).toBe('image/png');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cache-control']).toContain('immutable');
  expect(headers['cache-control']).toContain('max-age=31536000');
  const meta = await sharp(await served.body()).metadata();
  expect(meta).toMatchObject({ format: 'png', width: 64, height: 48 });
  // Served to anyone (published recaps embed it), revalidated by ETag.
  const etag = headers.etag;
  expect(etag).toBeTruthy();
  expect((await api.get(src, { headers: { 'if-none-match': etag } })).status()).toBe(304);
});

test('an SVG is refused with 415', async () => {
  const before = mediaCount();
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
  const response = await upload('logo.svg', 'image/svg+xml', svg);
  expect(response.status()).toBe(415);
  expect(((await response.json()) as { error: string }).error).toBeTruthy();
  expect(mediaCount()).toBe(before);
});

test('a text file named .png is refused with 415', async () => {
  const before = mediaCount();
  const response = await upload('notes.png', 'image/png', Buffer.from('just some text, not an image\n'.repeat(20)));
  expect(response.status()).toBe(415);
  expect(mediaCount()).toBe(before);
});

test('a damaged PNG is refused with 422', async () => {
  const before = mediaCount();
  const png = await randomPng(32, 32);
  const response = await upload('cut.png', 'image/png', png.subarray(0, 40));
  expect(response.status()).toBe(422);
  expect(mediaCount()).toBe(before);
});

test('an 11 MB file is refused with 413', async () => {
  const before = mediaCount();
  const big = Buffer.concat([await randomPng(8, 8), crypto.randomBytes(11 * 1024 * 1024)]);
  const response = await upload('huge.png', 'image/png', big);
  expect(response.status()).toBe(413);
  expect(mediaCount()).toBe(before);
});
