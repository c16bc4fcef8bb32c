import type { Heading, Nodes, Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { formatSpeakers } from '@/lib/recaps/speakers';
import { isFigure, plainText, setAttribute } from './convert';
import { say, type Confidence, type ReportBuilder } from './report';
import { namesPerson, speakerFromPrefix, type SpeakerGuess } from './speaker-text';

// Talks are lifted out of prose only when two independent signals agree:
// a heading and the caption under its photo, or a caption and the paragraph
// after it naming the same person, or a heading and a prose title
// ("…带来了题为《…》的报告"). One signal alone is proposed in the report,
// never emitted; a quote, a visit or a guest list is no signal at all.
// When heading and caption differ, the caption is the title (headings get
// shortened and decorated; the caption is what the speaker's slide said).

export interface TalkFound {
  title: string;
  speakers: SpeakerGuess[];
  /** Index of the first top-level node of the talk (its heading, or its caption's photo). */
  start: number;
  /** The heading that opened it, when one agreed. */
  heading?: number;
  line: number;
  confidence: Confidence;
  /** Which two signals agreed. */
  signals: string;
}

interface Claim {
  title: string;
  pre: string;
  index: number;
  line: number;
  form: 'caption' | 'prose';
  /** The bold spans before the title, when the caption writes affiliation, role and name as separate spans. */
  spans: string[];
}

const LABELS =
  /^(时间|日期|地点|地址|议程|主持人?|主办方?|协办方?|嘉宾|特邀嘉宾|参会嘉宾|报名|签到|time|date|venue|address|agenda|host|hosts|guests?|location|organi[sz]ers?|sponsors?)$/i;
const SPEECH_VERBS = /(说|表示|指出|认为|提到|强调|笑称|感叹|参观|走访|拜访|访问|said|says|told|asked|noted|visited|toured)/i;
const CAPTION_MAX = 150;
/** "一、", "第二场：", "3.", "Talk 2:" before a heading's title: numbering, not words of the title. */
const ORDINAL = /^\s*(?:第?[一二三四五六七八九十\d]+\s*[、.．:：场个]|talk\s*\d+\s*[:.：]|#\d+)\s*/i;

/** A paragraph that is a caption naming a speaker and a title, in the forms community posts use. */
export function captionClaim(text: string): { pre: string; title: string } | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line || line.length > CAPTION_MAX || line.includes('\n')) return null;
  const forms: RegExp[] = [
    /^(?<pre>[^《》]{2,60}?)\s*《(?<title>[^《》]{2,100})》[\s。.]*$/,
    /^(?<pre>[^"“”]{2,60}?)\s*[“"](?<title>[^"“”]{3,100})[”"][\s。.]*$/,
    /^[“"](?<title>[^"“”]{3,100})[”"]\s*[,，]?\s*(?:by|—|--|-)\s+(?<pre>[^"“”]{2,60})$/i,
    /^(?<pre>[^:：]{2,40}?)\s*[:：]\s*(?<title>[^:：]{4,100})$/,
  ];
  for (const form of forms) {
    const m = form.exec(line);
    if (!m?.groups) continue;
    const pre = m.groups.pre.trim();
    const title = m.groups.title.trim().replace(/[。.]$/, '');
    if (LABELS.test(pre.replace(/[\s*]/g, '')) || SPEECH_VERBS.test(pre)) return null;
    // "张三、李四、王五" or "Ann, Bob and Cy" after a colon is a list of people, not a title.
    if (/[、]/.test(title) || /^([^,]{1,20},\s*){2,}/.test(title)) return null;
    return { pre, title };
  }
  return null;
}

/** Talk titles written only in prose: `…带来了题为《…》的报告`, `…做了"…"主题演讲`, `X gave a talk titled "…"`. */
export function proseClaims(text: string): { pre: string; title: string }[] {
  const line = text.replace(/\s+/g, ' ');
  const found: { pre: string; title: string }[] = [];
  const zh =
    /(?<pre>[^，。；！？,;!?]{2,60}?)\s*(?:为大家|为我们|给大家)?\s*(?:带来了?|做了|作了|进行了|分享了)\s*(?:一场|一个)?\s*(?:题为|主题为|名为)?\s*[《“"](?<title>[^》”"]{2,100})[》”"]\s*(?:的)?\s*(?:主题)?\s*(?:报告|演讲|分享|讲座|主题演讲)/g;
  const en =
    /(?<pre>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3})(?: \([^)]*\))?,? (?:gave|presented|delivered) (?:a |an |the )?(?:keynote|talk|presentation|session)? ?(?:titled|called|entitled|on)? ?[“"](?<title>[^”"]{3,120})[”"]/g;
  for (const re of [zh, en]) for (const m of line.matchAll(re)) if (m.groups) found.push({ pre: m.groups.pre.trim(), title: m.groups.title.trim() });
  return found;
}

