import { formatSpeakers, parseSpeakers } from './speakers';

/**
 * Reads and rewrites the `<Talk …>` blocks of a recap body as text, for the
 * admin talks panel. Every edit is a splice of the original string, so text
 * outside the talk being changed (and unchanged parts of it: attribute order,
 * quoting, full-width punctuation) stays byte-for-byte as the author wrote it.
 */

export interface TalkSpeakerDraft {
  name: string;
  role: string;
  affiliation: string;
}

/** What the panel edits: the talk as plain strings. */
export interface TalkDraft {
  title: string;
  speakers: TalkSpeakerDraft[];
  slides: string;
  video: string;
  /** Markdown between the tags, without the surrounding blank lines. */
  summary: string;
}

interface AttributeSpan {
  name: string;
  value: string | null;
  /** From the first character of the name to just after the closing quote. */
  start: number;
  end: number;
  /** Start of the whitespace before the name, so removal leaves no gap. */
  spaceStart: number;
}

export interface TalkBlock extends TalkDraft {
  /** Offset of `<Talk` and just after `</Talk>` (or `/>`). */
  start: number;
  end: number;
  /** Exact source text of the block: lets the panel find it again after edits elsewhere. */
  source: string;
  attributes: AttributeSpan[];
  /** Offset just after the opening tag's `>` (or of `/>` when self-closing). */
  openEnd: number;
  /** Offset of `</Talk>`, or -1 when self-closing. */
  closeStart: number;
}

export const TALK_ATTRIBUTES = ['title', 'speakers', 'slides', 'video'] as const;
type TalkAttribute = (typeof TALK_ATTRIBUTES)[number];

export function emptyTalk(): TalkDraft {
  return { title: '', speakers: [{ name: '', role: '', affiliation: '' }], slides: '', video: '', summary: '' };
}

/**
 * Attribute values are plain double-quoted strings with no escapes, so a `"`
 * cannot be written: it becomes a typographic ” instead. Line breaks become spaces.
 */
export function sanitizeAttribute(value: string): string {
  return value
    .replace(/"/g, '\u201d')
    .replace(/[\r\n\t]+/g, ' ')
    .trim();
}

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const TALK_OPEN = /^[ \t]*<Talk(?=[\s/>]|$)/;

/** All talk blocks at the top level of the body, in source order; code fences are skipped. */
export function parseTalkBlocks(body: string): TalkBlock[] {
  const blocks: TalkBlock[] = [];
  let fence: string | null = null;
  let lineStart = 0;
  while (lineStart < body.length) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    const line = body.slice(lineStart, lineEnd);
    const fenceMatch = FENCE.exec(line);
    let next = lineEnd + 1;
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = null;
    } else if (fenceMatch) {
      fence = fenceMatch[1];
    } else if (TALK_OPEN.test(line)) {
      const block = readBlock(body, lineStart + line.indexOf('<Talk'));
      if (block) {
        blocks.push(block);
        const after = body.indexOf('\n', block.end);
        next = after === -1 ? body.length : after + 1;
      }
    }
    lineStart = next;
  }
  return blocks;
}

