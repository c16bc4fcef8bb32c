import fs from 'node:fs';
import path from 'node:path';
import { processUpload } from '@/lib/media/process';
import type { ImageStore } from './images';
import { openConverter } from './off-thread';
import { pairTranslations, samePerson, type PairingResult } from './pairing';
import { setTranslationKey, type ConvertedPost, type SiteDefaults } from './post';
import { say, type ImportOutcome, type PostReport, type ReportText } from './report';
import { matchRegistry, type RecurringSpeaker } from './registry-match';
import { readSite, type Site, type SitePost } from './site';
import { EMPTY_REGISTRY, type ImportRegistry } from './speaker-registry';

// One import run: read the site, convert every post (each checked by the
// portal's gate), then hand each result that passed to the chosen writer.
// A post that fails the gate is reported and never written.

export interface RunOptions {
  community?: string;
  author?: string;
  city?: string;
  timeZone: string;
  knownAffiliations?: readonly string[];
  /** Where images go (the upload pipeline, or a folder); none: they are only checked. */
  imageStore?: ImageStore;
  /** The speaker registry, as data (registry-load.ts): talks' speakers are matched to its people. */
  registry?: ImportRegistry;
  /** The site's identity, overriding the rule of site-identity.ts (`--site`). */
  site?: string;
  /** The name the site goes by when its config gives no address or title (an uploaded archive's; site-identity.ts). */
  siteName?: string;
  /** Whether the portal's gate also renders each post's HTML, as content:check does (the command line; the server never renders). */
  render?: boolean;
  /** Called as posts are converted (`done` of `total`), for an upload's progress. */
  onProgress?: (done: number, total: number) => void;
  /** Processor time each post may take in its import worker (off-thread.ts; POST_TIME_BUDGET_MS by default). */
  timeBudgetMs?: number;
}

/**
 * Writes one converted post; returns what happened (outcome, problems, the
 * final slug, the draft). `link`, when the writer has one, links the drafts
 * of a translation pair (files carry the key in their front matter instead).
 */
export type PostWriter = ((
  post: ConvertedPost,
  source: SitePost,
  site: Site,
) => Promise<{ outcome: ImportOutcome; problems: string[]; slug?: string; recapId?: number }>) & {
  link?: (key: string, recapIds: number[]) => Promise<string | null>;
};

export interface RunResult {
  site: Site;
  reports: PostReport[];
  posts: { source: SitePost; post: ConvertedPost }[];
  pairing: PairingResult;
  /** People named in more than one event of the import (registry-match.ts). */
  people: RecurringSpeaker[];
}

export async function runImport(input: string, options: RunOptions, write?: PostWriter): Promise<RunResult> {
  const read = readSite(input, { name: options.siteName });
  const site = options.site ? { ...read, identity: options.site } : read;
  const texts = site.posts.map((p) => fs.readFileSync(p.absolute, 'utf8'));
  // Every post is parsed, converted and checked in an import worker, within its budget (off-thread.ts).
  const converter = openConverter({ render: options.render ?? false, timeoutMs: options.timeBudgetMs }, options.imageStore);
  try {
    const defaults: SiteDefaults = {
      community: options.community ?? site.title ?? path.basename(site.root),
      author: options.author ?? site.author,
      city: options.city ?? site.city,
      timeZone: options.timeZone,
      knownAffiliations: options.knownAffiliations,
      sharedDescriptions: await converter.sharedDescriptions(texts),
    };
    return await finishImport(site, texts, defaults, converter, write, options);
  } finally {
    converter.close();
  }
}

