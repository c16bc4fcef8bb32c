import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { RecapRow } from '@/lib/sql/types';
import type { Recap } from './types';
import { compileLiveRecap } from './db-recaps';
import { fieldsFromStored } from './editor-fields';
import { loadRecapFile } from './file-recaps';
import { reviewDraft } from './mutations';
import { checkPublishable, describeProblems } from './publish-gate';

// Every way a recap is judged valid, run on the same text: content:check (and
// so the build), the catalog's loading of git-managed files, the publish gate
// (Publish now, Update live page, the scheduler), the editor's review of a
// draft, and the public read of a database recap. They must agree, or a text
// one of them accepts breaks, or vanishes, at another.

const FM = {
  title: 'Gate meetup',
  date: '2025-03-01',
  city: 'Shenzhen',
  venue: 'Hall 1',
  community: 'Rust SZ',
  description: 'Two talks.',
  tags: ['rust', 'web'],
  locale: 'en',
  author: 'Ada',
} as Record<string, unknown>;
const PUBLISHED = '2025-03-10';
const talk = (title: string, speakers: string) => `<Talk title="${title}" speakers="${speakers}">\n\nSome words.\n\n</Talk>\n`;
const GOOD = `Intro paragraph.\n\n${talk('Opening', 'Ada (Engineer, Acme)')}\n${talk('Closing', 'Lin; Bo (Host)')}`;

interface Case {
  name: string;
  frontMatter?: Record<string, unknown>;
  body?: string;
  published?: string;
  /** Whether the recap may go live; every gate must say the same. */
  ok: boolean;
}

const CASES: Case[] = [
  { name: 'a good recap', ok: true },
  { name: 'speakers=";"', body: talk('Semi', ';'), ok: false },
  { name: 'empty speakers', body: talk('Nobody', ''), ok: false },
  { name: 'speakers of spaces and semicolons', body: talk('Blank', ' ; ; '), ok: false },
  { name: 'a speaker without a name', body: talk('Anon', '(Engineer)'), ok: false },
  { name: 'duplicate talk titles (anchors made unique)', body: `${talk('Same', 'A')}\n${talk('Same', 'B')}`, ok: true },
  { name: 'talk titled like a page anchor', body: `${talk('Contents', 'A')}\n${talk('Contents Title', 'B')}`, ok: true },
  { name: 'a talk without a title', body: '<Talk speakers="A">\n\nx\n\n</Talk>\n', ok: false },
  { name: 'an impossible date', frontMatter: { ...FM, date: '2025-02-30' }, ok: false },
  { name: 'a date in another format', frontMatter: { ...FM, date: '1 March 2025' }, ok: false },
  { name: 'an event date after publication', frontMatter: { ...FM, date: '2025-04-01' }, ok: false },
  { name: 'an unknown component', body: 'Hi.\n\n<Carousel images="a,b" />\n', ok: false },
  { name: 'a lowercase html tag that is not allowed', body: 'Hi <script>alert(1)</script>\n', ok: false },
  { name: 'an oversized body', body: `${'A long paragraph of prose. '.repeat(40)}\n\n`.repeat(500), ok: false },
  { name: 'a long but simple body', body: `${'word '.repeat(100)}\n\n`.repeat(100), ok: true },
  { name: 'a missing title', frontMatter: { ...FM, title: '' }, ok: false },
  { name: 'an empty cover', frontMatter: { ...FM, cover: '' }, ok: true },
  { name: 'an empty venue', frontMatter: { ...FM, venue: '' }, ok: true },
  { name: 'a cover that is not a URL', frontMatter: { ...FM, cover: 'javascript:alert(1)' }, ok: false },
  { name: 'a bad tag', frontMatter: { ...FM, tags: ['ok', '<b>'] }, ok: false },
  { name: 'too many tags', frontMatter: { ...FM, tags: Array.from({ length: 13 }, (_, i) => `t${i}`) }, ok: false },
  { name: 'a description with markup', frontMatter: { ...FM, description: 'a <b>bold</b> claim' }, ok: false },
  { name: 'an unsupported locale', frontMatter: { ...FM, locale: 'fr' }, ok: false },
  { name: 'a javascript: link', body: '[x](javascript:alert(1))\n', ok: false },
  { name: 'braces in the body', body: 'Sum {1 + 1}\n', ok: false },
  { name: 'a talk inside a quote', body: `> ${talk('Quoted', 'A').replace(/\n/g, '\n> ')}`, ok: false },
  { name: 'single-quoted attributes', body: "<Talk title='Opening' speakers='A'>\n\nx\n\n</Talk>\n", ok: false },
  { name: 'slides on this site', body: '<Talk title="T" speakers="A" slides="/slides.pdf">\n\nx\n\n</Talk>\n', ok: false },
  { name: 'an image without alt text', body: 'Hi.\n\n<Figure src="/covers/x.svg" alt="" />\n', ok: false },
  { name: 'a video from elsewhere', body: 'Hi.\n\n<Video src="https://vimeo.com/1" title="V" />\n', ok: false },
  { name: 'tags in capitals', frontMatter: { ...FM, tags: ['Rust', 'WEB'] }, ok: true },
  { name: 'a Chinese recap', frontMatter: { ...FM, locale: 'zh', title: '深圳聚会' }, body: talk('开场', '张三（工程师，某公司）；李四'), ok: true },
  { name: 'published on the event day', frontMatter: { ...FM, date: PUBLISHED }, ok: true },
];

