import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTalks } from '@/lib/mdx/talks';
import { parseBody } from '@/lib/mdx/parse';
import { parseSpeakers } from './speakers';
import {
  emptyTalk,
  findTalkIndex,
  formatTalkBlock,
  insertTalk,
  moveTalk,
  parseTalkBlocks,
  removeTalk,
  sanitizeAttribute,
  toDraft,
  updateTalk,
  writeTalkBlocks,
  type TalkDraft,
} from './talk-blocks';

const INTRO = 'Intro paragraph with <br /> and **bold**.\n\n';
const A = '<Talk title="Alpha" speakers="Ann (SRE, Acme)" slides="https://example.com/a.pdf">\n\nAlpha summary.\n\n- a list\n\n</Talk>';
const B = '<Talk title="Beta" speakers="Bob (Dev)">\n\nBeta summary.\n\n</Talk>';
const OUTRO = '\n\n<Video src="https://www.youtube.com/watch?v=exAmple0002" title="Highlights" />\n';
const BODY = `${INTRO}${A}\n\n${B}${OUTRO}`;

const talk = (over: Partial<TalkDraft> = {}): TalkDraft => ({
  title: 'Gamma',
  speakers: [{ name: 'Cy', role: 'PM', affiliation: 'Co' }],
  slides: '',
  video: '',
  summary: 'Gamma summary.',
  ...over,
});

const titles = (body: string) => parseTalkBlocks(body).map((t) => t.title);

describe('parseTalkBlocks', () => {
  it('reads attributes, speakers, summary and offsets', () => {
    const [a, b] = parseTalkBlocks(BODY);
    expect(a).toMatchObject({
      title: 'Alpha',
      speakers: [{ name: 'Ann', role: 'SRE', affiliation: 'Acme' }],
      slides: 'https://example.com/a.pdf',
      video: '',
      summary: 'Alpha summary.\n\n- a list',
    });
    expect(BODY.slice(a.start, a.end)).toBe(A);
    expect(a.source).toBe(A);
    expect(b.speakers).toEqual([{ name: 'Bob', role: 'Dev', affiliation: '' }]);
    expect(BODY.slice(b.start, b.end)).toBe(B);
  });

  it('agrees with the MDX pipeline on every sample recap', () => {
    const dir = 'content/recaps';
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
      const parsed = parseBody(body);
      if (!parsed.ok) throw new Error(`${file}: ${parsed.diagnostic.message}`);
      const expected = extractTalks(parsed.tree);
      const blocks = parseTalkBlocks(body);
      expect(
        blocks.map((b) => b.title),
        file,
      ).toEqual(expected.map((t) => t.title));
      expect(
        blocks.map((b) => b.slides),
        file,
      ).toEqual(expected.map((t) => t.slides ?? ''));
      expect(
        blocks.map((b) => b.speakers.map((s) => s.name)),
        file,
      ).toEqual(expected.map((t) => t.speakers.map((s) => s.name)));
      // Rewriting every talk with its own content changes nothing.
      expect(writeTalkBlocks(body, blocks.map(toDraft)), file).toBe(body);
    }
  });

  it('handles Chinese text and full-width speaker punctuation', () => {
    const body =
      '前言。\n\n<Talk title="多集群管理的五年：从能用到好用" speakers="罗敏（数据库架构师，蜀信银行）；唐浩 (AI 平台工程师, 锦城智算)">\n\n中文摘要，包含“引号”。\n\n</Talk>\n';
    const [t] = parseTalkBlocks(body);
    expect(t.title).toBe('多集群管理的五年：从能用到好用');
    expect(t.speakers).toEqual([
      { name: '罗敏', role: '数据库架构师', affiliation: '蜀信银行' },
      { name: '唐浩', role: 'AI 平台工程师', affiliation: '锦城智算' },
    ]);
    expect(t.summary).toBe('中文摘要，包含“引号”。');
    // Unchanged speakers keep their full-width spelling; a changed title is the only edit.
    const out = updateTalk(body, 0, { ...toDraft(t), title: '新标题' });
    expect(out).toBe(body.replace('多集群管理的五年：从能用到好用', '新标题'));
  });

  it('skips code fences, expression attributes and unclosed tags', () => {
    const body =
      '```mdx\n<Talk title="Example" speakers="X">\n\n</Talk>\n```\n\n<Talk title={x} speakers="Y"></Talk>\n\n<Talk title="Open" speakers="Z">\n\nno end';
    expect(parseTalkBlocks(body)).toEqual([]);
  });

  it('reads multi-line, single-quoted and self-closing tags', () => {
    const body = '<Talk\n  speakers=\'Ann\'\n  title="Multi"\n/>\n\n<Talk title="Inline" speakers="Bo">Short.</Talk>\n';
    const [a, b] = parseTalkBlocks(body);
    expect(a).toMatchObject({ title: 'Multi', summary: '', speakers: [{ name: 'Ann', role: '', affiliation: '' }] });
    expect(body.slice(a.start, a.end)).toBe('<Talk\n  speakers=\'Ann\'\n  title="Multi"\n/>');
    expect(b.summary).toBe('Short.');
  });
});

