import type { Kysely } from 'kysely';
import fs from 'node:fs';
import type { Database } from '@/lib/db/schema';
import { mediaSrc } from '@/lib/media/file-name';
import { parseFrontMatter, splitFrontMatter } from '@/lib/mdx/front-matter';
import { listRecapFiles, readRecapFile } from '@/lib/recaps/file-recaps';
import { parseRegistryFile } from '@/lib/speakers/registry-file';
import { readRegistryFile } from '@/lib/speakers/registry-sync';
import {
  getMediaBytes,
  selectCalendarRowsAfter,
  selectMediaKeysAfter,
  selectPeopleAfter,
  selectRecapRowsAfter,
  type ExportedCalendarRow,
} from '@/lib/sql/export-reads';
import type { RecapRow } from '@/lib/sql/types';
import { isPublicFilePath, publicFileFor, siteImagePaths } from './image-refs';
import { EXPORT_FORMAT, type ExportedImage, type ExportedRecap, type ExportManifest } from './manifest';
import { hasUnpublishedChanges, liveFrontMatter, recapFileText, workingFrontMatter } from './recap-text';
import type { ExportSink } from './sink';
import { RegistryMerger } from './speakers-yml';

// Everything a site holds, as plain files (README "Exporting everything"):
//   recaps/<slug>.mdx   what the public site shows: git-managed files as they
//                       are, and the live text of database recaps, in the
//                       portal's front matter (CONTENT_DIR=<dir> content:check passes)
//   drafts/<slug>.mdx   database working copies not live as they are: drafts,
//                       scheduled recaps, edits since the last publish (not checked)
//   speakers.yml        the registry, file and database people
//   media/<hash>.<ext>  every uploaded image, under the name its URL has
//   public/<path>       files of the site's public/ folder that recaps show (covers)
//   export.json         the manifest: every recap with its status, dates and files,
//                       every image, each event's calendar identity
// Paged: one page of rows and one image in memory at a time.

export interface ExportOptions {
  db: Kysely<Database>;
  contentDir: string;
  /** The site's public/ folder, for images recaps name by path. */
  publicDir: string;
  now?: Date;
  /** Rows per database read. */
  pageSize?: number;
}

export interface ExportSummary {
  recaps: number;
  drafts: number;
  people: number;
  media: number;
  publicFiles: number;
  /** Site paths recaps name that neither the media store nor public/ has. */
  missing: string[];
}

