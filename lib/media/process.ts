import 'server-only';
import { createHash } from 'node:crypto';
import sharp, { type Metadata, type Sharp } from 'sharp';
import { sniffImage, unsupportedMessage, type ImageType } from './sniff';

/** The largest upload accepted, in bytes (10 MB), before any decoding. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * Decompression-bomb guard: a small file can declare enormous dimensions.
 * 50 megapixels covers every phone camera (~48 MP) while bounding memory.
 */
export const MAX_INPUT_PIXELS = 50_000_000;

/**
 * What is stored. Images are shown at the article column's width (720px, 3x
 * on dense screens), so the width is capped; the height is not tied to it,
 * so a tall poster (1080×6000) keeps every line readable instead of being
 * shrunk until its height fits. The height and the pixel count still have a
 * bound, so that encoding and serving stay bounded: 16,000 pixels (under
 * WebP's 16,383 limit) and 24 megapixels (2400×10,000). An image over either
 * is scaled down as a whole, its aspect ratio kept.
 */
export const MAX_WIDTH = 2400;
export const MAX_HEIGHT = 16_000;
export const MAX_STORED_PIXELS = 24_000_000;

/** The stored size of an upright `width`×`height` image: width at most MAX_WIDTH, then within MAX_HEIGHT and MAX_STORED_PIXELS, never enlarged. Pure. */
export function storedSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, MAX_WIDTH / width, MAX_HEIGHT / height, Math.sqrt(MAX_STORED_PIXELS / (width * height)));
  if (scale === 1) return { width, height };
  return { width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)) };
}

export type UploadStatus = 413 | 415 | 422;

export type ProcessResult =
  { ok: true; data: Buffer; mime: string; ext: string; width: number; height: number; hash: string } | { ok: false; status: UploadStatus; error: string };

const FORMATS: Record<ImageType, { mime: string; ext: string; decoder: Metadata['format']; encode: (s: Sharp, m: Metadata) => Sharp }> = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg', decoder: 'jpeg', encode: (s) => s.jpeg({ quality: 85, mozjpeg: true }) },
  // A palette PNG re-encoded as truecolour can grow several times over, so keep it a palette.
  png: { mime: 'image/png', ext: 'png', decoder: 'png', encode: (s, m) => s.png({ compressionLevel: 9, palette: m.isPalette }) },
  webp: { mime: 'image/webp', ext: 'webp', decoder: 'webp', encode: (s) => s.webp({ quality: 82 }) },
  avif: { mime: 'image/avif', ext: 'avif', decoder: 'heif', encode: (s) => s.avif({ quality: 55 }) },
};

const fail = (status: UploadStatus, error: string): ProcessResult => ({ ok: false, status, error });

const BROKEN = 'The image could not be read: it looks damaged or incomplete. Export it again and retry.';

/**
 * Validates and re-encodes an uploaded image. The type is judged from the
 * bytes; the output is a fresh encode in the same format without any of the
 * input's metadata (EXIF, GPS, XMP, ICC) or bytes appended after the image,
 * oriented upright and within `storedSize` (the width capped, a tall image
 * keeping its height up to a bound).
 * Never throws for bad input. Upload code only (lib/media/store).
 */
export async function processUpload(bytes: Buffer): Promise<ProcessResult> {
  // Size first: nothing about an oversized body is worth looking at.
  if (bytes.byteLength > MAX_UPLOAD_BYTES) return fail(413, 'The image is larger than 10 MB. Export it at a smaller size and try again.');
  if (bytes.byteLength === 0) return fail(422, 'The file is empty. Upload a JPEG, PNG, WebP or AVIF image.');
  const type = sniffImage(bytes);
  if (!type) return fail(415, unsupportedMessage(bytes));
  const format = FORMATS[type];

  let meta: Metadata;
  try {
    // Header only, so no pixel limit yet: with one, sharp refuses with a message we cannot improve on.
    meta = await sharp(bytes, { failOn: 'error', limitInputPixels: false }).metadata();
  } catch {
    return fail(422, BROKEN);
  }
  // The magic bytes and libvips must agree (e.g. an AVIF-branded file holding HEVC data).
  if (meta.format !== format.decoder || (type === 'avif' && meta.compression !== 'av1')) return fail(422, BROKEN);
  // Checked from the header, before any decoding, so the message can give the dimensions.
  if (meta.width * meta.height > MAX_INPUT_PIXELS) {
    return fail(413, `The image is ${meta.width}×${meta.height} pixels; the limit is 50 megapixels. Scale it down and try again.`);
  }

  let data: Buffer;
  let width: number;
  let height: number;
  try {
    // autoOrient bakes the EXIF orientation into the pixels, since the tag itself is dropped below.
    // No withMetadata()/keepMetadata(): that omission is what strips EXIF, GPS, XMP and ICC (pixels become sRGB).
    // failOn 'error' refuses truncated and corrupt data instead of storing a half-grey picture.
    // Animated WebP/AVIF keep their first frame only (sharp's default of one page).
    // Orientations 5–8 turn the picture a quarter: its upright width is the header's height.
    const turned = (meta.orientation ?? 1) >= 5;
    const target = storedSize(turned ? meta.height : meta.width, turned ? meta.width : meta.height);
    const pipeline = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS })
      .autoOrient()
      .resize({ width: target.width, height: target.height, fit: 'inside', withoutEnlargement: true });
    const out = await format.encode(pipeline, meta).toBuffer({ resolveWithObject: true });
    ({ data } = out);
    ({ width, height } = out.info);
  } catch {
    return fail(422, BROKEN);
  }
  // Re-encoding rarely grows a file, but the stored copy must stay within what we promise to serve.
  if (data.byteLength > MAX_UPLOAD_BYTES) {
    return fail(413, 'The image is larger than 10 MB after processing. Export it at a smaller size or as JPEG and try again.');
  }
  const hash = createHash('sha256').update(data).digest('hex');
  return { ok: true, data, mime: format.mime, ext: format.ext, width, height, hash };
}
