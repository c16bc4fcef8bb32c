export const MAX_QUERY_LENGTH = 200;

export type QueryCheck = { ok: true; terms: string[]; text: string } | { ok: false; message: string };

/**
 * Normalises a search query: NFKC, lower case, lone surrogates and control
 * characters dropped, quotes and operators treated as spaces. Never throws.
 */
export function checkQuery(raw: string | undefined): QueryCheck {
  const input = (raw ?? '').toString();
  if (input.length > MAX_QUERY_LENGTH) return { ok: false, message: `Search for at most ${MAX_QUERY_LENGTH} characters.` };
  const text = input
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .normalize('NFKC')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .toLowerCase()
    .replace(/["'`*^~()\[\]{}:;|&!<>=+\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const terms = [...new Set(text.split(' ').filter((t) => t.length > 0))].slice(0, 8);
  if (terms.length === 0) return { ok: false, message: 'Type a word to search for: a talk, a speaker, a company or a topic.' };
  return { ok: true, terms, text };
}
