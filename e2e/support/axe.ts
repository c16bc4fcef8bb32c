import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe on the page as it is and fails with a readable list of every serious or critical violation. */
export async function expectNoSeriousViolations(page: Page, label = page.url()) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  // Sanity: the contrast rule did run (it needs the page's real colours).
  expect(results.passes.some((r) => r.id === 'color-contrast') || results.violations.some((r) => r.id === 'color-contrast'), `${label}: contrast checked`).toBe(
    true,
  );
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`) }));
  expect(serious, label).toEqual([]);
}
