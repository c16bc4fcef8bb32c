import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FEED_SIZE, renderFeed } from './feed';
import { recapFixture } from '@/lib/testing/recap-fixture';
import { eventFactsOf } from '@/lib/events/event-facts';
import type { RecapSummary } from '@/lib/recaps/types';

/**
 * A small XML well-formedness check: one root, properly nested and closed
 * elements, quoted attributes, no raw `<` or `&` in text, only the five
 * predefined entities or character references, no characters XML 1.0 forbids.
 */
function assertWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  expect(body).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<&]*(?:&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);[^"<&]*)*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(body))) {
    const [, closing, name, , selfClosing, text, stray] = match;
    if (stray) expect.fail(`raw < at ${match.index}: ${body.slice(match.index, match.index + 40)}`);
    if (text !== undefined) {
      if (!stack.length) expect(text.trim(), 'text outside the root element').toBe('');
      expect(text.replace(/&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, ''), 'raw & or > in text').not.toMatch(/[&>]/);
      continue;
    }
    if (closing) {
      expect(stack.pop(), `closing </${name}>`).toBe(name);
    } else if (!selfClosing) {
      if (!stack.length) roots++;
      stack.push(name);
    } else if (!stack.length) roots++;
  }
  expect(stack, 'unclosed elements').toEqual([]);
  expect(roots).toBe(1);
}

