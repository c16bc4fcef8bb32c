import fs from 'node:fs';
import type { Diagnostic } from './diagnostic';

export type Utf8Text = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a recap file's bytes as strict UTF-8. A file saved in another
 * encoding (GBK, which Chinese editors often default to, or Latin-1) is
 * refused at the line and column of its first bad byte instead of being
 * silently decoded into replacement characters. A UTF-8 byte-order mark is
 * accepted and dropped. Used by the file loader, and so by `content:check`.
 */
export function decodeUtf8(bytes: Uint8Array): Utf8Text {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const bad = firstInvalidByte(bytes);
    // Everything before the bad byte is valid UTF-8: decode it to count lines and characters.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad)).replace(/^\uFEFF/, '');
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.slice(0, lineStart).split('\n').length;
    const column = [...before.slice(lineStart)].length + 1;
    return {
      ok: false,
      diagnostic: {
        line,
        column,
        message: 'This file is not valid UTF-8 (it was probably saved as GBK or another encoding): save it as UTF-8 and check it again.',
      },
    };
  }
}

/** Reads a file as strict UTF-8; see `decodeUtf8`. */
export function readUtf8File(file: string): Utf8Text {
  return decodeUtf8(fs.readFileSync(file));
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      // Overlong forms, surrogates and code points past U+10FFFF are invalid even with continuation bytes.
      const low = k === 1 && b === 0xe0 ? 0xa0 : k === 1 && b === 0xf0 ? 0x90 : 0x80;
      const high = k === 1 && b === 0xed ? 0x9f : k === 1 && b === 0xf4 ? 0x8f : 0xbf;
      if (c < low || c > high) return i;
    }
    i += length;
  }
  return bytes.length;
}