describe('updateTalk', () => {
  it('is a no-op when nothing changed', () => {
    parseTalkBlocks(BODY).forEach((t, i) => expect(updateTalk(BODY, i, toDraft(t))).toBe(BODY));
  });

  it('keeps attribute order and only rewrites what changed', () => {
    const body = 'x\n\n<Talk video="https://v.example/1" speakers="Ann" title="Old">\n\nS\n\n</Talk>\n\ny';
    const t = toDraft(parseTalkBlocks(body)[0]);
    const out = updateTalk(body, 0, { ...t, title: 'New', slides: 'https://s.example/1' });
    expect(out).toBe('x\n\n<Talk video="https://v.example/1" speakers="Ann" title="New" slides="https://s.example/1">\n\nS\n\n</Talk>\n\ny');
  });

  it('removes an emptied optional attribute and rewrites the summary', () => {
    const [a] = parseTalkBlocks(BODY);
    const out = updateTalk(BODY, 0, { ...toDraft(a), slides: '', summary: 'New **summary**.' });
    expect(out).toBe(BODY.replace(A, '<Talk title="Alpha" speakers="Ann (SRE, Acme)">\n\nNew **summary**.\n\n</Talk>'));
  });

  it('turns a self-closing tag into an open one when a summary is added', () => {
    const body = '<Talk title="T" speakers="S" />\n';
    const out = updateTalk(body, 0, { ...toDraft(parseTalkBlocks(body)[0]), summary: 'Now with text.' });
    expect(out).toBe('<Talk title="T" speakers="S">\n\nNow with text.\n\n</Talk>\n');
  });

  it('formats speakers with formatSpeakers and replaces quotes that cannot be written', () => {
    const speakers = [
      { name: 'Ann Lee', role: 'Head of SRE, EMEA', affiliation: 'Acme' },
      { name: 'Bo', role: '', affiliation: 'Solo' },
      { name: '  ', role: 'ignored', affiliation: '' },
    ];
    const out = updateTalk(BODY, 1, { ...talk(), title: 'Say "hi"', speakers });
    const [, b] = parseTalkBlocks(out);
    expect(b.title).toBe('Say \u201dhi\u201d');
    expect(out).toContain('speakers="Ann Lee (Head of SRE, EMEA, Acme); Bo (Solo)"');
    expect(parseSpeakers('Ann Lee (Head of SRE, EMEA, Acme); Bo (Solo)').map((s) => s.role)).toEqual(['Head of SRE, EMEA', 'Solo']);
    expect(out.startsWith(`${INTRO}${A}\n\n`)).toBe(true);
    expect(out.endsWith(`</Talk>${OUTRO}`)).toBe(true);
  });
});

