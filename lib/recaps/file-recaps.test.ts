import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRecapFiles, loadFileRecaps } from './file-recaps';

const GOOD = [
  '---',
  'title: Good',
  'date: 2023-07-15',
  'city: Shenzhen',
  'community: C',
  'description: D',
  'locale: en',
  'published: 2023-07-20',
  'author: A',
  '---',
  '',
  '<Talk title="T" speakers="A (B, C)">',
  '',
  'x',
  '',
  '</Talk>',
  '',
].join('\n');
const ALIAS_BOMB = GOOD.replace('title: Good', 'title: &a [x, x, x, x, x, x, x, x, x, x]\ntags: [' + Array(30).fill('*a').join(', ') + ']');

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'recaps-'));
  fs.mkdirSync(path.join(dir, 'recaps'));
  const files: Record<string, string> = {
    'good-one.mdx': GOOD,
    'Bad_Name.mdx': GOOD,
    'script.mdx': GOOD.replace('x\n', '<script>alert(1)</script>\n'),
    'js-front-matter.mdx': GOOD.replace('---\ntitle', '---js\ntitle'),
    'alias-bomb.mdx': ALIAS_BOMB,
    'deep.mdx': `${GOOD}\n${'- '.repeat(10_000)}x\n`,
    'notes.txt': 'not a recap',
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'recaps', name), text);
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('loadFileRecaps', () => {
  it('lists only .mdx files, sorted', () => {
    expect(listRecapFiles(dir).map((f) => path.basename(f))).toEqual([
      'Bad_Name.mdx',
      'alias-bomb.mdx',
      'deep.mdx',
      'good-one.mdx',
      'js-front-matter.mdx',
      'script.mdx',
    ]);
  });

  it('reports each broken file and still loads the good one', () => {
    const { recaps, problems } = loadFileRecaps(dir);
    expect(recaps.map((r) => r.slug)).toEqual(['good-one']);
    const byFile = Object.fromEntries(problems.map((p) => [path.basename(p.file), p.diagnostics[0].message]));
    expect(byFile).toEqual({
      'Bad_Name.mdx': expect.stringMatching(/not a valid slug/),
      'alias-bomb.mdx': expect.stringMatching(/repeats aliases/),
      'deep.mdx': 'content is nested deeper than 50 levels',
      'js-front-matter.mdx': expect.stringMatching(/front matter is missing/),
      'script.mdx': expect.stringMatching(/`<script>` is not allowed/),
    });
  });

  it('returns nothing for a missing directory', () => {
    expect(loadFileRecaps(path.join(dir, 'nope'))).toEqual({ recaps: [], problems: [] });
  });
});