/** Writes the whole site to `sink` (see above). Callers authorise first: the CLI is the operator, the admin route requires an admin. */
export async function exportSite(sink: ExportSink, options: ExportOptions): Promise<ExportSummary> {
  const { db, contentDir, publicDir } = options;
  const pageSize = options.pageSize ?? 100;
  const recaps: ExportedRecap[] = [];
  const images: ExportedImage[] = [];
  const sitePaths = new Set<string>();
  const summary: ExportSummary = { recaps: 0, drafts: 0, people: 0, media: 0, publicFiles: 0, missing: [] };
  const note = (text: string) => siteImagePaths(text).forEach((p) => sitePaths.add(p));

  // Git-managed recaps, byte for byte: they already are the portal's format.
  const fileSlugs = new Set<string>();
  for (const file of listRecapFiles(contentDir)) {
    const read = readRecapFile(file);
    if ('problem' in read) continue; // content:check reports it; a broken file is not part of the site
    fileSlugs.add(read.slug);
    const name = `recaps/${read.slug}.mdx`;
    await sink.write(name, read.text);
    note(read.text);
    summary.recaps++;
    const fm = parseFrontMatter(splitFrontMatter(read.text).yaml);
    const data = fm.ok ? fm.data : null;
    recaps.push({
      slug: read.slug,
      source: 'file',
      status: 'published',
      locale: data?.locale ?? null,
      translationKey: data?.translationKey ?? read.slug,
      date: data?.date ?? null,
      published: data?.published ?? null,
      updated: data?.updated ?? null,
      live: name,
      working: null,
    });
  }

  for (let after = 0; ;) {
    const rows = await selectRecapRowsAfter(db, after, pageSize);
    if (!rows.length) break;
    for (const row of rows) recaps.push(await writeDatabaseRecap(sink, row, fileSlugs.has(row.slug), summary, note));
    after = rows[rows.length - 1].id;
  }

  for (let after = ''; ;) {
    const keys = await selectMediaKeysAfter(db, after, pageSize);
    if (!keys.length) break;
    for (const key of keys) {
      const bytes = await getMediaBytes(db, key.hash);
      if (!bytes) continue; // removed meanwhile
      const name = `media/${key.hash}.${key.ext}`;
      await sink.write(name, bytes, { compress: false });
      images.push({ src: mediaSrc(key.hash, key.ext), file: name, mime: key.mime, width: key.width, height: key.height });
      summary.media++;
      sitePaths.delete(mediaSrc(key.hash, key.ext));
    }
    after = keys[keys.length - 1].hash;
  }

  for (const src of [...sitePaths].sort()) {
    const file = isPublicFilePath(src) ? publicFileFor(publicDir, src) : null;
    if (!file) {
      summary.missing.push(src);
      continue;
    }
    const name = `public${decodeURIComponent(src)}`;
    await sink.write(name, await fs.promises.readFile(/*turbopackIgnore: true*/ file), { compress: !/\.(jpe?g|png|webp|avif|gif)$/i.test(name) });
    images.push({ src, file: name });
    summary.publicFiles++;
  }

  const registry = new RegistryMerger();
  const parsed = parseRegistryFile(readRegistryFile(contentDir));
  if (parsed.people) registry.addFilePeople(parsed.people);
  for (let after = ''; ;) {
    const people = await selectPeopleAfter(db, after, pageSize);
    if (!people.length) break;
    for (const person of people) registry.addDatabasePerson(person);
    after = people[people.length - 1].slug;
  }
  await sink.write('speakers.yml', registry.text());
  summary.people = registry.size;

  const calendar: ExportedCalendarRow[] = [];
  for (let after = ''; ;) {
    const rows = await selectCalendarRowsAfter(db, after, pageSize);
    if (!rows.length) break;
    calendar.push(...rows);
    after = rows[rows.length - 1].eventKey;
  }

  const manifest: ExportManifest = {
    format: EXPORT_FORMAT,
    exportedAt: (options.now ?? new Date()).toISOString(),
    recaps,
    images,
    missingImages: summary.missing,
    calendar,
  };
  await sink.write('export.json', `${JSON.stringify(manifest, null, 2)}\n`);
  return summary;
}

async function writeDatabaseRecap(
  sink: ExportSink,
  row: RecapRow,
  shadowed: boolean,
  summary: ExportSummary,
  note: (text: string) => void,
): Promise<ExportedRecap> {
  let live: string | null = null;
  let working: string | null = null;
  const liveFields = row.status === 'published' && row.live ? liveFrontMatter(row) : null;
  if (liveFields && row.live) {
    // A file of the same slug wins on the site; the live text is kept beside the drafts.
    live = shadowed ? `drafts/${row.slug}.live.mdx` : `recaps/${row.slug}.mdx`;
    const text = recapFileText(liveFields, row.live.body);
    await sink.write(live, text);
    note(text);
    if (shadowed) summary.drafts++;
    else summary.recaps++;
  }
  if (row.status !== 'published' || hasUnpublishedChanges(row)) {
    working = `drafts/${row.slug}.mdx`;
    const text = recapFileText(workingFrontMatter(row), row.body);
    await sink.write(working, text);
    note(text);
    summary.drafts++;
  }
  const fields = liveFields ?? workingFrontMatter(row);
  const text = (key: string) => (typeof fields[key] === 'string' && fields[key] ? (fields[key] as string) : null);
  return {
    slug: row.slug,
    source: 'db',
    status: row.status,
    locale: text('locale'),
    translationKey: row.translationKey ?? row.slug,
    date: text('date'),
    published: text('published'),
    updated: text('updated'),
    live,
    working,
    shadowedByFile: shadowed || undefined,
    version: row.version,
    liveVersion: row.live?.version ?? null,
    scheduledAt: row.scheduledAt,
    publishedAt: row.publishedAt,
    liveUpdatedAt: row.live?.updatedAt ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    liveProblem: row.liveProblem,
    publishProblem: row.publishProblem,
  };
}
