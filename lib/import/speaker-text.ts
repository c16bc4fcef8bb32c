import { COMPOUND_SURNAMES } from '@/lib/speakers/surnames';
import type { Confidence } from './report';

// The words before a talk title name the speaker, often with a role and an
// affiliation in front and no separator: `「DaoCloud」工程师 张三`,
// `PingCAP 资深工程师张三`, `Second State Michael Yuan`. The name is taken
// from the end; the rest is split into affiliation and role only where that
// is safe (brackets, `来自…的`, a known organisation, explicit punctuation),
// otherwise it stays the role, flagged for a person.

export interface SpeakerGuess {
  name: string;
  role?: string;
  affiliation?: string;
  /** Set when role and affiliation could not be told apart: the whole text is in `role`. */
  unsplit?: boolean;
  confidence: Confidence;
}

const ROLE_WORDS =
  /(工程师|架构师|经理|总监|负责人|专家|研究员|创始人|联合创始人|讲师|顾问|布道师|主任|教授|博士|维护者|成员|开发者|总裁|副总裁|主管|组长|技术VP|CTO|CEO|COO|VP|Maintainer|Engineer|Architect|Manager|Director|Founder|Lead|Developer|Advocate|Researcher|Professor|Evangelist)$/i;
const HAN_NAME = /^[\p{Script=Han}·]{2,4}$/u;
/**
 * Common Chinese surnames (and the compound ones): a run of two to four Han
 * characters is read as a name only when it starts with one, so that labels
 * such as "注意：…" or "推荐阅读《…》" are never taken for a speaker.
 */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
);
function isHanName(text: string): boolean {
  return HAN_NAME.test(text) && (SURNAMES.has(text[0]) || (text.length > 2 && COMPOUND_SURNAMES.has(text.slice(0, 2))));
}
const LATIN_WORD = /^[A-Z][a-zA-Z'.-]*$/;

/** Splits `pre` (the text before the title) into a speaker, or null when no name can be found at its end. */
export function speakerFromPrefix(pre: string, knownAffiliations: readonly string[] = []): SpeakerGuess | null {
  let text = pre
    .normalize('NFKC')
    .replace(/^(分享嘉宾|演讲嘉宾|讲师|嘉宾|讲者|演讲者|主讲人|Speaker)\s*[:：]\s*/i, '')
    .replace(/[\s|｜]+$/, '')
    .trim();
  let affiliation: string | undefined;
  let confidence: Confidence = 'certain';
  const bracket = /^[「【\[(（](.+?)[」】\])）]\s*/.exec(text);
  if (bracket) {
    affiliation = bracket[1].trim();
    text = text.slice(bracket[0].length).trim();
  }
  const from = /^来自\s*(.+?)\s*的\s*/.exec(text);
  if (!affiliation && from) {
    affiliation = from[1];
    text = text.slice(from[0].length).trim();
  }
  const split = nameAtEnd(text);
  if (!split) return null;
  if (split.guessed) confidence = 'likely';
  let rest = split.rest.replace(/[\s,，|｜·/-]+$/, '').trim();
  let role: string | undefined;
  let unsplit = false;
  if (rest) {
    const known = !affiliation ? knownAffiliations.find((org) => rest.startsWith(org)) : undefined;
    const punct = /^(.+?)\s*[,，|｜/]\s*(.+)$/.exec(rest);
    if (known) {
      affiliation = known;
      rest = rest.slice(known.length).replace(/^[\s,，|｜·/-]+/, '');
      role = rest || undefined;
    } else if (!affiliation && punct) {
      // "Company, Role" or "Role, Company": the part with a role word is the role.
      const [a, b] = [punct[1].trim(), punct[2].trim()];
      [affiliation, role] = ROLE_WORDS.test(a) && !ROLE_WORDS.test(b) ? [b, a] : [a, b];
    } else {
      role = rest;
      // A lone role word ("资深工程师") needs no split; anything else may hold a company.
      unsplit = !affiliation && !isJustRole(rest);
    }
  }
  const clean = (value?: string) =>
    value
      ?.replace(/[;；()（）]/g, ' ')
      .replace(/[,，]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || undefined;
  return {
    name: split.name,
    ...(clean(role) ? { role: clean(role) } : {}),
    ...(clean(affiliation) ? { affiliation: clean(affiliation) } : {}),
    ...(unsplit ? { unsplit: true } : {}),
    confidence: unsplit ? 'likely' : confidence,
  };
}

function isJustRole(text: string): boolean {
  const stripped = text.replace(/^(资深|高级|首席|技术|主任|联合|Senior|Principal|Staff|Chief)\s*/i, '');
  return ROLE_WORDS.test(stripped) && stripped.replace(ROLE_WORDS, '').trim() === '';
}

/** The name at the end of `text`: a Han name of 2–4 characters, or one to three capitalised Latin words. */
function nameAtEnd(text: string): { name: string; rest: string; guessed: boolean } | null {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (!tokens.length) return null;
  const last = tokens[tokens.length - 1];
  if (isHanName(last)) return { name: last, rest: tokens.slice(0, -1).join(' '), guessed: false };
  if (/^\p{Script=Han}+$/u.test(last)) {
    // Glued to a role: `资深工程师张三`. The name follows the last role word.
    const role =
      /^(.*(?:工程师|架构师|经理|总监|负责人|专家|研究员|创始人|讲师|顾问|布道师|主任|教授|博士|维护者|成员|开发者|总裁|主管|组长))(\p{Script=Han}{2,4})$/u.exec(
        last,
      );
    if (role && isHanName(role[2])) return { name: role[2], rest: [...tokens.slice(0, -1), role[1]].join(' '), guessed: false };
    return null;
  }
  // Trailing capitalised words, role words excepted: all of them when that is the whole text (up to three), else two.
  let n = 0;
  while (n < tokens.length && LATIN_WORD.test(tokens[tokens.length - 1 - n]) && !ROLE_WORDS.test(tokens[tokens.length - 1 - n])) n++;
  if (n === 0) return null;
  const take = n === tokens.length && n <= 3 ? n : Math.min(n, 2);
  // "Second State Michael Yuan": where the company ends and the name starts is a guess.
  return { name: tokens.slice(-take).join(' '), rest: tokens.slice(0, -take).join(' '), guessed: n > take };
}

/** Whether `text` names the person (the whole name, or for a Latin name its family name). */
export function namesPerson(text: string, name: string): boolean {
  const hay = text.normalize('NFKC').toLowerCase();
  const full = name.normalize('NFKC').toLowerCase();
  if (hay.includes(full)) return true;
  const parts = full.split(/\s+/);
  return parts.length > 1 && parts.some((p) => p.length >= 3 && new RegExp(`\\b${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(hay));
}
