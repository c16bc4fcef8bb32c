import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import { stringify as stringifyYaml } from 'yaml';
import { suggestSlug, isValidSlug } from '@/lib/recaps/slug';
import { parsePost, plainText, resolveUrl, toMdx, type ConvertNote } from './convert';
import { defaultGate, type ImportGate } from './gate';
import { resolveImages, type ImageContext, type ImageStore } from './images';
import { descriptionFrom, isPlaceholderDescription, proseCity, proseDate, proseTimes, proseVenue, type ProseLine } from './prose-facts';
import { ReportBuilder, say, type PostReport, type ReportText, type ReviewKind } from './report';
import { dayOf, readSourceFrontMatter } from './source-front-matter';
import { extractTalks, type TalkFound } from './talks';

// One post, from its source text to portal front matter and MDX body, with
// its report. Nothing is written here: the caller writes a result only when
// the portal's gate passed it (gate.ts).

export interface PostSource {
  /** The file's path as the report names it (relative to what was imported). */
  file: string;
  text: string;
  /** The page's URL on the old site, for relative links and images. */
  pageUrl: string;
  /** The language the site's layout gives it (Hugo content folder or `.en.md`); else read from the front matter or the text. */
  locale?: 'en' | 'zh';
  /** A slug from the path, used when the front matter has none. */
  pathSlug: string;
  /** Where its images are, and where to store them (none: only checked, as in --dry-run). */
  images?: { context: ImageContext; store?: ImageStore };
}

export interface SiteDefaults {
  community: string;
  author?: string;
  city?: string;
  timeZone: string;
  /** Organisations known to the portal (speaker registry), for splitting affiliation from role. */
  knownAffiliations?: readonly string[];
  /** Descriptions that more than one post of the site carries: copied, so replaced. */
  sharedDescriptions?: ReadonlySet<string>;
  /** The portal's gate, as the caller runs it (gate.ts); in process without the render by default. */
  gate?: ImportGate;
}

export interface ConvertedPost {
  ok: boolean;
  slug: string;
  locale: 'en' | 'zh';
  /** The portal front matter (only fields with a value). */
  frontMatter: Record<string, unknown>;
  body: string;
  /** Front matter and body as one MDX file, as --out writes it and the gate checked it. */
  fileText: string;
  /** The source text's hash: a second run of the same source finds its draft by it. */
  sourceHash: string;
  talks: TalkFound[];
  tree: Root;
  /** SHA-256 of the bytes of each local image found: translations share their photos. */
  imageHashes: string[];
  problems: string[];
  report: ReportBuilder;
  build(outcome: PostReport['outcome'], problems?: string[]): PostReport;
}

const NOTE_KINDS: Record<ConvertNote['kind'], ReviewKind> = {
  'removed-element': 'removed-element',
  'image-without-alt': 'image-without-alt',
  'unsafe-link': 'unsafe-link',
  shortcode: 'shortcode',
};

const NOTE_TEXT: Record<ConvertNote['kind'], (detail: string) => ReportText> = {
  'removed-element': (element) => say('removedElement', { element }),
  'image-without-alt': (src) => say('imageWithoutAlt', { src }),
  'unsafe-link': (url) => say('unsafeLink', { url }),
  shortcode: (shortcode) => say('shortcode', { shortcode }),
};

