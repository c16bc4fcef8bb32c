import sharp from 'sharp';

// Test-only helpers (imported by *.test.ts files, never by app code).

/** A solid-colour PNG. */
export const png = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: '#c0392b' } })
    .png()
    .toBuffer();

/** A noisy JPEG, so truncating it cuts real entropy-coded data. */
export async function noisyJpeg(width = 256, height = 192): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  let seed = 42;
  for (let i = 0; i < raw.length; i++) raw[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A phone-style JPEG: landscape pixels tagged Orientation 6, camera make and GPS position in EXIF. */
export const phoneJpeg = () =>
  sharp({ create: { width: 40, height: 20, channels: 3, background: '#2980b9' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'AcmePhone', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
    })
    .toBuffer();

export const webp = () =>
  sharp({ create: { width: 30, height: 20, channels: 4, background: '#27ae6080' } })
    .webp()
    .toBuffer();
export const avif = () =>
  sharp({ create: { width: 30, height: 20, channels: 3, background: '#8e44ad' } })
    .avif()
    .toBuffer();

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A tiny PNG whose header claims `width`×`height` (a decompression bomb's shape, without the bomb). */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const out = Buffer.from(await png(1, 1));
  // IHDR data starts after the 8-byte signature and the chunk's length and type (8 bytes).
  out.writeUInt32BE(width, 16);
  out.writeUInt32BE(height, 20);
  out.writeUInt32BE(crc32(out.subarray(12, 29)), 29);
  return out;
}
