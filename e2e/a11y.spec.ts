import AxeBuilder from '@axe-core/playwright';
import { SHENZHEN, ZHANG_XIAO, ZH_RECAP, expect, test } from './fixtures';

const PAGES = ['/', '/recaps', `/recaps/${SHENZHEN}`, `/recaps/${ZH_RECAP}`, `/speakers/${ZHANG_XIAO}`];

test.describe('axe: no serious or critical violations', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of PAGES) {
      test(`${path} (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const scheme = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
        expect(scheme).toBe(colorScheme === 'dark');
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        // Sanity: the contrast rule did run (it needs the page's real colours).
        expect(results.passes.some((r) => r.id === 'color-contrast') || results.violations.some((r) => r.id === 'color-contrast')).toBe(true);
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`) }));
        expect(serious).toEqual([]);
      });
    }
  }
});

test.describe('small screens', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const path of PAGES) {
    test(`${path} has no horizontal scrollbar at 375px`, async ({ page }) => {
      await page.goto(path);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(widths.scroll, `scrollWidth ${widths.scroll}`).toBeLessThanOrEqual(375);
    });
  }
});

test.describe('keyboard', () => {
  for (const path of ['/', `/recaps/${SHENZHEN}`]) {
    test(`${path}: the skip link comes first and moves focus to the main content`, async ({ page }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to content' });
      await expect(skip).toBeFocused();
      await expect(skip).toHaveAttribute('href', '#main');
      // Visually hidden until focused, then shown on screen.
      await expect(skip).toBeInViewport();
      const box = await skip.boundingBox();
      expect(box!.width).toBeGreaterThan(20);
      expect(box!.height).toBeGreaterThan(10);

      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main$/);
      // Focus (or, for a non-focusable target, the sequential focus starting point) is now in
      // <main>: the next Tab lands on the first focusable element inside it, not in the header.
      const focusIsMain = await page.evaluate(() => document.activeElement?.id === 'main');
      if (!focusIsMain) {
        await page.keyboard.press('Tab');
        const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main#main')));
        expect(inMain, 'after the skip link, Tab continues inside <main>').toBe(true);
      }
    });
  }

  test('focused links show a visible focus indicator (light and dark)', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await page.keyboard.press('Tab'); // skip link
      await page.keyboard.press('Tab'); // site name
      const style = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const cs = getComputedStyle(el);
        return {
          tag: el.tagName,
          outlineStyle: cs.outlineStyle,
          outlineWidth: parseFloat(cs.outlineWidth),
          outlineColor: cs.outlineColor,
          matches: el.matches(':focus-visible'),
        };
      });
      expect(style.tag).toBe('A');
      expect(style.matches).toBe(true);
      expect(style.outlineStyle, colorScheme).not.toBe('none');
      expect(style.outlineWidth, colorScheme).toBeGreaterThanOrEqual(2);
      expect(style.outlineColor).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    }
  });

  test('the table of contents can be used from the keyboard', async ({ page }) => {
    await page.goto(`/recaps/${SHENZHEN}`);
    const link = page.locator('nav#contents a').nth(2);
    const hash = (await link.getAttribute('href'))!;
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${hash}$`));
    await expect(page.locator(`section[id="${hash.slice(1)}"]`)).toBeInViewport();
  });
});
