import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_HEIGHT, MAX_UPLOAD_BYTES, MAX_WIDTH, processUpload, storedSize } from './process';
import { SVG_MESSAGE } from './sniff';
import { avif, noisyJpeg, phoneJpeg, png, pngClaiming, webp } from './test-images';

const IEND = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

async function accepted(input: Buffer) {
  const result = await processUpload(input);
  if (!result.ok) throw new Error(`refused: ${result.status} ${result.error}`);
  return result;
}

describe('processUpload', () => {
  it('accepts a PNG as PNG, whatever it is called, and reports its size and hash', async () => {
    // The pipeline only ever sees bytes; "photo.jpg" containing a PNG is stored as .png.
    const out = await accepted(await png(64, 48));
    expect(out).toMatchObject({ mime: 'image/png', ext: 'png', width: 64, height: 48 });
    expect(out.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await sharp(out.data).metadata()).format).toBe('png');
  });

  it('strips EXIF and GPS from a phone photo, after applying its orientation', async () => {
    const input = await phoneJpeg();
    const before = await sharp(input).metadata();
    expect(before.exif?.includes('AcmePhone')).toBe(true);
    expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // GPS IFD pointer tag (0x8825, little-endian)

    const out = await accepted(input);
    expect(out).toMatchObject({ mime: 'image/jpeg', ext: 'jpg', width: 20, height: 40 });
    const after = await sharp(out.data).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect([after.width, after.height]).toEqual([20, 40]);
    expect(out.data.includes('AcmePhone')).toBe(false);
  });

  it('drops bytes appended after the PNG IEND chunk', async () => {
    const payload = Buffer.from('PK\x03\x04<?php system($_GET["c"]); ?><script>alert(1)</script>');
    const out = await accepted(Buffer.concat([await png(), payload]));
    expect(out.data.includes('system(')).toBe(false);
    expect(out.data.includes('<script>')).toBe(false);
    expect(out.data.subarray(-12).equals(IEND)).toBe(true);
  });

  it('refuses SVG with the SVG message (415)', async () => {
    const svg = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    expect(await processUpload(svg)).toEqual({ ok: false, status: 415, error: SVG_MESSAGE });
  });

  it('refuses a text file named .png (415)', async () => {
    const result = await processUpload(Buffer.from('just some notes, saved as notes.png\n'));
    expect(result).toMatchObject({ ok: false, status: 415, error: expect.stringMatching(/^This file is text, not an image/) });
  });

  it('refuses more than 10 MB (413) before looking at the content', async () => {
    // A valid PNG signature over zeros would be 422 if it were decoded, and non-image bytes 415 if sniffed.
    const signed = Buffer.alloc(11 * 1024 * 1024);
    (await png()).copy(signed, 0, 0, 8);
    expect(await processUpload(signed)).toMatchObject({ ok: false, status: 413, error: expect.stringMatching(/larger than 10 MB/) });
    expect(await processUpload(Buffer.alloc(MAX_UPLOAD_BYTES + 1, 'a'))).toMatchObject({ ok: false, status: 413 });
  });

  it('refuses truncated and corrupt images (422)', async () => {
    const jpeg = await noisyJpeg();
    await accepted(jpeg);
    const truncated = await processUpload(jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    expect(truncated).toMatchObject({ ok: false, status: 422, error: expect.stringMatching(/damaged or incomplete/) });
    const garbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 0x5a)]);
    expect(await processUpload(garbage)).toMatchObject({ ok: false, status: 422 });
    const pngHeaderOnly = (await png()).subarray(0, 40);
    expect(await processUpload(pngHeaderOnly)).toMatchObject({ ok: false, status: 422 });
    expect(await processUpload(Buffer.alloc(0))).toMatchObject({ ok: false, status: 422, error: expect.stringMatching(/empty/) });
  });

  it('refuses images over 50 megapixels from the header alone (413)', async () => {
    const result = await processUpload(await pngClaiming(10_000, 10_000));
    expect(result).toMatchObject({ ok: false, status: 413, error: expect.stringMatching(/10000×10000 pixels/) });
  });

  it('accepts WebP and AVIF, re-encoded in the same format', async () => {
    const w = await accepted(await webp());
    expect(w).toMatchObject({ mime: 'image/webp', ext: 'webp', width: 30, height: 20 });
    expect((await sharp(w.data).metadata()).format).toBe('webp');
    const a = await accepted(await avif());
    expect(a).toMatchObject({ mime: 'image/avif', ext: 'avif', width: 30, height: 20 });
    expect((await sharp(a.data).metadata()).compression).toBe('av1');
  });

  it('caps the width at 2400 pixels without enlarging small images', async () => {
    expect(await accepted(await png(3000, 1000))).toMatchObject({ width: 2400, height: 800 });
    expect(await accepted(await png(10, 10))).toMatchObject({ width: 10, height: 10 });
  });

  it('keeps a tall poster at its width: 1080×6000 stays 1080×6000, readable', async () => {
    const out = await accepted(await png(1080, 6000));
    expect(out).toMatchObject({ width: 1080, height: 6000 });
    expect(await sharp(out.data).metadata()).toMatchObject({ width: 1080, height: 6000 });
    // Wider than the cap: scaled to the cap, the aspect ratio kept.
    expect(await accepted(await png(3000, 9000))).toMatchObject({ width: 2400, height: 7200 });
  });

  it('still caps a very wide image by its width', async () => {
    expect(await accepted(await png(8000, 500))).toMatchObject({ width: MAX_WIDTH, height: 150 });
  });

  it('bounds the height and the pixel count of what is stored, keeping the aspect ratio', () => {
    expect(storedSize(1080, 40_000)).toEqual({ width: 432, height: MAX_HEIGHT });
    expect(storedSize(2400, 14_000)).toEqual({ width: 2028, height: 11_832 });
    expect(storedSize(2400, 10_000)).toEqual({ width: 2400, height: 10_000 });
  });

  it('refuses a gigantic pixel count from the header, naming its size', async () => {
    expect(await processUpload(await pngClaiming(1080, 60_000))).toEqual({
      ok: false,
      status: 413,
      error: 'The image is 1080×60000 pixels; the limit is 50 megapixels. Scale it down and try again.',
    });
  });

  it('keeps palette PNGs as palette PNGs so they do not balloon', async () => {
    const input = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#123456' } })
      .png({ palette: true })
      .toBuffer();
    const out = await accepted(input);
    expect((await sharp(out.data).metadata()).isPalette).toBe(true);
  });

  it('gives the same image the same hash every time', async () => {
    const input = await phoneJpeg();
    const [a, b] = [await accepted(input), await accepted(Buffer.from(input))];
    expect(a.hash).toBe(b.hash);
    expect(a.data.equals(b.data)).toBe(true);
  });
});