function readBlock(body: string, start: number): TalkBlock | null {
  const attributes: AttributeSpan[] = [];
  let i = start + '<Talk'.length;
  for (;;) {
    const spaceStart = i;
    while (i < body.length && /\s/.test(body[i])) i++;
    if (i >= body.length) return null;
    if (body[i] === '>' || body.startsWith('/>', i)) break;
    const name = /^[A-Za-z_:][\w:.-]*/.exec(body.slice(i, i + 100))?.[0];
    // An expression attribute (`{…}`) or stray text: not something the panel can edit.
    if (!name || i === spaceStart) return null;
    const attrStart = i;
    i += name.length;
    let value: string | null = null;
    let j = i;
    while (j < body.length && /[ \t]/.test(body[j])) j++;
    if (body[j] === '=') {
      j++;
      while (j < body.length && /[ \t]/.test(body[j])) j++;
      const quote = body[j];
      if (quote !== '"' && quote !== "'") return null;
      const close = body.indexOf(quote, j + 1);
      if (close === -1) return null;
      value = body.slice(j + 1, close);
      i = close + 1;
    }
    attributes.push({ name, value, start: attrStart, end: i, spaceStart });
  }
  const selfClosing = body[i] === '/';
  const openEnd = selfClosing ? i : i + 1;
  let closeStart = -1;
  let end: number;
  if (selfClosing) end = i + 2;
  else {
    const close = /<\/Talk\s*>/g;
    close.lastIndex = openEnd;
    const match = close.exec(body);
    if (!match) return null;
    closeStart = match.index;
    end = match.index + match[0].length;
  }
  const attr = (n: TalkAttribute) => (attributes.find((a) => a.name === n)?.value ?? '').trim();
  return {
    title: attr('title'),
    speakers: parseSpeakers(attr('speakers')).map((s) => ({ name: s.name, role: s.role ?? '', affiliation: s.affiliation ?? '' })),
    slides: attr('slides'),
    video: attr('video'),
    summary: selfClosing ? '' : trimBlankLines(body.slice(openEnd, closeStart)),
    start,
    end,
    source: body.slice(start, end),
    attributes,
    openEnd,
    closeStart,
  };
}

function trimBlankLines(text: string): string {
  return text
    .replace(/^(?:[ \t]*\r?\n)+/, '')
    .replace(/(?:\r?\n[ \t]*)+$/, '')
    .replace(/^[ \t]+$/, '');
}

/** Only the draft's content, for comparisons and for the panel's form. */
export function toDraft(talk: TalkDraft): TalkDraft {
  return {
    title: talk.title,
    speakers: talk.speakers.map((s) => ({ ...s })),
    slides: talk.slides,
    video: talk.video,
    summary: talk.summary,
  };
}

function attributeValues(talk: TalkDraft): Record<TalkAttribute, string> {
  return {
    title: sanitizeAttribute(talk.title),
    speakers: sanitizeAttribute(formatSpeakers(talk.speakers.map((s) => ({ name: s.name, role: s.role, affiliation: s.affiliation })))),
    slides: sanitizeAttribute(talk.slides),
    video: sanitizeAttribute(talk.video),
  };
}

function summaryOf(talk: TalkDraft): string {
  return trimBlankLines(talk.summary.replace(/\r\n/g, '\n'));
}

/** A new block in the house style: attributes on one line, summary between blank lines. */
export function formatTalkBlock(talk: TalkDraft): string {
  const values = attributeValues(talk);
  const attrs = TALK_ATTRIBUTES.filter((n) => n === 'title' || n === 'speakers' || values[n]).map((n) => ` ${n}="${values[n]}"`);
  const summary = summaryOf(talk);
  return `<Talk${attrs.join('')}>\n\n${summary ? `${summary}\n\n` : ''}</Talk>`;
}

/** The block's new text: only the attributes and summary that changed are rewritten. */
export function rewriteTalkBlock(block: TalkBlock, talk: TalkDraft): string {
  const old = attributeValues(block);
  const next = attributeValues(talk);
  const edits: Array<{ from: number; to: number; text: string }> = [];
  let insertAt = block.start + '<Talk'.length;
  const added: string[] = [];
  for (const name of TALK_ATTRIBUTES) {
    const span = block.attributes.find((a) => a.name === name);
    if (span) insertAt = Math.max(insertAt, span.end);
    if (old[name] === next[name]) continue;
    if (!span) added.push(` ${name}="${next[name]}"`);
    else if (!next[name] && name !== 'title' && name !== 'speakers') edits.push({ from: span.spaceStart, to: span.end, text: '' });
    else edits.push({ from: span.start, to: span.end, text: `${name}="${next[name]}"` });
  }
  for (const span of block.attributes) insertAt = Math.max(insertAt, span.end);
  if (added.length) edits.push({ from: insertAt, to: insertAt, text: added.join('') });
  const summary = summaryOf(talk);
  if (summary !== summaryOf(block)) {
    const inner = `\n\n${summary ? `${summary}\n\n` : ''}`;
    if (block.closeStart === -1) edits.push({ from: trimmedEnd(block), to: block.end, text: `>${inner}</Talk>` });
    else edits.push({ from: block.openEnd, to: block.closeStart, text: inner });
  }
  return applyEdits(
    block.source,
    edits.map((e) => ({ ...e, from: e.from - block.start, to: e.to - block.start })),
  );
}