const slugOf = (c: Case) =>
  c.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const fmOf = (c: Case) => c.frontMatter ?? FM;
const bodyOf = (c: Case) => c.body ?? GOOD;
const publishedOf = (c: Case) => c.published ?? PUBLISHED;
const fileText = (c: Case) => `---\n${stringify({ ...fmOf(c), published: publishedOf(c) })}---\n\n${bodyOf(c)}`;

type Verdict = { ok: boolean; problems: string[]; shown?: unknown };
/** What visitors see of an accepted recap, whichever source it came from. */
const shownOf = (recap: Recap) => {
  const { title, date, city, venue, community, description, tags, cover, locale, author, talks } = recap;
  return { title, date, city, venue, community, description, tags, cover, locale, author, talks };
};
let dir: string;
const contentCheckVerdicts = new Map<string, Verdict>();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-agreement-'));
  fs.mkdirSync(path.join(dir, 'recaps'));
  for (const c of CASES) fs.writeFileSync(path.join(dir, 'recaps', `${slugOf(c)}.mdx`), fileText(c));
  // content:check as the build runs it, once over every case.
  let stderr = '';
  try {
    ({ stderr } = await promisify(execFile)(path.resolve('node_modules/.bin/tsx'), ['scripts/content-check.ts', dir], { maxBuffer: 1 << 24 }));
  } catch (error) {
    stderr = (error as { stderr: string }).stderr;
  }
  for (const c of CASES) {
    const problems = stderr.split('\n').filter((line) => line.includes(`${slugOf(c)}.mdx:`));
    contentCheckVerdicts.set(c.name, { ok: problems.length === 0, problems });
  }
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const noDatabase = {} as Kysely<Database>;
function liveRow(c: Case): RecapRow {
  const at = `${publishedOf(c)}T09:00:00.000Z`;
  return {
    id: 1,
    slug: slugOf(c),
    frontMatter: fmOf(c),
    body: bodyOf(c),
    status: 'published',
    version: 1,
    live: { frontMatter: fmOf(c), body: bodyOf(c), version: 1, updatedAt: at },
    liveSnapshotVersion: 1,
    liveProblem: null,
    publishProblem: null,
    publishCheckedVersion: null,
    translationKey: null,
    scheduledAt: null,
    publishedAt: at,
    createdBy: 1,
    updatedBy: 1,
    createdAt: at,
    updatedAt: at,
  };
}

const gates: Record<string, (c: Case) => Promise<Verdict>> = {
  'content:check': async (c) => contentCheckVerdicts.get(c.name)!,
  'file recaps (the catalog)': async (c) => {
    const loaded = loadRecapFile(path.join(dir, 'recaps', `${slugOf(c)}.mdx`));
    return 'recap' in loaded
      ? { ok: true, problems: [], shown: shownOf(loaded.recap) }
      : { ok: false, problems: loaded.problem.diagnostics.map((d) => d.message) };
  },
  'publish gate (publish, update, scheduler)': async (c) => {
    const problems = describeProblems(await checkPublishable(fieldsFromStored(fmOf(c), slugOf(c)), bodyOf(c), { publishedOn: publishedOf(c) }));
    return { ok: problems.length === 0, problems };
  },
  'editor review': async (c) => {
    const review = await reviewDraft(fieldsFromStored(fmOf(c), slugOf(c)), bodyOf(c), publishedOf(c));
    const problems = [...Object.values(review.fieldErrors), ...review.diagnostics.map((d) => d.message)];
    return { ok: problems.length === 0, problems };
  },
  'public read of a database recap': async (c) => {
    // The read serves the last good version, logging why, when the live text no longer validates.
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { recap } = await compileLiveRecap(noDatabase, liveRow(c));
      const problems = errors.mock.calls.map((args) => String(args[0])).filter((m) => m.startsWith(`[recaps] live recap "${slugOf(c)}": `));
      return { ok: problems.length === 0, problems, ...(recap && !problems.length ? { shown: shownOf(recap) } : {}) };
    } finally {
      errors.mockRestore();
    }
  },
};

describe('every validation gate agrees', () => {
  it.each(CASES)('$name', { timeout: 60_000 }, async (c) => {
    const verdicts: Record<string, Verdict> = {};
    for (const [name, gate] of Object.entries(gates)) verdicts[name] = await gate(c);
    const decisions = Object.fromEntries(Object.entries(verdicts).map(([name, v]) => [name, v.ok]));
    expect(decisions, JSON.stringify(verdicts, null, 1)).toEqual(Object.fromEntries(Object.keys(gates).map((name) => [name, c.ok])));
    // Accepted, the recap shows the same from a file as from the database.
    if (c.ok) expect(verdicts['public read of a database recap'].shown).toEqual(verdicts['file recaps (the catalog)'].shown);
  });
});
