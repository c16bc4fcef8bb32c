// Text folding shared by the indexer and the query parser: both sides must
// fold identically, or a term can never meet the text it came from. Pure
// functions, no server-only: bench/search.ts runs them under plain tsx.

/** Han, kana, hangul and CJK symbols: scripts written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,}/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * NFKC, lower case, accents off Latin letters, and everything that is not a
 * letter, mark or digit turned into a single space; a space is also put
 * between CJK and other scripts (`用Rust写` → `用 rust 写`). What is left is
 * words separated by single spaces, so a folded term can never carry SQL,
 * LIKE or FTS5 syntax. Never throws (lone surrogates are dropped).
 */
export function fold(text: string): string {
  return (
    text
      .replace(LONE_SURROGATE, '')
      .normalize('NFKD')
      // Only Latin: in other scripts combining marks are part of the letter.
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
      .replace(
        /(\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul})(?=[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s])/gu,
        '$1 ',
      )
      .replace(
        /([^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\s])(?=\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul})/gu,
        '$1 ',
      )
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export function isCjk(term: string): boolean {
  return [...term].every((ch) => CJK.test(ch));
}

/**
 * The indexed form of a field: ` words ` with a space either side, then, for
 * every CJK run, its two-character pieces as ` ab bc ` words. The trigram
 * indexes (FTS5 and pg_trgm) cannot look up a two-character string, but they
 * can look up ` 云原 ` (four characters, spaces included): that is how a
 * two-character Chinese query finds 云原生 inside a longer run.
 */
export function indexForm(text: string): string {
  const folded = fold(text);
  if (!folded) return '';
  const pairs: string[] = [];
  for (const run of folded.match(CJK_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 2) continue; // already a word of its own
    for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i] + chars[i + 1]);
  }
  return ` ${folded} ${pairs.length ? `${[...new Set(pairs)].join(' ')} ` : ''}`;
}

/**
 * The substring a term must match in an indexed form. Words in scripts with
 * spaces (Latin, Cyrillic, digits…): the start of a word, ` hwame`, so a
 * prefix matches while typing but `ser` does not match every "user". CJK,
 * written without spaces: anywhere for three or more characters (云原生 in
 * 在云原生社区), and one of the ` ab ` pieces for two. Every pattern is at
 * least three characters long, so both trigram indexes can serve it.
 */
export function termPattern(term: string): string {
  if (!isCjk(term)) return ` ${term}`;
  return [...term].length >= 3 ? term : ` ${term} `;
}