/** Self-closing tags: where `/>` and the whitespace before it begin. */
function trimmedEnd(block: TalkBlock): number {
  let i = block.openEnd;
  while (i > block.start && /\s/.test(block.source[i - block.start - 1])) i--;
  return i;
}

function applyEdits(text: string, edits: Array<{ from: number; to: number; text: string }>): string {
  return [...edits].sort((a, b) => b.from - a.from).reduce((out, e) => out.slice(0, e.from) + e.text + out.slice(e.to), text);
}

// Whole-body operations. Each re-parses, so offsets are never stale.

export function updateTalk(body: string, index: number, talk: TalkDraft): string {
  const block = parseTalkBlocks(body)[index];
  if (!block) throw new RangeError(`there is no talk ${index + 1}`);
  return body.slice(0, block.start) + rewriteTalkBlock(block, talk) + body.slice(block.end);
}

/** Inserts before talk `index`; by default after the last talk (so talks stay together), or at the end of the body. */
export function insertTalk(body: string, talk: TalkDraft, index?: number): string {
  const blocks = parseTalkBlocks(body);
  const text = formatTalkBlock(talk);
  const at = index ?? blocks.length;
  if (at < blocks.length) {
    const before = blocks[Math.max(0, at)].start;
    return `${body.slice(0, before)}${text}\n\n${body.slice(before)}`;
  }
  const last = blocks.at(-1);
  if (last) return `${body.slice(0, last.end)}\n\n${text}${body.slice(last.end)}`;
  const gap = body === '' || body.endsWith('\n\n') ? '' : body.endsWith('\n') ? '\n' : '\n\n';
  return `${body}${gap}${text}\n`;
}

/** Removes a talk and the blank lines that separated it from what follows (or, when last, from what precedes). */
export function removeTalk(body: string, index: number): string {
  const block = parseTalkBlocks(body)[index];
  if (!block) throw new RangeError(`there is no talk ${index + 1}`);
  const after = /^(?:[ \t]*\r?\n)*/.exec(body.slice(block.end))![0].length;
  if (block.end + after < body.length) return body.slice(0, block.start) + body.slice(block.end + after);
  const before = /(?:\r?\n[ \t]*)*$/.exec(body.slice(0, block.start))![0].length;
  return body.slice(0, block.start - before) + body.slice(block.end);
}

/** Swaps a talk with its neighbour; the text between them stays where it was. */
export function moveTalk(body: string, index: number, delta: -1 | 1): string {
  const blocks = parseTalkBlocks(body);
  const [a, b] = delta < 0 ? [blocks[index - 1], blocks[index]] : [blocks[index], blocks[index + 1]];
  if (!a || !b) return body;
  return body.slice(0, a.start) + b.source + body.slice(a.end, b.start) + a.source + body.slice(b.end);
}

/** Makes the body's talks match `talks`, position by position, touching only what differs. */
export function writeTalkBlocks(body: string, talks: TalkDraft[]): string {
  let out = body;
  const count = parseTalkBlocks(body).length;
  for (let i = count - 1; i >= talks.length; i--) out = removeTalk(out, i);
  for (let i = 0; i < Math.min(count, talks.length); i++) out = updateTalk(out, i, talks[i]);
  for (let i = count; i < talks.length; i++) out = insertTalk(out, talks[i]);
  return out;
}

/**
 * Finds a block again after the body changed elsewhere: by its exact source
 * (the occurrence nearest the old position), else by position; -1 if gone.
 */
export function findTalkIndex(blocks: TalkBlock[], source: string, hint: number): number {
  let best = -1;
  blocks.forEach((b, i) => {
    if (b.source === source && (best === -1 || Math.abs(i - hint) < Math.abs(best - hint))) best = i;
  });
  return best !== -1 ? best : hint < blocks.length ? hint : -1;
}
