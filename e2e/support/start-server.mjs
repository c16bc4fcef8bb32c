#!/usr/bin/env node
// Starts the production server for the Playwright suite (config.webServer).
//
// It never builds: `npm test` runs `npm run build` first. A missing build is a
// clear error here rather than a confusing timeout in every test.
//
// Each e2e server runs from its own copy of the build, in
// test-results/.e2e-<name>/app (the rest of the project is symlinked), so that
// nothing one server writes under .next (the page cache is in memory now, see
// lib/cache/memory-handler.mjs, but Next still writes traces and its own
// caches there) reaches another server or a dev's `next start`.
//
// Environment (set by playwright.config.ts):
//   E2E_SERVER          name of the server (folder name under test-results)
//   PORT                port to listen on
//   SQLITE_PATH         database file for this server; its folder is created
//   E2E_PAGED_CONTENT   if set, the server gets generated recaps (several list
//                       pages) as CONTENT_DIR instead of content/
//   TEST_CLOCK_FILE,    if set, the file is written with E2E_CLOCK_START before
//   E2E_CLOCK_START     the server starts: the site's clock (lib/events/clock.ts)
//                       starts there and runs on, so sample events stay upcoming
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePagedContent } from './paged-content.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fail = (message) => {
  console.error(`\n[e2e] ${message}\n`);
  process.exit(1);
};

const buildId = path.join(root, '.next', 'BUILD_ID');
if (!existsSync(buildId)) {
  fail(
    'No production build: .next/BUILD_ID is missing.\n' +
      '[e2e] Run `npm run build` first (`npm test` does it before `npm run test:e2e`).\n' +
      '[e2e] The e2e config never builds on its own.',
  );
}
const { PORT: port, E2E_SERVER: name } = process.env;
if (!port || !name) fail('PORT and E2E_SERVER must be set (see playwright.config.ts).');

const work = path.join(root, 'test-results', `.e2e-${name}`);
const app = path.join(work, 'app');
rmSync(work, { recursive: true, force: true });
mkdirSync(app, { recursive: true });

// The build, minus the build cache and any runtime route cache.
cpSync(path.join(root, '.next'), path.join(app, '.next'), {
  recursive: true,
  filter: (src) => {
    const rel = path.relative(path.join(root, '.next'), src);
    return rel !== 'cache' && rel !== path.join('server', 'route-cache');
  },
});
// Everything else (node_modules, next.config.js, package.json, public, content…) as symlinks.
// No package-lock.json: Next.js would warn about two lockfiles (this one and the project's, above).
const skip = new Set(['.next', '.git', 'test-results', 'playwright-report', 'package-lock.json']);
for (const entry of readdirSync(root)) {
  if (!skip.has(entry)) symlinkSync(path.join(root, entry), path.join(app, entry));
}

const env = { ...process.env };
if (env.SQLITE_PATH) {
  env.SQLITE_PATH = path.resolve(root, env.SQLITE_PATH);
  mkdirSync(path.dirname(env.SQLITE_PATH), { recursive: true });
}
if (env.TEST_CLOCK_FILE) {
  mkdirSync(path.dirname(env.TEST_CLOCK_FILE), { recursive: true });
  writeFileSync(env.TEST_CLOCK_FILE, `${env.E2E_CLOCK_START ?? new Date().toISOString()}\n`);
}
if (env.E2E_PAGED_CONTENT) env.CONTENT_DIR = writePagedContent(path.join(work, 'content'));

const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const child = spawn(process.execPath, [nextBin, 'start', '-p', port], { cwd: app, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
