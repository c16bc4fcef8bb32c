/**
 * The key two spellings of one name share: NFKC (full-width letters and
 * spaces become ordinary ones), lower case, one space between words. A name
 * written only in Latin letters is also order-free ("Cong He" = "He Cong"),
 * since romanized Chinese names are written both ways; a name in Han
 * characters loses its spaces ("张 善友" = "张善友"). Pure.
 */
export function nameKey(name: string): string {
  const text = name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (isLatinName(text))
    return text
      .split(/[\s-]+/)
      .filter(Boolean)
      .sort()
      .join(' ');
  if (/\p{Script=Han}/u.test(text)) return text.replace(/\s/g, '');
  return text;
}

/** Letters of the Latin script (accents allowed), spaces, hyphens, apostrophes and dots only. */
export function isLatinName(name: string): boolean {
  return /^[\p{Script=Latin}\p{M}\s.'’-]+$/u.test(name) && /\p{L}/u.test(name);
}

/** Whether a name is written in Han characters (then it is a Chinese display name). */
export function isHanName(name: string): boolean {
  return /\p{Script=Han}/u.test(name);
}