describe('insert, remove, move', () => {
  it('inserts after the last talk by default, preserving the rest', () => {
    const out = insertTalk(BODY, talk());
    expect(out).toBe(`${INTRO}${A}\n\n${B}\n\n${formatTalkBlock(talk())}${OUTRO}`);
    expect(titles(out)).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('inserts before a given talk', () => {
    expect(titles(insertTalk(BODY, talk(), 0))).toEqual(['Gamma', 'Alpha', 'Beta']);
    expect(titles(insertTalk(BODY, talk(), 1))).toEqual(['Alpha', 'Gamma', 'Beta']);
  });

  it('appends to a body without talks with a blank line between', () => {
    const block = formatTalkBlock(talk());
    expect(insertTalk('', talk())).toBe(`${block}\n`);
    expect(insertTalk('Text', talk())).toBe(`Text\n\n${block}\n`);
    expect(insertTalk('Text\n', talk())).toBe(`Text\n\n${block}\n`);
    expect(insertTalk('Text\n\n', talk())).toBe(`Text\n\n${block}\n`);
  });

  it('formats new blocks in the house style, dropping empty optional attributes', () => {
    expect(formatTalkBlock(talk({ video: 'https://v.example/x' }))).toBe(
      '<Talk title="Gamma" speakers="Cy (PM, Co)" video="https://v.example/x">\n\nGamma summary.\n\n</Talk>',
    );
    expect(formatTalkBlock(emptyTalk())).toBe('<Talk title="" speakers="">\n\n</Talk>');
  });

  it('removes a talk with its separating blank lines', () => {
    expect(removeTalk(BODY, 0)).toBe(`${INTRO}${B}${OUTRO}`);
    expect(removeTalk(BODY, 1)).toBe(`${INTRO}${A}${OUTRO}`);
    const last = 'Text\n\n<Talk title="T" speakers="S">\n\n</Talk>\n';
    expect(removeTalk(last, 0)).toBe('Text\n');
    expect(removeTalk(insertTalk('Text\n', talk()), 0)).toBe('Text\n');
  });

  it('moves talks up and down without touching the text between them', () => {
    const body = `${INTRO}${A}\n\nBetween.\n\n${B}${OUTRO}`;
    const down = moveTalk(body, 0, 1);
    expect(down).toBe(`${INTRO}${B}\n\nBetween.\n\n${A}${OUTRO}`);
    expect(moveTalk(down, 1, -1)).toBe(body);
    expect(moveTalk(body, 0, -1)).toBe(body);
    expect(moveTalk(body, 1, 1)).toBe(body);
  });

  it('writeTalkBlocks reorders, removes and appends', () => {
    const [a, b] = parseTalkBlocks(BODY).map(toDraft);
    expect(titles(writeTalkBlocks(BODY, [b, a]))).toEqual(['Beta', 'Alpha']);
    expect(writeTalkBlocks(BODY, [a])).toBe(`${INTRO}${A}${OUTRO}`);
    expect(titles(writeTalkBlocks(BODY, [a, b, talk()]))).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(writeTalkBlocks(BODY, [a, b])).toBe(BODY);
  });

  it('finds a block again after edits elsewhere', () => {
    const blocks = parseTalkBlocks(BODY);
    const moved = parseTalkBlocks(moveTalk(BODY, 0, 1));
    expect(findTalkIndex(moved, blocks[0].source, 0)).toBe(1);
    expect(findTalkIndex(moved, 'gone', 1)).toBe(1);
    expect(findTalkIndex(moved, 'gone', 5)).toBe(-1);
  });

  it('sanitizes attribute values', () => {
    expect(sanitizeAttribute(' a "b"\nc ')).toBe('a \u201db\u201d c');
  });
});

describe('the new-recap template', () => {
  it('has one example talk the talks panel reads completely, and saving it unchanged changes nothing', async () => {
    const { NEW_RECAP_TEMPLATE } = await import('./new-recap-template');
    const [example, ...rest] = parseTalkBlocks(NEW_RECAP_TEMPLATE);
    expect(rest).toEqual([]);
    expect(example.title).toBe('Title of the first talk');
    expect(example.speakers).toEqual([{ name: 'Ada Lovelace', role: 'Staff Engineer', affiliation: 'Example Corp' }]);
    expect(example.summary).toMatch(/^What the talk was about\./);
    expect(updateTalk(NEW_RECAP_TEMPLATE, 0, toDraft(example))).toBe(NEW_RECAP_TEMPLATE);
    // Written exactly as the panel writes a new talk.
    expect(example.source).toBe(formatTalkBlock(toDraft(example)));
  });
});