/** Comparable form of a title: width, case, spaces, punctuation and dashes do not count. */
export function titleKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]/gu, '');
}

function agrees(heading: string, title: string, name: string): boolean {
  const h = titleKey(heading);
  const t = titleKey(title);
  if (!h || !t) return false;
  return (
    h === t ||
    (t.length >= 4 && h.includes(t)) ||
    (h.length >= 4 && t.includes(h)) ||
    (titleKey(name).length >= 2 && h.includes(titleKey(name)) && h.length > titleKey(name).length)
  );
}

/**
 * Finds the talks in a post's top-level nodes (see the comment above) and
 * rewrites the tree: each talk's nodes inside a <Talk>, photos with the line
 * under them as their caption. Proposals and unsplit roles go to the report.
 */
export function extractTalks(tree: Root, report: ReportBuilder, options: { knownAffiliations?: readonly string[] } = {}): TalkFound[] {
  const nodes = tree.children;
  const lineOf = (i: number) => nodes[i]?.position?.start.line ?? 1;
  const claims: Claim[] = [];
  nodes.forEach((node, index) => {
    if (node.type !== 'paragraph') return;
    const text = plainText(node);
    const caption = captionClaim(text);
    const spans = node.children.filter((c) => c.type === 'strong').map((c) => plainText(c).trim());
    if (caption) claims.push({ ...caption, index, line: lineOf(index), form: 'caption', spans: spans.filter((b) => caption.pre.includes(b)) });
    else for (const prose of proseClaims(text)) claims.push({ ...prose, index, line: lineOf(index), form: 'prose', spans: [] });
  });

  const talks: TalkFound[] = [];
  const used = new Set<number>();
  for (const claim of claims) {
    const speaker = speakerFromSpans(claim.spans) ?? speakerFromPrefix(claim.pre, options.knownAffiliations);
    if (!speaker) {
      report.flag('possible-talk', say('possibleTalkNoSpeaker', { title: claim.title, pre: claim.pre }), claim.line);
      continue;
    }
    const heading = headingBefore(nodes, claim.index, claim.form);
    const headingAgrees = heading !== undefined && !used.has(heading) && agrees(plainText(nodes[heading]), claim.title, speaker.name);
    const follower = claim.form === 'caption' ? paragraphAfter(nodes, claim.index) : undefined;
    const followerAgrees = follower !== undefined && namesPerson(plainText(nodes[follower]), speaker.name) && !captionClaim(plainText(nodes[follower]));
    if (!headingAgrees && !followerAgrees) {
      report.flag('possible-talk', say('possibleTalk', { title: claim.title, name: speaker.name, form: claim.form, tag: '<Talk>' }), claim.line);
      continue;
    }
    if (talks.some((t) => titleKey(t.title) === titleKey(claim.title))) continue;
    const start = headingAgrees ? heading : figureStart(nodes, claim.index);
    if (talks.some((t) => t.start === start)) continue;
    if (headingAgrees) used.add(heading);
    const confidence: Confidence =
      headingAgrees && followerAgrees ? 'certain' : headingAgrees ? (speaker.confidence === 'certain' ? 'certain' : 'likely') : 'likely';
    talks.push({
      title: claim.title,
      speakers: [speaker],
      start,
      ...(headingAgrees ? { heading } : {}),
      line: claim.line,
      confidence,
      signals: headingAgrees ? `heading (line ${lineOf(heading)}) and ${claim.form}` : 'caption and the next paragraph naming the speaker',
    });
    if (speaker.unsplit) report.flag('role-not-split', say('roleNotSplit', { role: speaker.role ?? '', name: speaker.name }), claim.line);
  }
  talks.sort((a, b) => a.start - b.start);
  for (const talk of talks) {
    const speakers = formatSpeakers(talk.speakers);
    report.talks.push({ title: talk.title, speakers, source: report.at(talk.line), confidence: talk.confidence });
  }
  tree.children = wrap(nodes, talks);
  return talks;
}

