import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSite } from './site';
import { addressIdentity, siteIdentity } from './site-identity';

describe('site identity', () => {
  test('an address names the site by host and path, whatever the scheme, case, www. or trailing slash', () => {
    expect(addressIdentity('https://Rust-SZ.example.org/')).toBe('url:rust-sz.example.org');
    expect(addressIdentity('http://www.rust-sz.org/blog/')).toBe('url:rust-sz.org/blog');
    expect(addressIdentity('//rust-sz.org')).toBe('url:rust-sz.org');
    expect(addressIdentity('https://rust-sz.org', '/meetups/')).toBe('url:rust-sz.org/meetups');
  });

  test('placeholders and non-addresses name no site', () => {
    for (const url of ['https://example.org/', 'http://localhost:1313/', '/', '', 'not a url at all', undefined, 42])
      expect(addressIdentity(url)).toBeUndefined();
  });

  test('the address first, then the title, then the name', () => {
    expect(siteIdentity({ address: 'url:a.org', title: 'A' }, 'folder')).toBe('url:a.org');
    expect(siteIdentity({ title: ' Rust 深圳 ' }, 'folder')).toBe('title:Rust 深圳');
    expect(siteIdentity({}, 'folder')).toBe('name:folder');
  });

  test('readSite: a Hugo config’s baseURL, a Jekyll url and baseurl, a folder’s or file’s folder name, or the name given', () => {
    expect(readSite(path.join(import.meta.dirname, 'fixtures/hugo-site')).identity).toBe('url:rust-sz.example.org');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'identity-'));
    const jekyll = path.join(root, 'jekyll');
    fs.mkdirSync(path.join(jekyll, '_posts'), { recursive: true });
    fs.writeFileSync(path.join(jekyll, '_config.yml'), 'title: Gophers\nurl: https://gophers.dev\nbaseurl: /cd\n');
    fs.writeFileSync(path.join(jekyll, '_posts/2024-01-02-meetup.md'), '---\ntitle: Meetup\n---\n\nText.\n');
    expect(readSite(jekyll).identity).toBe('url:gophers.dev/cd');
    fs.writeFileSync(path.join(jekyll, '_config.yml'), 'title: Gophers\n');
    expect(readSite(jekyll).identity).toBe('title:Gophers');
    const plain = path.join(root, 'old-blog');
    fs.mkdirSync(plain);
    fs.writeFileSync(path.join(plain, 'meetup.md'), '# Meetup\n');
    expect(readSite(plain).identity).toBe('name:old-blog');
    expect(readSite(path.join(plain, 'meetup.md')).identity).toBe('name:old-blog');
    expect(readSite(plain, { name: 'site-2024' }).identity).toBe('name:site-2024');
  });
});