async function finishImport(
  site: Site,
  texts: string[],
  defaults: SiteDefaults,
  converter: ReturnType<typeof openConverter>,
  write: PostWriter | undefined,
  { onProgress, registry }: RunOptions,
): Promise<RunResult> {
  let done = 0;
  onProgress?.(0, site.posts.length);
  const converted = await Promise.all(
    site.posts.map(async (source, i) => {
      const result = await converter.convert(
        {
          file: source.file,
          text: texts[i],
          pageUrl: source.pageUrl,
          locale: source.locale,
          pathSlug: source.pathSlug,
          images: { context: { absolute: source.absolute, pageUrl: source.pageUrl, root: site.root, staticDirs: site.staticDirs } },
        },
        defaults,
      );
      onProgress?.(++done, site.posts.length);
      return result;
    }),
  );
  const posts: RunResult['posts'] = [];
  const crashed: PostReport[] = [];
  const slugs = new Set<string>();
  for (const [i, source] of site.posts.entries()) {
    const post = converted[i];
    if ('failed' in post) {
      // One post the converter cannot handle (or that is over its budget) is reported; the others still import.
      crashed.push({
        file: source.file,
        slug: source.pathSlug,
        locale: source.locale ?? '',
        outcome: 'failed',
        problems: [post.failed],
        fields: [],
        talks: [],
        review: [],
      });
      continue;
    }
    // Two languages often use one file name for unrelated posts: the later one gets its language as a suffix.
    if (slugs.has(post.slug)) post.slug = uniqueSlug(`${post.slug}-${post.locale}`, slugs);
    slugs.add(post.slug);
    posts.push({ source, post });
  }

  const pairing = pairTranslations(posts.map((p) => p.post));
  for (const pair of pairing.pairs) await linkPair(posts[pair.first].post, posts[pair.second].post, pair.key, pair.confidence, pair.because, converter.gate);
  for (const proposal of pairing.proposals) {
    const [a, b] = [posts[proposal.first].post, posts[proposal.second].post];
    for (const [post, other] of [
      [a, b],
      [b, a],
    ])
      post.report.flag('possible-translation', say('possibleTranslation', { file: other.report.file, language: other.locale, reasons: proposal.because }), 1);
  }

  const people = matchRegistry(
    posts.map((p) => p.post),
    registry ?? EMPTY_REGISTRY,
    pairing.pairs,
  );

  const reports: PostReport[] = [];
  const written: { recapId?: number }[] = [];
  for (const { source, post } of posts) {
    if (!post.ok) {
      reports.push(post.build('failed'));
      written.push({});
      continue;
    }
    if (!write) {
      reports.push(post.build('dry-run', []));
      written.push({});
      continue;
    }
    // Writes may be synchronous underneath (SQLite): let timers and requests in between posts.
    await yieldToEventLoop();
    const result = await write(post, source, site);
    const report = post.build(result.outcome, result.problems);
    if (result.slug) report.slug = result.slug;
    reports.push(report);
    written.push(result);
  }
  if (write?.link) {
    for (const pair of pairing.pairs) {
      const ids = [written[pair.first].recapId, written[pair.second].recapId].filter((id): id is number => id !== undefined);
      if (ids.length !== 2) continue;
      await yieldToEventLoop();
      const problem = await write.link(pair.key, ids);
      if (problem) for (const i of [pair.first, pair.second]) reports[i].problems.push(problem);
    }
  }
  reports.push(...crashed);
  return { site, reports, posts, pairing, people };
}

/** Both versions get the key, and their talks' speakers are matched as one person where the names agree. */
async function linkPair(
  a: ConvertedPost,
  b: ConvertedPost,
  key: string,
  confidence: 'certain' | 'likely' | 'guessed',
  reasons: ReportText[],
  gate: (text: string) => Promise<{ ok: boolean; problems: string[] }>,
): Promise<void> {
  for (const [post, other] of [
    [a, b],
    [b, a],
  ]) {
    await setTranslationKey(post, key, gate);
    post.report.fill('translationKey', key, 1, confidence, say('pairedWith', { file: other.report.file, reasons }));
  }
  if (a.talks.length !== b.talks.length) return;
  a.talks.forEach((talk, i) => {
    talk.speakers.forEach((speaker, k) => {
      const counterpart = b.talks[i].speakers[k];
      if (!counterpart) return;
      const same = samePerson(speaker.name, counterpart.name);
      const line = talk.line;
      if (same === 'certain') return;
      const message = say(same ? 'pairSamePerson' : 'pairMaybePerson', { a: speaker.name, b: counterpart.name, talk: i + 1 });
      a.report.flag('speaker-match', message, line);
      b.report.flag('speaker-match', message, b.talks[i].line);
    });
  });
}

/**
 * A writer for `--out <dir>`: one MDX file per post in `<dir>/recaps/`, named
 * by its slug, laid out as a content folder (`CONTENT_DIR=<dir> npm run content:check`).
 */
export function fileWriter(outDir: string): PostWriter {
  return async (post) => {
    const recaps = path.join(outDir, 'recaps');
    fs.mkdirSync(recaps, { recursive: true });
    const file = path.join(recaps, `${post.slug}.mdx`);
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (before === post.fileText) return { outcome: 'unchanged', problems: [] };
    fs.writeFileSync(file, post.fileText);
    return { outcome: before === null ? 'written' : 'updated', problems: [] };
  };
}

/**
 * The image store of `--out <dir>`: the upload pipeline's re-encoding
 * (lib/media/process.ts), written to `<dir>/public/images/imported/<hash>.<ext>`
 * for the repository's public/ folder.
 */
export function folderImageStore(outDir: string): ImageStore {
  return async (bytes) => {
    const result = await processUpload(bytes);
    if (!result.ok) return { ok: false, error: result.error };
    const dir = path.join(outDir, 'public/images/imported');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${result.hash}.${result.ext}`), result.data);
    return { ok: true, src: `/images/imported/${result.hash}.${result.ext}`, width: result.width, height: result.height };
  };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
  return candidate;
}