/**
 * `**DaoCloud** **架构师** **赵六**《…》`: separate bold spans are explicit
 * separators, so affiliation, role and name may be split on them (three
 * spans or more; with two, the first may still hold both and is left to speakerFromPrefix).
 */
function speakerFromSpans(spans: string[]): SpeakerGuess | null {
  if (spans.length < 3) return null;
  const name = spans[spans.length - 1];
  if (!/^(\p{Script=Han}{2,4}|[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,2})$/u.test(name)) return null;
  return { name, affiliation: spans[0], role: spans.slice(1, -1).join(' '), confidence: 'certain' };
}

/** The heading a claim sits under, if only photos (or, for prose, nothing) stand between them. */
function headingBefore(nodes: RootContent[], index: number, form: Claim['form']): number | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const node = nodes[i];
    if (node.type === 'heading') return i;
    if (form === 'caption' && isFigure(node)) continue;
    return undefined;
  }
  return undefined;
}

/** The next paragraph after a caption (photos skipped), if no heading comes first. */
function paragraphAfter(nodes: RootContent[], index: number): number | undefined {
  for (let i = index + 1; i < nodes.length; i++) {
    const node = nodes[i];
    if (isFigure(node)) continue;
    return node.type === 'paragraph' ? i : undefined;
  }
  return undefined;
}

/** A caption's talk starts at the photo above it. */
function figureStart(nodes: RootContent[], index: number): number {
  let start = index;
  while (start > 0 && isFigure(nodes[start - 1])) start--;
  return start;
}

/** The tree with each talk's nodes inside a <Talk>; a talk ends at the next talk or at a heading as high as its own. */
function wrap(nodes: RootContent[], talks: TalkFound[]): RootContent[] {
  const out: RootContent[] = [];
  let i = 0;
  for (let t = 0; t <= talks.length; t++) {
    const talk = talks[t];
    const until = talk ? talk.start : nodes.length;
    while (i < until) out.push(nodes[i++]);
    if (!talk) break;
    const depth = talk.heading !== undefined ? (nodes[talk.heading] as Heading).depth : 7;
    const next = talks[t + 1]?.start ?? nodes.length;
    let end = talk.start + 1;
    while (end < next && !(nodes[end].type === 'heading' && (nodes[end] as Heading).depth <= depth)) end++;
    const inside = nodes.slice(talk.start, end).filter((_, k) => {
      // The heading is the talk's title now, unless it says more than the title and speaker (then it stays, nothing lost).
      if (talk.start + k !== talk.heading) return true;
      const h = titleKey(plainText(nodes[talk.heading]).replace(ORDINAL, ''));
      const said = titleKey(talk.title) + talk.speakers.map((s) => titleKey(s.name)).join('');
      return ![...h].every((ch) => said.includes(ch));
    });
    const element: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'Talk',
      attributes: [],
      children: captions(inside) as MdxJsxFlowElement['children'],
      position: nodes[talk.start].position,
    };
    setAttribute(element, 'title', talk.title);
    setAttribute(element, 'speakers', formatSpeakers(talk.speakers));
    out.push(element);
    i = end;
  }
  return captions(out) as RootContent[];
}

/** A photo followed by a short line becomes a <Figure caption="…">: the line is its caption, kept word for word. */
export function captions(nodes: Nodes[]): Nodes[] {
  const out: Nodes[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const next = nodes[i + 1];
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Figure' && next?.type === 'paragraph' && isCaptionLine(next)) {
      setAttribute(node, 'caption', plainText(next).replace(/\s+/g, ' ').trim());
      out.push(node);
      i++;
      continue;
    }
    out.push(node);
  }
  return out;
}

function isCaptionLine(paragraph: Paragraph): boolean {
  if (paragraph.children.some((c) => c.type === 'link' || isFigure(c as Nodes))) return false;
  const text = plainText(paragraph).trim();
  return (
    text.length > 0 &&
    text.length <= 100 &&
    !text.includes('\n') &&
    (!/[。！？!?]$/.test(text) || captionClaim(text) !== null) &&
    !/\.\s*$/.test(text.replace(/\.{3}$/, ''))
  );
}
