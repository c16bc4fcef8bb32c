import { env } from '@/lib/env';
import { formatDate } from '@/lib/format';
import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { translator } from '@/lib/i18n/translator';
import { absoluteUrl } from '@/lib/seo';
import { eventStatusText, eventWhenWhere } from '@/lib/recaps/announcement-text';
import type { RecapSummary } from '@/lib/recaps/types';

export const FEED_SIZE = 50;

const escapeXml = (s: string) =>
  s
    // Characters XML 1.0 forbids would make the whole feed invalid.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

// RSS dates are RFC 822 in English whatever the feed's language: readers parse them, people never see them as written.
const dayOrInstant = (date: string) => (date.length === 10 ? `${date}T00:00:00Z` : date);
const rfc822 = (date: string) => new Date(dayOrInstant(date)).toUTCString();

/** The feed's own words in `locale`: its description and the "Talks: …" line of each item. */
function feedWords(locale: Locale) {
  const t = translator(locale, 'feed');
  return { description: t('description'), talks: (talks: string) => t('talks', { talks }) };
}

/** The feed of the listings in `locale`: `/feed.xml` in the default locale, `/zh/feed.xml` (or `/en/feed.xml`) in the other. */
export function feedPath(locale: Locale): string {
  return localePath(locale, '/feed.xml');
}

/**
 * When an item was last news: a recap when it was published; an
 * announcement when it last changed (a new time, a cancellation), so the
 * change reaches readers. When the recap replaces the announcement on the
 * same URL its published date moves to on or after the event (the schema
 * requires it), so the item comes back as the recap under the same guid.
 */
function itemDate(r: RecapSummary): string {
  return r.event.announcement ? r.lastModified : r.published;
}

/** An item's title: the event's, said to be announced or cancelled in the item's language. */
function itemTitle(r: RecapSummary): string {
  const t = translator(r.locale, 'feed');
  if (r.event.status === 'cancelled') return t('cancelledTitle', { title: r.title });
  return r.event.announcement ? t('announcedTitle', { title: r.title }) : r.title;
}

/** An announcement's description: its status, when (in its zone) and where, what it is, the agenda, how to register and join. */
function announcementText(r: RecapSummary, talks: string, words: ReturnType<typeof feedWords>): string {
  const t = translator(r.locale, 'feed');
  return [
    eventStatusText(r.event, r.locale),
    eventWhenWhere(r.event, r.locale),
    r.description,
    talks ? words.talks(talks) : undefined,
    r.event.registration && r.event.status !== 'cancelled' ? t('register', { url: r.event.registration }) : undefined,
    r.event.onlineUrl && r.event.status !== 'cancelled' ? t('online', { url: r.event.onlineUrl }) : undefined,
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * RSS 2.0 document of the newest recaps and announcements, by item date
 * (itemDate), for the feed in `locale` (each event once, lib/recaps/public-reads.ts
 * listFeedRecaps): the channel's language is `locale`'s, an item in the other
 * language says so (dc:language), and each item's description starts with the
 * event's date written in the item's language. An announcement is titled so
 * ("Announced: …", category `announcement`) and gives its time and registration.
 */
export function renderFeed(recaps: RecapSummary[], locale: Locale = env.defaultLocale): string {
  const words = feedWords(locale);
  const items = [...recaps]
    .sort((a, b) => Date.parse(dayOrInstant(itemDate(b))) - Date.parse(dayOrInstant(itemDate(a))) || a.slug.localeCompare(b.slug))
    .slice(0, FEED_SIZE);
  const lastBuild = items.reduce(
    (newest, r) => (Date.parse(dayOrInstant(itemDate(r))) > Date.parse(dayOrInstant(newest)) ? itemDate(r) : newest),
    '1970-01-01',
  );
  const entries = items.map((r) => {
    const url = absoluteUrl(`/recaps/${r.slug}`);
    const talks = r.talks.map((t) => `${t.title} (${t.speakers.map((s) => s.name).join(', ')})`).join('; ');
    const when = `${formatDate(r.date, r.locale)} · ${r.city}.`;
    const description = r.event.announcement
      ? announcementText(r, talks, words)
      : `${when} ${talks ? `${r.description} ${words.talks(talks)}` : r.description}`;
    return [
      '    <item>',
      `      <title>${escapeXml(itemTitle(r))}</title>`,
      `      <link>${escapeXml(url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `      <pubDate>${rfc822(itemDate(r))}</pubDate>`,
      `      <dc:creator>${escapeXml(r.author)}</dc:creator>`,
      ...(r.locale !== locale ? [`      <dc:language>${HTML_LANG[r.locale]}</dc:language>`] : []),
      ...(r.event.announcement ? ['      <category>announcement</category>'] : []),
      ...r.tags.map((t) => `      <category>${escapeXml(t)}</category>`),
      `      <description>${escapeXml(description)}</description>`,
      '    </item>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(env.siteName)}</title>`,
    `    <link>${escapeXml(absoluteUrl(localePath(locale, '/')))}</link>`,
    `    <atom:link href="${escapeXml(absoluteUrl(feedPath(locale)))}" rel="self" type="application/rss+xml"/>`,
    `    <description>${escapeXml(words.description)}</description>`,
    `    <language>${HTML_LANG[locale]}</language>`,
    `    <lastBuildDate>${rfc822(lastBuild)}</lastBuildDate>`,
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
