/**
 * The most a recap body may hold, in UTF-8 bytes, not characters: a Chinese
 * character is 3 bytes, so a character limit let a Chinese draft past the
 * editor that the server then refused (next.config.js sizes the server-action
 * body limit from this). Pure: the editor checks it before sending, the
 * server's schema again.
 */
export const MAX_DRAFT_BODY_BYTES = 500 * 1024;

/** UTF-8 length of a string without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one code point
      i++;
    } else bytes += 3; // the rest of the BMP, and a lone surrogate (written as U+FFFD)
  }
  return bytes;
}

/** The sentence the editor shows when a body is too large to save, or null. */
export function bodySizeProblem(body: string): string | null {
  const bytes = utf8Length(body);
  if (bytes <= MAX_DRAFT_BODY_BYTES) return null;
  const kb = (n: number) => Math.ceil(n / 1024);
  return `the body is ${kb(bytes)} KB, over the ${kb(MAX_DRAFT_BODY_BYTES)} KB limit (measured in UTF-8 bytes: Chinese characters count 3 each); shorten it or split the recap`;
}
