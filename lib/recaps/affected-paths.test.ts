import { describe, expect, it } from 'vitest';
import { recapFixture } from '@/lib/testing/recap-fixture';
import { affectedPaths as pathsFor, listingPaths, type Placement } from './affected-paths';
import { parseSpeakers } from './speakers';
import type { RecapSummary } from './types';

/** A recap with one talk by `speakers` and the given tags. */
const recap = (slug: string, date: string, speakers: string, tags: string[], title = slug): RecapSummary =>
  recapFixture({ slug, date, title, tags, talks: [{ id: 't', title: 'Talk', speakers: parseSpeakers(speakers), summary: '' }] });

const a = recap('a', '2025-01-01', 'Ann', ['go']);
const b = recap('b', '2024-01-01', 'Bob', ['rust']);
const c = recap('c', '2023-01-01', 'Cy', ['go']);
const d = recap('d', '2022-01-01', 'Di', ['sql']);
const x = recap('x', '2023-06-01', 'Xu; 李蓉', ['Cloud Native', 'wasm']);
const list = [a, b, c, d];

/** Where each of `slugs` stands in `list` (newest event first), as the read model tells it. */
const placements = (list: RecapSummary[], slugs: string[]): Placement[] =>
  slugs.flatMap((slug) => {
    const i = list.findIndex((r) => r.slug === slug);
    return i === -1 ? [] : [{ recap: list[i], neighbours: [list[i - 1], list[i + 1]].flatMap((n) => (n ? [n.slug] : [])) }];
  });

/** The paths for a change of `slugs` from the list `before` to the list `after`. */
const affectedPaths = (before: RecapSummary[], after: RecapSummary[], slugs: string[]) =>
  withoutFeeds(pathsFor(slugs, [...placements(before, slugs), ...placements(after, slugs)]));

/** The calendar feeds of a recap, its city, series and speakers (checked on their own below); the site's stays with the listings. */
const withoutFeeds = (paths: string[]) => paths.filter((p) => !p.endsWith('/calendar.ics') || listingPaths().includes(p));

