import { pinyin } from 'pinyin-pro';
import { isHanName, isLatinName } from './name-key';

// No server-only (the read-model rows are built under plain tsx too), but
// never imported by a client component: pinyin-pro's dictionary stays on the server.

/** Two-character surnames, so that 欧阳娜娜 reads as Ouyang Nana, not Ou Yangnana. */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '慕容',
  '令狐',
  '皇甫',
  '尉迟',
  '公孙',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '端木',
  '南宫',
  '西门',
]);

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