const saved = { url: process.env.SITE_URL, name: process.env.SITE_NAME };
beforeEach(() => {
  process.env.SITE_URL = 'https://recaps.example';
  process.env.SITE_NAME = 'Recaps & <Friends>';
});
afterEach(() => {
  for (const [key, value] of [
    ['SITE_URL', saved.url],
    ['SITE_NAME', saved.name],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('renderFeed', () => {
  it('renders well-formed RSS for ordinary recaps', () => {
    const xml = renderFeed([recapFixture(), recapFixture({ slug: 'other', published: '2024-01-02' })]);
    assertWellFormed(xml);
    expect(xml).toContain('<rss version="2.0"');
    expect(xml).toContain('<title>Recaps &amp; &lt;Friends&gt;</title>');
  });

  it('escapes & < > " \' in titles, authors, tags, descriptions and talk titles', () => {
    const xml = renderFeed([
      recapFixture({
        title: 'Rock & Roll <b>bold</b> "quoted" \'single\' ]]>',
        author: 'A & B <x@example.com>',
        tags: ['c++ & <go>'],
        description: 'Fish & chips > pizza',
        talks: [{ id: 't', title: 'Tom & Jerry <script>', speakers: [{ name: "O'Brien & Co", slug: 'o-brien' }], summary: '' }],
      }),
    ]);
    assertWellFormed(xml);
    expect(xml).toContain('<title>Rock &amp; Roll &lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot; &apos;single&apos; ]]&gt;</title>');
    expect(xml).toContain('<dc:creator>A &amp; B &lt;x@example.com&gt;</dc:creator>');
    expect(xml).toContain('<category>c++ &amp; &lt;go&gt;</category>');
    expect(xml).toContain('Fish &amp; chips &gt; pizza Talks: Tom &amp; Jerry &lt;script&gt; (O&apos;Brien &amp; Co)');
    expect(xml).not.toContain('<script>');
  });

  it('drops characters XML 1.0 forbids', () => {
    const xml = renderFeed([recapFixture({ title: 'Bell\u0007 and NUL\u0000 and \uFFFE' })]);
    assertWellFormed(xml);
    expect(xml).toContain('<title>Bell and NUL and </title>');
  });

  it('orders items by publication date, newest first, and keeps at most FEED_SIZE', () => {
    const recaps = Array.from({ length: FEED_SIZE + 5 }, (_, i) =>
      recapFixture({ slug: `r-${i}`, published: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}` }),
    );
    const xml = renderFeed(recaps);
    assertWellFormed(xml);
    const dates = [...xml.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => Date.parse(m[1]));
    expect(dates).toHaveLength(FEED_SIZE);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(xml).toContain(`<lastBuildDate>${new Date(dates[0]).toUTCString()}</lastBuildDate>`);
  });

  it('says its own words in the feed’s language, with RFC 822 dates in either', () => {
    const zh = renderFeed([recapFixture()], 'zh');
    assertWellFormed(zh);
    expect(zh).toContain('<description>技术社区沙龙的活动回顾。</description>');
    expect(zh).toMatch(/ 分享：/);
    expect(zh).toMatch(/<pubDate>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4}/);
    const en = renderFeed([recapFixture()], 'en');
    expect(en).toContain('<description>Recaps of tech community meetups.</description>');
    expect(en).toMatch(/ Talks: /);
  });

  it('uses RFC 822 dates and absolute permalinks', () => {
    const xml = renderFeed([recapFixture()]);
    expect(xml).toContain('<pubDate>Thu, 20 Jul 2023 00:00:00 GMT</pubDate>');
    expect(xml).toContain('<guid isPermaLink="true">https://recaps.example/recaps/shenzhen-stop</guid>');
  });

  it('is well-formed with no recaps at all', () => {
    assertWellFormed(renderFeed([]));
  });

  it('the checker itself rejects malformed XML', () => {
    expect(() => assertWellFormed('<a><b></a>')).toThrow();
    expect(() => assertWellFormed('<a>Tom & Jerry</a>')).toThrow();
    expect(() => assertWellFormed('<a>1 < 2</a>')).toThrow();
    expect(() => assertWellFormed('<a></a><b></b>')).toThrow();
  });
});

describe('the feed of each language', () => {
  it('sets the channel language, notes an item in the other language, writes dates in the item’s language', () => {
    const xml = renderFeed(
      [recapFixture({ slug: 'zh-one', locale: 'zh', date: '2023-07-15' }), recapFixture({ slug: 'en-one', locale: 'en', date: '2023-07-15' })],
      'en',
    );
    expect(xml).toContain('<language>en</language>');
    const zhItem = xml.slice(xml.indexOf('<item>'), xml.indexOf('</item>'));
    expect(xml.match(/<dc:language>/g)).toHaveLength(1);
    expect(xml).toMatch(/recaps\/zh-one<\/link>\n[\s\S]*?<dc:language>zh-CN<\/dc:language>/);
    expect(xml).toContain('2023年7月15日');
    expect(xml).toContain('15 July 2023');
    expect(zhItem).toBeTruthy();
    expect(renderFeed([], 'zh')).toContain('<language>zh-CN</language>');
  });

  it('feedPath: the default locale unprefixed, the other under its code', async () => {
    const { feedPath } = await import('./feed');
    const { env } = await import('./env');
    const other = env.defaultLocale === 'en' ? 'zh' : 'en';
    expect(feedPath(env.defaultLocale)).toBe('/feed.xml');
    expect(feedPath(other)).toBe(`/${other}/feed.xml`);
  });
});

type EventFields = Parameters<typeof eventFactsOf>[0];
/** An announcement of a meetup on 2027-03-20, 14:00–17:00 in Shanghai, published 2027-01-05. */
function announced(fields: Partial<EventFields> = {}, patch: Partial<RecapSummary> = {}): RecapSummary {
  const fm: EventFields = {
    date: '2027-03-20',
    city: 'Shenzhen',
    venue: 'Tencent Building',
    start: '14:00',
    end: '17:00',
    registration: 'https://example.com/register?a=1&b=2',
    announcement: true,
    ...fields,
  };
  return recapFixture({
    slug: 'coming',
    date: fm.date,
    published: '2027-01-05',
    lastModified: '2027-01-05',
    event: eventFactsOf(fm, 'Asia/Shanghai'),
    ...patch,
  });
}
const itemOf = (xml: string) => xml.slice(xml.indexOf('<item>'), xml.indexOf('</item>'));

describe('announcements in the feed', () => {
  it('an announced item: titled so, in category announcement, with its time in its zone and the registration link', () => {
    const xml = renderFeed([announced()], 'en');
    assertWellFormed(xml);
    const item = itemOf(xml);
    expect(item).toContain('<title>Announced: Shenzhen Stop</title>');
    expect(item).toContain('<category>announcement</category>');
    expect(item).toContain('Saturday, 20 March 2027, 14:00–17:00 (Asia/Shanghai) · Tencent Building, Shenzhen.');
    expect(item).toContain('Register: https://example.com/register?a=1&amp;b=2');
    expect(item).toContain('Talks: Multi-cluster (Zhang Xiao)');
    expect(item).toContain('<guid isPermaLink="true">https://recaps.example/recaps/coming</guid>');
  });

  it('in Chinese: 活动预告 and the date written in Chinese', () => {
    const item = itemOf(renderFeed([announced({}, { locale: 'zh', title: '深圳站' })], 'zh'));
    expect(item).toContain('<title>活动预告：深圳站</title>');
    expect(item).toContain('2027年3月20日星期六 14:00–17:00（Asia/Shanghai） · Tencent Building, Shenzhen。');
    expect(item).toContain('报名：https://example.com/register');
  });

  it('a cancelled event says so, in its title and description, and offers no registration', () => {
    const item = itemOf(renderFeed([announced({ eventStatus: 'cancelled' }, { lastModified: '2027-02-01' })], 'en'));
    expect(item).toContain('<title>Cancelled: Shenzhen Stop</title>');
    expect(item).toContain('This meetup is cancelled.');
    expect(item).not.toContain('Register:');
    // The cancellation is news: the item is dated by the change.
    expect(item).toContain('<pubDate>Mon, 01 Feb 2027 00:00:00 GMT</pubDate>');
  });

  it('a postponed, rescheduled or moved-online event says what changed', () => {
    expect(itemOf(renderFeed([announced({ eventStatus: 'postponed' })]))).toContain('postponed');
    expect(itemOf(renderFeed([announced({ eventStatus: 'rescheduled', previousDate: '2027-03-13' })]))).toContain('(previously 2027-03-13)');
    const online = itemOf(renderFeed([announced({ eventStatus: 'moved-online', onlineUrl: 'https://meet.example/room' })]));
    expect(online).toContain('This meetup has moved online.');
    expect(online).toContain('Online: https://meet.example/room');
    expect(online).toContain('· online.');
  });

  it('an all-day announcement gives its date alone', () => {
    const item = itemOf(renderFeed([announced({ start: undefined, end: undefined })]));
    expect(item).toContain('Saturday, 20 March 2027 · Tencent Building, Shenzhen.');
  });

  it('a changed announcement is dated by its change (a database recap’s instant too), and moves up', () => {
    const xml = renderFeed([recapFixture({ slug: 'old', published: '2027-01-20' }), announced({}, { lastModified: '2027-02-03T09:30:00.000Z' })]);
    expect(xml.indexOf('recaps/coming')).toBeLessThan(xml.indexOf('recaps/old'));
    expect(xml).toContain('<pubDate>Wed, 03 Feb 2027 09:30:00 GMT</pubDate>');
    expect(xml).toContain('<lastBuildDate>Wed, 03 Feb 2027 09:30:00 GMT</lastBuildDate>');
  });

  it('when the recap is published on the same URL, the item becomes the recap: same guid, a new date, no announcement', () => {
    const before = itemOf(renderFeed([announced()]));
    const after = itemOf(renderFeed([announced({ announcement: false }, { published: '2027-03-22', lastModified: '2027-03-22' })]));
    const guid = (item: string) => /<guid[^>]*>([^<]+)<\/guid>/.exec(item)![1];
    expect(guid(after)).toBe(guid(before));
    expect(after).toContain('<title>Shenzhen Stop</title>');
    expect(after).not.toContain('<category>announcement</category>');
    expect(after).toContain('<pubDate>Mon, 22 Mar 2027 00:00:00 GMT</pubDate>');
    expect(before).toContain('<pubDate>Tue, 05 Jan 2027 00:00:00 GMT</pubDate>');
  });
});