/** The expected set: the listings plus `paths`, sorted as affectedPaths returns them. */
/** Speaker and tag pages are expired in every language: their public path and the `[locale]` route of each locale. */
const inEveryLocale = (path: string) => (/^\/(speakers|tags)\//.test(path) ? [path, `/en${path}`, `/zh${path}`] : [path]);
const plus = (...paths: string[]) => [...new Set([...listingPaths(), ...paths.flatMap(inEveryLocale)])].sort();

describe('affectedPaths', () => {
  it('publish: the recap (and its cached 404), its new neighbours, its speakers and tags, the listings', () => {
    const after = [a, b, x, c, d];
    expect(affectedPaths(list, after, ['x'])).toEqual(
      plus(
        '/recaps/x',
        '/recaps/x/opengraph-image',
        '/recaps/b',
        '/recaps/c',
        '/speakers/xu',
        `/speakers/${encodeURIComponent('李蓉')}`,
        '/tags/cloud-native',
        '/tags/wasm',
      ),
    );
  });

  it('unpublish: the same pages, from the list before', () => {
    expect(affectedPaths([a, b, x, c, d], list, ['x'])).toEqual(affectedPaths(list, [a, b, x, c, d], ['x']));
  });

  it('an edit that moves the date and changes speakers and tags: old and new neighbours, speakers and tags', () => {
    const before = [a, b, x, c, d];
    const moved = recap('x', '2021-01-01', 'Yan', ['wasm', 'edge']);
    expect(affectedPaths(before, [a, b, c, d, moved], ['x'])).toEqual(
      plus(
        '/recaps/x',
        '/recaps/x/opengraph-image',
        '/recaps/b',
        '/recaps/c',
        '/recaps/d',
        '/speakers/xu',
        `/speakers/${encodeURIComponent('李蓉')}`,
        '/speakers/yan',
        '/tags/cloud-native',
        '/tags/wasm',
        '/tags/edge',
      ),
    );
  });

  it('a text edit in place still expires both neighbours (their links show the title)', () => {
    const renamed = { ...x, title: 'New title' };
    const paths = affectedPaths([a, b, x, c, d], [a, b, renamed, c, d], ['x']);
    expect(paths).toContain('/recaps/b');
    expect(paths).toContain('/recaps/c');
    expect(paths).not.toContain('/recaps/a');
    expect(paths).not.toContain('/recaps/d');
    // A neighbour's card shows only its own recap.
    expect(paths).not.toContain('/recaps/b/opengraph-image');
  });

  it('the newest and the oldest recap have one neighbour', () => {
    const newest = recap('n', '2026-01-01', 'Ann', ['go']);
    expect(affectedPaths(list, [newest, ...list], ['n'])).toEqual(plus('/recaps/n', '/recaps/n/opengraph-image', '/recaps/a', '/speakers/ann', '/tags/go'));
    const oldest = recap('o', '2020-01-01', 'Di', ['sql']);
    expect(affectedPaths(list, [...list, oldest], ['o'])).toEqual(plus('/recaps/o', '/recaps/o/opengraph-image', '/recaps/d', '/speakers/di', '/tags/sql'));
  });

  it('a renamed recap: both slugs, neighbours of both positions', () => {
    const renamed = { ...x, slug: 'y' };
    const paths = affectedPaths([a, b, x, c, d], [a, b, renamed, c, d], ['x', 'y']);
    expect(paths).toEqual(expect.arrayContaining(['/recaps/x', '/recaps/y', '/recaps/b', '/recaps/c']));
  });

  it('several recaps at once (the scheduler): each one, and neighbours between them', () => {
    const y = recap('y', '2023-03-01', 'Yan', ['edge']);
    expect(affectedPaths(list, [a, b, x, y, c, d], ['x', 'y'])).toEqual(
      plus(
        '/recaps/x',
        '/recaps/y',
        '/recaps/b',
        '/recaps/c',
        '/recaps/x/opengraph-image',
        '/recaps/y/opengraph-image',
        '/speakers/xu',
        `/speakers/${encodeURIComponent('李蓉')}`,
        '/speakers/yan',
        '/tags/cloud-native',
        '/tags/wasm',
        '/tags/edge',
      ),
    );
  });

  it('a recap public neither before nor after (e.g. it no longer validates): its page and the listings only', () => {
    expect(affectedPaths(list, list, ['gone'])).toEqual(plus('/recaps/gone', '/recaps/gone/opengraph-image'));
  });

  it('never touches unrelated recaps, speakers or tags', () => {
    const paths = affectedPaths(list, [a, b, x, c, d], ['x']);
    for (const p of ['/recaps/a', '/recaps/d', '/speakers/ann', '/speakers/di', '/tags/go', '/tags/rust', '/tags/sql']) expect(paths).not.toContain(p);
  });

  it('a version of a translated event: its other versions too (their head and switcher name it), before and after', () => {
    const paths = pathsFor(
      ['x'],
      [
        { recap: x, neighbours: ['b'], translations: ['x-zh'] },
        { recap: x, neighbours: ['b'], translations: [] },
      ],
    );
    expect(paths).toContain('/recaps/x-zh');
    expect(pathsFor(['x'], [{ recap: x, neighbours: [], translations: ['x-zh', 'x-fr'] }])).toEqual(
      expect.arrayContaining(['/recaps/x-zh', '/recaps/x-fr', '/sitemap.xml']),
    );
  });
});

describe('affectedPaths: calendar feeds', () => {
  const feedsOf = (paths: string[]) => paths.filter((p) => p.endsWith('/calendar.ics'));
  const everywhere = (path: string) => [path, `/en${path}`, `/zh${path}`];

  it("expires the site's feed in both languages, the recap's own, and its series', city's and speakers' before and after", () => {
    const before = recapFixture({ slug: 'x', city: 'Shenzhen', talks: [{ id: 't', title: 'T', speakers: parseSpeakers('Xu'), summary: '' }] });
    const event = { ...before.event, city: 'Beijing', series: { key: 'cloud-native-tour', name: 'Cloud Native Tour' } };
    const after = { ...before, city: 'Beijing', event, talks: [{ id: 't', title: 'T', speakers: parseSpeakers('李蓉'), summary: '' }] };
    const paths = pathsFor(
      ['x'],
      [
        { recap: before, neighbours: [] },
        { recap: after, neighbours: [] },
      ],
    );
    expect(feedsOf(paths)).toEqual(
      [
        '/recaps/x/calendar.ics',
        ...everywhere('/calendar.ics'),
        ...everywhere('/cities/shenzhen/calendar.ics'),
        ...everywhere('/cities/beijing/calendar.ics'),
        ...everywhere('/series/cloud-native-tour/calendar.ics'),
        ...everywhere('/speakers/xu/calendar.ics'),
        ...everywhere(`/speakers/${encodeURIComponent('李蓉')}/calendar.ics`),
      ].sort(),
    );
    expect(listingPaths()).toEqual(expect.arrayContaining(everywhere('/calendar.ics')));
    // The series page lists its stops: expired with them, in both languages.
    expect(paths).toEqual(expect.arrayContaining(everywhere('/series/cloud-native-tour')));
    expect(paths.filter((p) => p.includes('/series/') && !p.endsWith('.ics'))).toHaveLength(3);
  });
});
