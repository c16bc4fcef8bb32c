import { pinyin } from 'pinyin-pro';
import { isHanName, isLatinName } from './name-key';
import { COMPOUND_SURNAMES } from './surnames';

// No server-only (the read-model rows are built under plain tsx too), but
// never imported by a client component: pinyin-pro's dictionary stays on the server.

/**
 * A key that a Chinese name and its romanizations share, for suggesting
 * aliases (never for linking by itself): 张善友, "Zhang Shanyou", "Shanyou
 * Zhang", "ZHANG Shan-you" and "Zhāng Shànyǒu" all give "shanyou zhang".
 * A Han name is read with pinyin-pro (surname readings, no tones) as surname
 * and given name; a Latin name loses case, tone marks, hyphens and
 * apostrophes, and word order. Null for a name in another script. Pure.
 */
export function romanKey(name: string): string | null {
  const text = name.normalize('NFKC').trim();
  if (isHanName(text)) {
    const chars = [...text.replace(/[\s·・]/g, '')];
    if (chars.length < 2 || chars.length > 5 || chars.some((c) => !/\p{Script=Han}/u.test(c))) return null;
    const syllables = pinyin(chars.join(''), { toneType: 'none', type: 'array', surname: 'head' }).map((s) => s.toLowerCase().replace(/ü|v/g, 'u'));
    const cut = COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) && chars.length > 2 ? 2 : 1;
    return [syllables.slice(0, cut).join(''), syllables.slice(cut).join('')].sort().join(' ');
  }
  if (!isLatinName(text)) return null;
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ü/g, 'u')
    .replace(/['’.-]/g, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.length ? words.sort().join(' ') : null;
}
