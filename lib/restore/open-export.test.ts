import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zipStream } from '@/lib/export/zip-sink';
import { isExport, openExport } from './open-export';

// The admin's download (a zip written by lib/export/zip-sink.ts) is restored
// like the folder; a folder or zip without export.json is a site to import;
// an export.json of another format is refused with what to do.

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'open-export-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const manifest = (format: unknown) =>
  JSON.stringify({ format, exportedAt: '2026-03-02T09:00:00.000Z', recaps: [], images: [], missingImages: [], calendar: [] });

async function zipOf(files: Record<string, string>): Promise<string> {
  const { sink, stream, finish } = zipStream();
  const bytes = new Response(stream).arrayBuffer();
  for (const [name, text] of Object.entries(files)) await sink.write(name, text);
  finish();
  const file = path.join(tmp, `${Object.keys(files).join('-').replace(/\W/g, '_')}.zip`);
  fs.writeFileSync(file, Buffer.from(await bytes));
  return file;
}

describe('openExport', () => {
  it('reads the admin download as the folder', async () => {
    const zip = await zipOf({ 'export.json': manifest(1), 'recaps/a.mdx': '---\ntitle: A\n---\n\nText.\n', 'speakers.yml': '' });
    expect(isExport(zip)).toBe(true);
    const opened = openExport(zip);
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.manifest.format).toBe(1);
    expect(fs.readFileSync(path.join(opened.dir, 'recaps/a.mdx'), 'utf8')).toContain('title: A');
    opened.cleanup();
    expect(fs.existsSync(opened.dir)).toBe(false);
  });

  it('tells a site to import from an export', async () => {
    const site = path.join(tmp, 'site');
    fs.mkdirSync(site);
    fs.writeFileSync(path.join(site, 'post.md'), '# Post\n');
    expect(isExport(site)).toBe(false);
    expect(isExport(await zipOf({ 'content/post.md': '# Post\n' }))).toBe(false);
    expect(isExport(path.join(tmp, 'missing'))).toBe(false);
  });

  it('refuses a format it does not know, and a manifest that is not one', async () => {
    const dir = path.join(tmp, 'future');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'export.json'), manifest(2));
    expect(isExport(dir)).toBe(true);
    const opened = openExport(dir);
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.error).toMatch(
      /export format 2 is not one this portal knows \(it reads format 1\); restore it with the version of the portal that wrote it, or a newer one$/,
    );
    fs.writeFileSync(path.join(dir, 'export.json'), '{ not json');
    expect(!openExport(dir).ok && (openExport(dir) as { error: string }).error).toMatch(/not readable as JSON/);
  });
});
