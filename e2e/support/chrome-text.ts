import type { Page } from '@playwright/test';

/**
 * What counts as user content, not chrome, in the language checks of
 * e2e/i18n.spec.ts: what organizers and speakers wrote, shown in whatever
 * language they wrote it. Everything else on the page (headings, labels,
 * counts, links, buttons, aria-labels) is chrome and must be in the page's
 * language. Passages marked with a `lang` other than the page's are left
 * out as well: that is how the site says "this bit is in the other language"
 * (a Latin speaker name or tag on a Chinese page), which the checks rely on
 * rather than guess around.
 */
export const USER_CONTENT = [
  // The recap's own header and body: title, community, description, talks, speakers.
  'article > header > h1',
  'article > header > p',
  '#event dd',
  '.prose',
  '#contents li',
  // Listing cards: a recap's title and description.
  'article h2',
  'article h3',
  'article .line-clamp-3',
  // People: names, roles, companies.
  '.name-strong',
  '.meta-sm',
  // Search results are what was found.
  '[data-testid="search-results"]',
  // A speaker page's talks: the talk's and the event's titles, where and when, the role it gave, its summary.
  '[data-testid="speaker-subtitle"]',
  '.talk-item h3',
  '.talk-item > p:not([lang])',
];

export interface ChromeText {
  /** Visible chrome text, one entry per element with its own text. */
  texts: string[];
  /** aria-label values of chrome elements (named landmarks, lists, groups). */
  labels: string[];
}

/** The chrome text of the skip link, header, nav, main and footer: see USER_CONTENT for what is left out. */
export async function chromeText(page: Page): Promise<ChromeText> {
  return page.evaluate((userContent) => {
    const pageLang = document.documentElement.lang;
    const skip = (el: Element) => el.closest(userContent.join(',')) !== null || el.closest(`[lang]:not([lang="${pageLang}"])`) !== null;
    const texts: string[] = [];
    const labels: string[] = [];
    // The skip link sits directly in <body>, before the header.
    const roots = [...document.querySelectorAll('body > a, body > header, body > footer, main')];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || skip(parent) || parent.closest('script, style, template')) continue;
        const text = node.textContent?.trim();
        if (text) texts.push(text);
      }
      // A label may quote user content ("Slides of <talk title>"): only its own words are chrome.
      const quoted = [...root.querySelectorAll(userContent.join(','))].map((el) => (el as HTMLElement).innerText.trim()).filter(Boolean);
      const ownWords = (label: string) => quoted.reduce((rest, text) => rest.split(text).join(' '), label);
      for (const el of root.querySelectorAll('[aria-label]')) if (!skip(el)) labels.push(ownWords(el.getAttribute('aria-label')!));
      if (root.hasAttribute('aria-label')) labels.push(root.getAttribute('aria-label')!);
    }
    return { texts, labels };
  }, USER_CONTENT);
}

/** Words that are the same in every language: brands and formats. Anything else in Latin letters on a Chinese page is untranslated chrome. */
export const SAME_IN_EVERY_LANGUAGE = new Set(['RSS', 'YouTube', 'Bilibili']);

/**
 * Latin words of three letters or more, outside quotes (a query echoed back:
 * “kubernetes”), the site's name and the allow-list: on a Chinese page, each is English that
 * was not translated.
 */
export function englishWords(chrome: ChromeText, siteName: string): string[] {
  return (
    [...chrome.texts, ...chrome.labels]
      // The site's name is a brand (SITE_NAME), whole: its words alone ("Recaps") would still be caught.
      .map((text) => text.replaceAll(siteName, '').replace(/“[^”]*”/g, ''))
      .flatMap((text) => text.match(/[A-Za-z]{3,}/g) ?? [])
      .filter((word) => !SAME_IN_EVERY_LANGUAGE.has(word))
  );
}

/** Chinese characters and punctuation: on an English page, each text holding one is chrome in the wrong language. */
export function chineseTexts(chrome: ChromeText): string[] {
  return [...chrome.texts, ...chrome.labels].filter((text) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(text));
}
