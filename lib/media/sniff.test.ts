import { describe, expect, it } from 'vitest';
import { SVG_MESSAGE, sniffImage, unsupportedMessage } from './sniff';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

/** An ISO-BMFF ftyp box with the given major and compatible brands. */
const ftyp = (major: string, ...compatible: string[]) => {
  const size = 16 + 4 * compatible.length;
  return bytes([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], ...compatible, 'meta');
};

describe('sniffImage', () => {
  it('recognises the four accepted formats by their magic bytes', () => {
    expect(sniffImage(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffImage(bytes([0x89], 'PNG\r\n\x1a\n', 'IHDR'))).toBe('png');
    expect(sniffImage(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('webp');
    expect(sniffImage(ftyp('avif', 'mif1', 'miaf'))).toBe('avif');
    expect(sniffImage(ftyp('mif1', 'avif'))).toBe('avif');
    expect(sniffImage(ftyp('avis', 'msf1'))).toBe('avif');
  });

  it('refuses lookalikes and everything else', () => {
    expect(sniffImage(bytes([0xff, 0xd8]))).toBeNull();
    expect(sniffImage(bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '))).toBeNull();
    expect(sniffImage(ftyp('heic', 'mif1', 'heic'))).toBeNull();
    expect(sniffImage(ftyp('isom', 'mp41'))).toBeNull();
    // "avif" in the minor-version slot is not a brand.
    expect(sniffImage(bytes([0, 0, 0, 16], 'ftyp', 'isom', 'avif'))).toBeNull();
    // A box size larger than the data is not a real ftyp box.
    expect(sniffImage(bytes([0, 0, 1, 0], 'ftyp', 'avif', [0, 0, 0, 0]))).toBeNull();
    expect(sniffImage(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImage(new Uint8Array())).toBeNull();
  });
});

describe('unsupportedMessage', () => {
  it('names SVG however it starts', () => {
    for (const svg of [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '\uFEFF<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg>',
      '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x"><svg/>',
      '  \n<SVG width="10">',
    ]) {
      expect(unsupportedMessage(Buffer.from(svg, 'utf8'))).toBe(SVG_MESSAGE);
    }
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<svg onload="x()"/>', 'utf16le')]);
    expect(unsupportedMessage(utf16)).toBe(SVG_MESSAGE);
  });

  it('explains other refusals', () => {
    expect(unsupportedMessage(Buffer.from('<!DOCTYPE html><html><body>hi'))).toMatch(/HTML/);
    expect(unsupportedMessage(Buffer.from('<?xml version="1.0"?><feed/>'))).toMatch(/^XML files are not accepted/);
    expect(unsupportedMessage(Buffer.from('hello, this is a text file\n'))).toMatch(/^This file is text, not an image/);
    expect(unsupportedMessage(Buffer.from('GIF89a\x01\x00'))).toMatch(/^GIF images/);
    expect(unsupportedMessage(ftyp('heic', 'mif1', 'heic'))).toMatch(/^HEIC photos are not accepted/);
    expect(unsupportedMessage(Buffer.from([0x00, 0x01, 0x02, 0x03, 0x04]))).toMatch(/^This file type is not supported/);
    for (const m of ['x', '<x/>', 'GIF89a']) expect(unsupportedMessage(Buffer.from(m))).toMatch(/JPEG, PNG, WebP or AVIF/);
  });
});
