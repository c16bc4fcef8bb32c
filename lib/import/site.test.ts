import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSite } from './site';

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'import-site-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

describe('readSite', () => {
  test('a Hugo site with one content folder: `.en.md` names the language; list pages are skipped', () => {
    const root = tree({
      'hugo.yaml': 'title: Gophers\ndefaultContentLanguage: zh\nlanguages:\n  zh: {}\n  en: {}\n',
      'content/posts/_index.md': '# Posts',
      'content/posts/meetup.md': 'x',
      'content/posts/meetup.en.md': 'x',
      'content/posts/bundle/index.en.md': 'x',
    });
    const site = readSite(root);
    expect(site.title).toBe('Gophers');
    expect(site.posts.map((p) => [p.file, p.locale, p.pageUrl, p.pathSlug])).toEqual([
      ['content/posts/meetup.md', 'zh', '/posts/meetup/', 'meetup'],
      ['content/posts/bundle/index.en.md', 'en', '/en/posts/bundle/', 'bundle'],
      ['content/posts/meetup.en.md', 'en', '/en/posts/meetup/', 'meetup'],
    ]);
    expect(site.skipped).toEqual([{ file: 'content/posts/_index.md', reason: 'a list page (_index.md), not a post' }]);
  });

  test('a Jekyll folder reads _posts/, dates dropped from the slugs; one file is a site of one post', () => {
    const root = tree({ '_config.yml': 'title: Rustaceans\n', '_posts/2023-07-20-meetup-seven.md': 'x', 'README.md': 'not a post' });
    const site = readSite(root);
    expect(site).toMatchObject({ kind: 'folder', title: 'Rustaceans' });
    expect(site.posts.map((p) => [p.file, p.pathSlug])).toEqual([['_posts/2023-07-20-meetup-seven.md', 'meetup-seven']]);
    expect(readSite(path.join(root, '_posts/2023-07-20-meetup-seven.md')).posts.map((p) => p.file)).toEqual(['2023-07-20-meetup-seven.md']);
  });
});
