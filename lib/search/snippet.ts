// Pure: the results page and the API route cut snippets the same way.

/**
 * About `width` characters of `text` around the first place a term occurs
 * (case-insensitive), with an ellipsis where it was cut; the start of the
 * text when no term occurs literally (the match was in another field, or
 * only after folding, e.g. full-width letters). Never cuts a surrogate pair.
 */
export function snippet(text: string, terms: string[], width = 180): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  const lower = chars.map((c) => c.toLowerCase());
  let at = chars.length;
  for (const term of terms) {
    const t = [...term];
    for (let i = 0; i + t.length <= lower.length && i < at; i++) {
      if (t.every((c, j) => lower[i + j] === c)) {
        at = i;
        break;
      }
    }
  }
  if (at === chars.length) at = 0;
  const start = Math.max(0, Math.min(at - Math.floor(width / 3), chars.length - width));
  const end = Math.min(chars.length, start + width);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('').trim()}${end < chars.length ? '…' : ''}`;
}
