import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run export` as an operator runs it, on the sample content and an
// empty SQLite database; its folder then passes `content:check`.

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');
let tmp: string;
let env: NodeJS.ProcessEnv;

async function script(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, args, { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'export-cli-'));
  env = { ...process.env, SQLITE_PATH: path.join(tmp, 'portal.db'), CONTENT_DIR: path.resolve('content'), DATABASE_URL: '' };
  expect((await script(['scripts/db-migrate.ts'])).code).toBe(0);
}, 60_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('npm run export', () => {
  it('writes the site to an empty folder, prints what it wrote, refuses a full one without --force', async () => {
    const out = path.join(tmp, 'out');
    const first = await script(['scripts/export.ts', out]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`wrote ${path.join(out, 'recaps/shenzhen-cloud-native-meetup-2023.mdx')}`);
    expect(first.stdout).toContain(`wrote ${path.join(out, 'speakers.yml')}`);
    expect(first.stdout).toMatch(/export: 14 public recap\(s\), 0 draft\(s\)/);

    const again = await script(['scripts/export.ts', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('is not empty');
    expect((await script(['scripts/export.ts', out, '--force'])).code).toBe(0);
    expect((await script(['scripts/export.ts'])).stderr).toContain('usage: npm run export -- <dir> [--force]');

    const check = await script(['scripts/content-check.ts', out]);
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('content:check: 14 recap(s) checked, 0 problem(s)');
    expect(check.code).toBe(0);
  }, 120_000);
});
