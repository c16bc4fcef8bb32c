import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** A recap with five talks, shared speakers, and an English locale. */
export const SHENZHEN = 'shenzhen-cloud-native-meetup-2023';
/** A recap in Chinese: `<html lang="zh-CN">`. */
export const ZH_RECAP = 'beijing-observability-salon-2023';
/** A speaker with talks at several recaps. */
export const ZHANG_XIAO = 'zhang-xiao';

interface Options {
  /** Console errors matching this are expected (e.g. the 404 of a not-found page). */
  allowedConsoleErrors: RegExp | null;
}

interface Fixtures {
  /** Fails the test if the page logged a console error or threw an uncaught exception. */
  consoleGuard: void;
}

/** Records console errors and page errors of a page, for an assertion at the end. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const source = msg.location().url;
    problems.push(`console.error at ${page.url()}${source && source !== page.url() ? ` (from ${source})` : ''}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error at ${page.url()}: ${error.message}`));
  return problems;
}

export const test = base.extend<Fixtures & Options>({
  allowedConsoleErrors: [null, { option: true }],
  consoleGuard: [
    async ({ page, allowedConsoleErrors }, use) => {
      const problems = watchConsole(page);
      await use();
      const unexpected = problems.filter((p) => !allowedConsoleErrors?.test(p));
      expect(unexpected, 'console errors / page errors on the visited pages').toEqual([]);
    },
    { auto: true },
  ],
});

/** Absolute origin of the server under test (its SITE_URL). */
export function siteOrigin(baseURL: string | undefined): string {
  if (!baseURL) throw new Error('baseURL is not configured for this project');
  return new URL(baseURL).origin;
}

/** Every JSON-LD object of the page, parsed. */
export async function jsonLd(page: Page): Promise<Array<Record<string, unknown>>> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.flatMap((text) => {
    const data = JSON.parse(text) as unknown;
    return (Array.isArray(data) ? data : [data]) as Array<Record<string, unknown>>;
  });
}

/** Content of a `<meta name=…>` or `<meta property=…>` tag, or null. */
export async function meta(page: Page, key: string): Promise<string | null> {
  const tag = page.locator(`head meta[name="${key}"], head meta[property="${key}"]`).first();
  return (await tag.count()) ? tag.getAttribute('content') : null;
}

/** Pathnames of the links under `scope` whose href starts with `prefix`, deduplicated, in order. */
export async function linkPaths(page: Page, scope: string, prefix: string): Promise<string[]> {
  const hrefs = await page.locator(`${scope} a[href^="${prefix}"]`).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return [...new Set(hrefs)];
}
