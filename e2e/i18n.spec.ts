import type { Page } from '@playwright/test';
import { SHENZHEN, ZHANG_XIAO, ZH_RECAP, expect, test } from './fixtures';
import { expectNoSeriousViolations } from './support/axe';
import { chineseTexts, chromeText, englishWords } from './support/chrome-text';

// Every public page type, with its chrome in Chinese under the Chinese URL and
// in English under the English one (DEFAULT_LOCALE is English in this suite).
// A recap page has one URL: its chrome follows the recap's language.

interface PageType {
  name: string;
  en: string;
  zh: string;
  /** Words the chrome shows in each language. */
  words: { en: string[]; zh: string[] };
  /** Chrome regions the language check covers; the whole page unless said. */
  only?: string;
  status?: number;
}

const PAGE_TYPES: PageType[] = [
  {
    name: 'home',
    en: '/',
    zh: '/zh',
    words: { en: ['What happened at the meetup', 'Latest recaps', 'All recaps →'], zh: ['沙龙上都讲了什么', '最新活动回顾', '全部活动回顾 →'] },
  },
  {
    name: 'recap list',
    en: '/recaps',
    zh: '/zh/recaps',
    words: { en: ['All recaps', 'newest event first', 'Year', 'City', 'Topic'], zh: ['全部活动回顾', '年份', '城市', '主题', '不限'] },
  },
  {
    name: 'filtered recap list',
    en: '/recaps?year=2023',
    zh: '/zh/recaps?year=2023',
    words: { en: ['Recaps in 2023', '2 recaps, newest event first.'], zh: ['活动回顾：2023 年', '共 2 场活动回顾，按活动日期从新到旧排列。'] },
  },
  { name: 'speaker list', en: '/speakers', zh: '/zh/speakers', words: { en: ['Speakers', 'people have given talks'], zh: ['讲者', '位讲者做过分享'] } },
  {
    name: 'speaker page',
    en: `/speakers/${ZHANG_XIAO}`,
    zh: `/zh/speakers/${ZHANG_XIAO}`,
    words: { en: ['Recaps', 'Speakers', 'Tags', 'RSS feed'], zh: ['活动回顾', '讲者', '主题', 'RSS 订阅'] },
  },
  { name: 'topic list', en: '/tags', zh: '/zh/tags', words: { en: ['Topics'], zh: ['主题'] } },
  {
    name: 'topic page',
    en: '/tags/kubernetes',
    zh: '/zh/tags/kubernetes',
    words: { en: ['recaps about kubernetes', 'All topics'], zh: ['关于 kubernetes 的活动回顾', '全部主题'] },
  },
  {
    name: 'search with results',
    en: '/search?q=kubernetes',
    zh: '/zh/search?q=kubernetes',
    words: { en: ['Search', 'results for “kubernetes”'], zh: ['搜索', '与“kubernetes”相关的结果'] },
  },
  {
    name: 'search without results',
    en: '/search?q=zzqxqz',
    zh: '/zh/search?q=zzqxqz',
    words: { en: ['No results for “zzqxqz”.'], zh: ['没有找到与“zzqxqz”相关的结果。'] },
  },
  {
    name: '404',
    en: '/tags/no-such-topic',
    zh: '/zh/tags/no-such-topic',
    words: { en: ['This page isn’t here', 'All recaps', 'Home'], zh: ['这个页面不存在', '全部活动回顾', '首页'] },
    status: 404,
  },
  {
    name: '404 of a path no route knows',
    en: '/no/such/page',
    zh: '/zh/no/such/page',
    words: { en: ['This page isn’t here', 'All recaps', 'Home'], zh: ['这个页面不存在', '全部活动回顾', '首页'] },
    status: 404,
  },
];

const RECAPS = [
  {
    name: 'recap in Chinese',
    path: `/recaps/${ZH_RECAP}`,
    locale: 'zh' as const,
    words: ['日期', '城市', '场地', '本期分享', '幻灯片', '作者：', '最后更新于'],
  },
  {
    name: 'recap in English',
    path: `/recaps/${SHENZHEN}`,
    locale: 'en' as const,
    // The Shenzhen recap has no venue and no slides.
    words: ['Date', 'City', 'Organized by', 'Talks', 'Written by', 'Last updated', '← Previous recap'],
  },
];

const HTML_LANG = { en: 'en', zh: 'zh-CN' } as const;

async function open(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
}

async function siteName(page: Page) {
  return (await page.locator('body > header a').first().textContent())!.trim();
}

