import { say, type ReportText } from './report';

// Event facts that real posts give only in their prose: "7 月 15 日",
// "On July 15", "（成都站）", "地点：…". Each is returned with the line it was
// read from; the caller reports it as found in the prose, for a person to check.

export interface ProseFact<T> {
  value: T;
  line: number;
  /** The words it was read from. */
  text: string;
  /** How the year was chosen, when the prose gave none (a sentence of the report). */
  year?: ReportText;
}

export interface ProseLine {
  text: string;
  line: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EN_DATE =
  /\b(?:on\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(\d{4}))?/i;
const ZH_DATE = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/;
/** Words of a post written before its event: a date in an earlier month is then next year's. */
const AHEAD = /(将于|即将|将在|欢迎报名|报名|敬请期待|will be held|will take place|join us|register|sign up|upcoming)/i;

/**
 * The first event date in the prose, with the year from the post date: the
 * previous year when the month is later than the post's (a recap is written
 * after its event), unless the line announces it ("将于", "register"): then
 * the post's year, or the next one for a month well before the post's.
 */
export function proseDate(lines: ProseLine[], postDate: string): ProseFact<string> | null {
  const [postYear, postMonth] = postDate.split('-').map(Number);
  for (const { text, line } of lines) {
    const zh = ZH_DATE.exec(text);
    const en = zh ? null : EN_DATE.exec(text);
    const match = zh ?? en;
    if (!match) continue;
    const month = zh ? Number(zh[2]) : MONTHS.indexOf(en![1].slice(0, 3).toLowerCase()) + 1;
    const day = Number(zh ? zh[3] : en![2]);
    const written = zh ? zh[1] : en![3];
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    let year = written ? Number(written) : postYear;
    let yearNote: ReportText | undefined;
    if (!written) {
      const ahead = AHEAD.test(text);
      // Years go in as text: a number argument would read "2,023".
      if (ahead && month >= postMonth) yearNote = say('yearAnnounced', { year: String(year) });
      else if (month > postMonth) {
        year = postYear - 1;
        yearNote = say('yearPrevious', { year: String(year), postDate });
      } else if (ahead && postMonth - month > 2) {
        year = postYear + 1;
        yearNote = say('yearNext', { year: String(year), postDate });
      } else yearNote = say('yearSame', { year: String(year) });
    }
    const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()) || !new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)) continue;
    return { value, line, text: match[0].trim(), ...(yearNote ? { year: yearNote } : {}) };
  }
  return null;
}

/** Cities as posts name them, Chinese and English, for "（成都站）" and "Chengdu Meetup". */
const CITIES: [string, string][] = [
  ['北京', 'Beijing'],
  ['上海', 'Shanghai'],
  ['深圳', 'Shenzhen'],
  ['广州', 'Guangzhou'],
  ['杭州', 'Hangzhou'],
  ['成都', 'Chengdu'],
  ['南京', 'Nanjing'],
  ['武汉', 'Wuhan'],
  ['西安', "Xi'an"],
  ['苏州', 'Suzhou'],
  ['长沙', 'Changsha'],
  ['重庆', 'Chongqing'],
  ['天津', 'Tianjin'],
  ['厦门', 'Xiamen'],
  ['青岛', 'Qingdao'],
  ['大连', 'Dalian'],
  ['合肥', 'Hefei'],
  ['香港', 'Hong Kong'],
  ['台北', 'Taipei'],
  ['新加坡', 'Singapore'],
];

/** The city: "（成都站）" or "成都站" first, then a known city named in the title, then in the prose. */
export function proseCity(title: ProseLine, lines: ProseLine[]): (ProseFact<string> & { confidence: 'likely' | 'guessed' }) | null {
  // "（成都站）" anywhere; a bare "成都站" only in the title, where "本站" and the like do not occur.
  for (const { text, line } of [title, ...lines]) {
    const station =
      /[（(]\s*(\p{Script=Han}{2,4}?)\s*站\s*[）)]/u.exec(text) ??
      (text === title.text ? /(?:^|[^\p{Script=Han}])(\p{Script=Han}{2,3})站(?!\p{Script=Han})/u.exec(text) : null);
    if (station) return { value: station[1], line, text: station[0].trim(), confidence: 'likely' };
  }
  for (const { text, line } of [title, ...lines]) {
    for (const [zh, en] of CITIES) {
      const confidence = line === title.line ? 'likely' : 'guessed';
      if (text.includes(zh)) return { value: zh, line, text: zh, confidence };
      if (new RegExp(`\\b${en}\\b`).test(text)) return { value: en, line, text: en, confidence };
    }
  }
  return null;
}

/** The venue from a line such as "地点：…" or "Venue: …". */
export function proseVenue(lines: ProseLine[]): ProseFact<string> | null {
  for (const { text, line } of lines) {
    for (const row of text.split('\n')) {
      const m = /^\s*(?:活动地点|地点|场地|venue|location|where)\s*[:：]\s*(.{2,160}?)\s*$/i.exec(row);
      if (m) return { value: m[1].replace(/[。.]$/, ''), line, text: row.trim() };
    }
  }
  return null;
}

/** Start and end times from a line such as "时间：14:00-17:30" or "Time: 2:00 – 5:30 pm" (24-hour only). */
export function proseTimes(lines: ProseLine[]): ProseFact<{ start: string; end?: string }> | null {
  for (const { text, line } of lines) {
    for (const row of text.split('\n')) {
      if (!/^\s*(?:活动时间|时间|time|when)\s*[:：]/i.test(row)) continue;
      const m = /(\d{1,2})[:：](\d{2})(?:\s*[-–~～至到]\s*(\d{1,2})[:：](\d{2}))?/.exec(row);
      if (!m) continue;
      const hhmm = (h: string, mm: string) => `${h.padStart(2, '0')}:${mm}`;
      if (Number(m[1]) > 23 || (m[3] && Number(m[3]) > 23)) continue;
      return { value: { start: hhmm(m[1], m[2]), ...(m[3] ? { end: hhmm(m[3], m[4]) } : {}) }, line, text: row.trim() };
    }
  }
  return null;
}

const PLACEHOLDER =
  /(meta description|lorem ipsum|placeholder|^description$|^todo\b|^tbd$|this is (?:a |the )?(?:post )?description|^summary$|^简介$|^描述$|请输入|待补充)/i;

export function isPlaceholderDescription(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

/** The first paragraph cut at the end of a sentence within `max` characters (or at a word, with "…", when no sentence ends in time). */
export function descriptionFrom(paragraph: string, max = 200): string {
  // An unclosed `**` is literal text in the body, but noise in a meta description.
  const text = paragraph
    .replace(/\s+/g, ' ')
    .replace(/[<>]|\*\*/g, '')
    .trim();
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  let cut = -1;
  for (const m of head.matchAll(/[。！？!?]|[.](?=\s|$)/g)) cut = m.index + 1;
  if (cut > 0) return head.slice(0, cut).trim();
  const space = head.slice(0, max - 1).lastIndexOf(' ');
  return `${head.slice(0, space > max / 2 ? space : max - 1).trim()}…`;
}
