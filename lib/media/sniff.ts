/** The image types the portal accepts for upload. */
export type ImageType = 'jpeg' | 'png' | 'webp' | 'avif';

const ACCEPTED = 'Upload a JPEG, PNG, WebP or AVIF image.';

/** Shown for SVG: it is XML that browsers execute scripts in, so it is never stored. */
export const SVG_MESSAGE = 'SVG images are not accepted: they can carry scripts. Export a PNG instead.';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

// ISO-BMFF brands. AVIF files carry avif/avis; HEIC (iPhone photos) uses the same
// container with HEVC brands, which our sharp build cannot decode.
const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs', 'mif1', 'msf1']);

const startsWith = (bytes: Uint8Array, prefix: number[], at = 0) => bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The brands of a leading `ftyp` box (major first), or null when the bytes are not ISO-BMFF. */
function ftypBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return null;
  const size = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  // A box shorter than its header, or claiming more than we hold, is not a real ftyp box.
  if (size < 16 || size > bytes.length || size % 4 !== 0) return null;
  const brands = [ascii(bytes, 8, 12)];
  // Bytes 12..16 are the minor version, not a brand.
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands;
}

/**
 * The image type judged from the leading bytes only (the file name and the
 * browser's declared type are attacker-controlled and ignored), or null.
 */
export function sniffImage(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  const brands = ftypBrands(bytes);
  if (brands?.some((b) => AVIF_BRANDS.has(b))) return 'avif';
  return null;
}

/** The leading text of a file that looks textual, lower-cased; null for binary data. */
function leadingText(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, 4096);
  let text: string;
  // UTF-16 is rare but legal for SVG/XML; decode it so it cannot slip past as "binary".
  if (startsWith(head, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(head);
  else if (startsWith(head, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(head);
  else {
    if (head.includes(0)) return null;
    text = new TextDecoder('utf-8').decode(head);
  }
  text = text.replace(/^\uFEFF/, '');
  // Mostly control characters (other than whitespace) means binary, not text.
  const control = text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (control > text.length / 10) return null;
  return text.toLowerCase();
}

/**
 * A user-facing explanation of why bytes that `sniffImage` rejected are
 * refused, naming the format when it is recognisable. Upload code only.
 */
export function unsupportedMessage(bytes: Uint8Array): string {
  if (bytes.length === 0) return `The file is empty. ${ACCEPTED}`;
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return `GIF images are not accepted. ${ACCEPTED}`;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return `PDF files are not accepted. ${ACCEPTED}`;
  if (startsWith(bytes, [0x1f, 0x8b])) return `Compressed files (including .svgz) are not accepted. ${ACCEPTED}`;
  const brands = ftypBrands(bytes);
  if (brands?.some((b) => HEIC_BRANDS.has(b))) return `HEIC photos are not accepted. Export the photo as JPEG and try again.`;
  if (brands) return `This video or container file is not accepted. ${ACCEPTED}`;
  const text = leadingText(bytes);
  if (text !== null) {
    // `<svg` anywhere near the top catches the XML prolog, comments and DOCTYPE that may precede it.
    if (/<svg[\s>/]/.test(text) || /<!doctype\s+svg/.test(text)) return SVG_MESSAGE;
    const trimmed = text.trimStart();
    if (/^<!doctype\s+html|^<html[\s>]|<(head|body|script)[\s>]/.test(trimmed)) {
      return `This file is a web page (HTML), not an image. ${ACCEPTED}`;
    }
    if (trimmed.startsWith('<?xml') || trimmed.startsWith('<')) return `XML files are not accepted. ${ACCEPTED}`;
    return `This file is text, not an image. ${ACCEPTED}`;
  }
  return `This file type is not supported. ${ACCEPTED}`;
}
