/**
 * Lighthouse on Debian's Chromium, started by us (not by chrome-launcher, so
 * the flags are exactly these): headless, no sandbox (root), and nothing that
 * phones home: no QUIC, sync, component updates or background networking.
 * Lighthouse itself fetches nothing from the internet; its network-using
 * options (error reporting, the Sentry client) are off by default and stay off.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse, { defaultConfig, type Flags, type Result } from 'lighthouse';
import { spawnTracked, stopTracked, type Tracked } from './procs';
import { findFreePort, waitForPort } from './server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Chromium {
  port: number;
  proc: Tracked;
  stop(): Promise<void>;
}

export async function startChromium(preferredPort: number): Promise<Chromium> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const port = await findFreePort(preferredPort);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lighthouse-'));
  const proc = spawnTracked('chromium', CHROMIUM_PATH, [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], {
    logFile: path.join(profile, 'chromium.log'),
  });
  await waitForPort(port, { timeoutMs: 30_000, alive: () => proc.child.exitCode === null });
  return {
    port,
    proc,
    stop: async () => {
      await stopTracked(proc);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The four categories of the default (mobile) preset, in report order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface PageScores {
  url: string;
  /** 0–100 per category. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** What Lighthouse took as the LCP element, so a regression can be traced. */
  lcpElement: string | null;
  /** Audits below a full score in any category: what to look at first. */
  failing: string[];
}

/** One Lighthouse run, the default config (mobile: Moto G Power screen, simulated slow 4G, 4× CPU slowdown). */
export async function runLighthouse(url: string, chromePort: number): Promise<PageScores> {
  const flags: Flags = { port: chromePort, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
  const result = await lighthouse(url, flags, defaultConfig);
  if (!result) throw new Error(`lighthouse gave no result for ${url}`);
  const lhr: Result = result.lhr;
  if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => Math.round((lhr.audits[id]?.numericValue ?? NaN) * 1000) / 1000;
  const lcpItems = (
    lhr.audits['largest-contentful-paint-element']?.details as { items?: Array<{ items?: Array<{ node?: { snippet?: string } }> }> } | undefined
  )?.items;
  const failing = Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category.id}:${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`),
  );
  return {
    url,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as PageScores['scores'],
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    tbtMs: Math.round(numeric('total-blocking-time')),
    cls: numeric('cumulative-layout-shift'),
    fcpMs: Math.round(numeric('first-contentful-paint')),
    lcpElement: lcpItems?.[0]?.items?.[0]?.node?.snippet ?? null,
    failing,
  };
}