export async function convertPost(source: PostSource, site: SiteDefaults): Promise<ConvertedPost> {
  const report = new ReportBuilder(source.file);
  const fm = readSourceFrontMatter(source.text);
  if (fm.problemText) report.flag('front-matter', fm.problemText, 1);
  const data = fm.data;
  const lineOf = (key: string) => fm.lines[key] ?? 1;
  const str = (key: string) => (typeof data[key] === 'string' && (data[key] as string).trim() ? (data[key] as string).trim() : undefined);

  const parsed = parsePost(fm.body, { lineOffset: fm.bodyLineOffset, pageUrl: source.pageUrl });
  for (const note of parsed.notes) report.flag(NOTE_KINDS[note.kind], NOTE_TEXT[note.kind](note.detail), note.line);
  const tree = parsed.tree;
  const prose: ProseLine[] = tree.children
    .filter((n) => n.type === 'paragraph' || n.type === 'heading' || n.type === 'list' || n.type === 'blockquote')
    .map((n) => ({ text: plainText(n), line: n.position?.start.line ?? 1 }));

  const out: Record<string, unknown> = {};

  // Title: the front matter's, else the first heading.
  const firstHeading = tree.children.find((n) => n.type === 'heading');
  const title = str('title') ?? (firstHeading ? plainText(firstHeading).trim() : undefined) ?? source.pathSlug;
  out.title = title.slice(0, 160);
  report.fill('title', out.title, str('title') ? lineOf('title') : (firstHeading?.position?.start.line ?? 1), str('title') ? 'certain' : 'guessed');

  // Locale: the site's layout, else the front matter, else the script of the text.
  const declared = [str('lang'), str('language'), str('locale')].find(Boolean)?.toLowerCase();
  const locale: 'en' | 'zh' =
    source.locale ??
    (declared?.startsWith('zh') ? 'zh' : declared?.startsWith('en') ? 'en' : hanShare(title + prose.map((p) => p.text).join('')) > 0.2 ? 'zh' : 'en');
  out.locale = locale;
  report.fill(
    'locale',
    locale,
    declared ? lineOf(str('lang') ? 'lang' : str('language') ? 'language' : 'locale') : 1,
    source.locale || declared ? 'certain' : 'likely',
  );

  // The post date, as a day in the site's zone (an offset in the source names an instant).
  const postDay = dayOf(data.date ?? data.publishDate, site.timeZone);
  const published = postDay ?? '1970-01-01';
  if (!postDay) report.flag('front-matter', say('noPostDate'), 1);
  out.published = published;
  report.fill('published', published, lineOf(data.date !== undefined ? 'date' : 'publishDate'), postDay ? 'certain' : 'guessed');
  const lastmod = dayOf(data.lastmod, site.timeZone);
  if (lastmod && lastmod > published) {
    out.updated = lastmod;
    report.fill('updated', lastmod, lineOf('lastmod'), 'certain');
  }

  // The event date: explicit in the front matter, else the prose (flagged), else the post date (flagged).
  const explicitDate = dayOf(data.eventDate ?? data.event_date, site.timeZone);
  const fromProse = explicitDate ? null : proseDate([{ text: title, line: lineOf('title') }, ...prose], published);
  if (explicitDate) {
    out.date = explicitDate;
    report.fill('date', explicitDate, lineOf(data.eventDate !== undefined ? 'eventDate' : 'event_date'), 'certain');
  } else if (fromProse) {
    out.date = fromProse.value;
    const year = fromProse.year;
    report.fill(
      'date',
      fromProse.value,
      fromProse.line,
      year ? 'likely' : 'certain',
      year ? say('dateFromProseYear', { text: fromProse.text, year }) : say('dateFromProse', { text: fromProse.text }),
    );
    report.flag(
      'event-fact-from-prose',
      year
        ? say('eventDateFromProseYear', { date: fromProse.value, text: fromProse.text, year })
        : say('eventDateFromProse', { date: fromProse.value, text: fromProse.text }),
      fromProse.line,
    );
  } else {
    out.date = published;
    report.fill('date', published, lineOf('date'), 'guessed', say('postDateAsEventDate'));
    report.flag('event-fact-from-prose', say('noEventDate'), lineOf('date'));
  }

  // A post about an event still to come when it was posted announces it (issue 12).
  if ((out.date as string) > published) {
    out.announcement = true;
    report.fill(
      'announcement',
      true,
      report.fields.find((f) => f.field === 'date')!.source.line,
      'likely',
      say('announcementAfterPost', { date: out.date as string, published }),
    );
    report.flag('announcement', say('announcement', { date: out.date as string, published }), 1);
  }

  // City and venue: front matter, else prose (flagged), else the site's default (flagged).
  const city = str('city');
  if (city) {
    out.city = city;
    report.fill('city', city, lineOf('city'), 'certain');
  } else {
    const found = proseCity({ text: title, line: lineOf('title') }, prose);
    if (found) {
      out.city = found.value;
      report.fill('city', found.value, found.line, found.confidence, say('fromText', { text: found.text }));
      report.flag('event-fact-from-prose', say('cityFromProse', { city: found.value, text: found.text }), found.line);
    } else if (site.city) {
      out.city = site.city;
      report.fill('city', site.city, 1, 'guessed', say('siteDefaultCity'));
      report.flag('missing-city', say('defaultCity', { city: site.city }), 1);
    } else report.flag('missing-city', say('noCity'), 1);
  }
  const venue = str('venue') ?? str('location');
  if (venue) {
    out.venue = venue.slice(0, 160);
    report.fill('venue', out.venue, lineOf(str('venue') ? 'venue' : 'location'), 'certain');
  } else {
    const found = proseVenue(prose);
    if (found) {
      out.venue = found.value.slice(0, 160);
      report.fill('venue', out.venue, found.line, 'likely', say('fromText', { text: found.text }));
      report.flag('event-fact-from-prose', say('venueFromProse', { venue: found.value, text: found.text }), found.line);
    } else report.flag('missing-venue', say('noVenue'), 1);
  }
  const times = proseTimes(prose);
  if (times) {
    out.start = times.value.start;
    if (times.value.end && times.value.end > times.value.start) out.end = times.value.end;
    report.fill('start', times.value.start, times.line, 'likely', say('fromText', { text: times.text }));
    report.flag('event-fact-from-prose', say('timeFromProse', { text: times.text }), times.line);
  }
  if (site.timeZone) out.timeZone = site.timeZone;

  out.community = site.community;
  report.fill('community', site.community, 1, 'guessed', say('communityDefault'));
  const author = authorOf(data) ?? site.author ?? site.community;
  out.author = author.slice(0, 120);
  report.fill('author', out.author, authorOf(data) ? lineOf(data.author !== undefined ? 'author' : 'authors') : 1, authorOf(data) ? 'certain' : 'guessed');

  const tags = [...asList(data.tags), ...asList(data.categories)]
    .map((t) => t.trim().toLowerCase())
    .filter((t) => /^[\p{L}\p{N}][\p{L}\p{N} .+#-]*$/u.test(t) && t.length <= 40);
  if (tags.length) {
    out.tags = [...new Set(tags)].slice(0, 12);
    report.fill('tags', out.tags, lineOf(data.tags !== undefined ? 'tags' : 'categories'), 'certain');
  }
  const cover = coverOf(data);
  const coverUrl = cover ? resolveUrl(cover, source.pageUrl) : null;
  if (coverUrl) {
    out.cover = coverUrl;
    report.fill('cover', coverUrl, lineOf(['cover', 'image', 'images', 'featured_image', 'featuredImage'].find((k) => k in data) ?? 'cover'), 'certain');
  }

  // Talks first: a caption line consumed by a talk is not the first paragraph of the description.
  const talks = extractTalks(tree, report, { knownAffiliations: site.knownAffiliations });

  // Description: kept unless missing, a placeholder or copied from another post; then the first paragraph, flagged.
  const written = str('description') ?? str('summary');
  const firstParagraph = tree.children.find((n) => n.type === 'paragraph' && plainText(n).trim().length >= 10);
  const copied = written !== undefined && (site.sharedDescriptions?.has(written) ?? false);
  if (written && !isPlaceholderDescription(written) && !copied && written.length <= 200 && !/[<>]/.test(written)) {
    out.description = written;
    report.fill('description', written, lineOf(str('description') ? 'description' : 'summary'), 'certain');
  } else {
    const replacement = firstParagraph ? descriptionFrom(plainText(firstParagraph)) : written ? descriptionFrom(written) : title.slice(0, 200);
    out.description = replacement;
    const line = firstParagraph?.position?.start.line ?? 1;
    const why = !written
      ? say('whyNone')
      : copied
        ? say('whyCopied')
        : isPlaceholderDescription(written)
          ? say('whyPlaceholder', { written })
          : say('whyInvalid');
    report.fill('description', replacement, line, 'guessed', say('descriptionNote', { why }));
    report.flag('description-replaced', say('descriptionReplaced', { why }), line);
  }

  const imageHashes = source.images ? await resolveImages(tree, out, source.images.context, report, source.images.store) : [];

  const slugSource = str('slug') ?? source.pathSlug;
  const slug = isValidSlug(slugSource) ? slugSource : suggestSlug(slugSource, published);
  const body = toMdx(tree);
  const fileText = fileTextOf(out, body);
  const gateRun = site.gate ?? defaultGate;
  const gate = await gateRun(fileText);
  for (const problem of gate.problems) report.flag('gate', say('gate', { problem: { sentence: problem } }), 1);
  const sourceHash = createHash('sha256').update(source.text).digest('hex');
  const result: ConvertedPost = {
    ok: gate.ok,
    slug,
    locale,
    frontMatter: out,
    body,
    fileText,
    sourceHash,
    talks,
    tree,
    imageHashes,
    problems: gate.problems,
    report,
    // The run may still change the slug (two languages, one file name): the report says the final one.
    build: (outcome, problems = result.problems) => report.build({ slug: result.slug, locale, outcome, problems }),
  };
  return result;
}

function fileTextOf(frontMatter: Record<string, unknown>, body: string): string {
  return `---\n${stringifyYaml(frontMatter, { lineWidth: 0 })}---\n\n${body}`;
}

/** Links a converted post to its other language version (pairing.ts): the key goes in its front matter, and the gate runs again. */
export async function setTranslationKey(post: ConvertedPost, key: string, gateRun: ImportGate = defaultGate): Promise<void> {
  post.frontMatter.translationKey = key;
  post.fileText = fileTextOf(post.frontMatter, post.body);
  const gate = await gateRun(post.fileText);
  post.ok = gate.ok;
  post.problems = gate.problems;
  for (const problem of gate.problems) post.report.flag('gate', say('gate', { problem: { sentence: problem } }), 1);
}

function hanShare(text: string): number {
  const letters = text.match(/[\p{L}]/gu)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return letters ? han / letters : 0;
}

function asList(value: unknown): string[] {
  if (typeof value === 'string') return value.split(/[,，]/);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function authorOf(data: Record<string, unknown>): string | undefined {
  const author = data.author ?? data.authors;
  const first = Array.isArray(author) ? author[0] : author;
  if (typeof first === 'string' && first.trim()) return first.trim();
  if (first && typeof first === 'object' && typeof (first as { name?: unknown }).name === 'string') return (first as { name: string }).name.trim() || undefined;
  return undefined;
}

function coverOf(data: Record<string, unknown>): string | undefined {
  for (const key of ['cover', 'image', 'images', 'featured_image', 'featuredImage']) {
    const value = data[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string' && first.trim()) return first.trim();
    if (first && typeof first === 'object' && typeof (first as { image?: unknown }).image === 'string') return (first as { image: string }).image;
  }
  return undefined;
}