/** Fails with the offending words when chrome is in the wrong language. */
async function expectChromeIn(page: Page, locale: 'en' | 'zh', only?: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[locale]);
  let chrome = await chromeText(page);
  if (only) {
    // Narrowed to some regions: collect again from those alone.
    const inRegions = await page.locator(only).evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
    chrome = { texts: chrome.texts.filter((t) => inRegions.some((r) => r.includes(t))), labels: chrome.labels };
  }
  expect(chrome.texts.length, 'some chrome was found').toBeGreaterThan(3);
  if (locale === 'zh') expect(englishWords(chrome, await siteName(page)), `English in the Chinese chrome of ${page.url()}`).toEqual([]);
  else expect(chineseTexts(chrome), `Chinese in the English chrome of ${page.url()}`).toEqual([]);
}

test.describe('every public page in both languages', () => {
  for (const type of PAGE_TYPES) {
    test.describe(type.name, () => {
      // The browser logs the 404 status of a missing page.
      if (type.status === 404) test.use({ allowedConsoleErrors: /status of 404 \(Not Found\)/ });
      for (const locale of ['en', 'zh'] as const) {
        test(`${type.name} (${locale}): lang, words, no chrome in the other language, axe`, async ({ page }) => {
          await open(page, type[locale], type.status);
          for (const words of type.words[locale]) await expect(page.locator('body')).toContainText(words);
          await expectChromeIn(page, locale, type.only);
          await expectNoSeriousViolations(page);
        });
      }
    });
  }

  for (const recap of RECAPS) {
    test(`${recap.name}: its chrome follows the recap, at its one URL`, async ({ page }) => {
      await open(page, recap.path);
      for (const words of recap.words) await expect(page.locator('main')).toContainText(words);
      await expectChromeIn(page, recap.locale);
      await expectNoSeriousViolations(page);
    });
  }

  test('the English chrome check is meaningful: it finds the English of an English page', async ({ page }) => {
    await open(page, '/recaps');
    // Pretend the page were Chinese: every English label must be caught.
    const words = englishWords(await chromeText(page), await siteName(page));
    for (const word of ['Filter', 'recaps', 'Year', 'City', 'Topic', 'Any', 'Skip', 'content']) expect(words).toContain(word);
    await open(page, '/zh/recaps');
    expect(chineseTexts(await chromeText(page)).length).toBeGreaterThan(5);
  });
});

test.describe('links stay in the page language', () => {
  for (const path of ['/zh', '/zh/recaps?year=2023', '/zh/speakers', '/zh/tags', '/zh/tags/kubernetes', '/zh/search?q=kubernetes']) {
    test(`${path}: every link of the chrome goes to a Chinese page; recap links to their one URL`, async ({ page }) => {
      await open(page, path);
      // The language switcher (marked with hreflang) is the one way to the English pages.
      const hrefs = await page.locator('body a[href^="/"]:not([hreflang])').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(5);
      const wrong = hrefs.filter((href) => !/^\/zh(\/|\?|$)/.test(href) && !href.startsWith('/recaps/') && href !== '/sitemap.xml');
      expect(wrong).toEqual([]);
      await expect(page.locator('a[hreflang="en"]')).toHaveCount(1);
      await expect(page.locator('form[role="search"]').first()).toHaveAttribute('action', '/zh/search');
    });
  }

  test('the feed link follows the page language', async ({ page, request }) => {
    for (const [path, feed] of [
      ['/', '/feed.xml'],
      ['/zh', '/zh/feed.xml'],
    ]) {
      await open(page, path);
      await expect(page.locator('footer a[href$="feed.xml"]')).toHaveAttribute('href', feed);
      await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', new RegExp(`${feed.replace('.', '\\.')}$`));
      const response = await request.get(feed);
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain('<rss');
    }
  });

  test('the language switcher on a filtered list goes to the same list in the other language, filters kept', async ({ page }) => {
    await open(page, '/recaps?year=2023&city=beijing');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recaps in Beijing in 2023');
    await page.getByRole('group', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh\/recaps\?year=2023&city=beijing$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('活动回顾：Beijing · 2023 年');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.getByRole('group', { name: '语言' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/recaps\?year=2023&city=beijing$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recaps in Beijing in 2023');
  });

  test('the live search speaks the page language', async ({ page }) => {
    await open(page, '/zh');
    const box = page.getByRole('combobox', { name: '搜索活动回顾' });
    await box.fill('kubernetes');
    await expect(page.getByRole('option', { name: '查看“kubernetes”的全部结果' })).toBeVisible();
    await box.press('Enter');
    await expect(page).toHaveURL(/\/zh\/search\?q=kubernetes$/);
    await expect(page.getByRole('heading', { level: 2 })).toContainText('与“kubernetes”相关的结果');
  });
});
