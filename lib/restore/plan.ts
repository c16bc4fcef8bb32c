import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportedRecap, ExportManifest } from '@/lib/export/manifest';
import { publicFileFor } from '@/lib/export/image-refs';
import { MEDIA_FILE_NAME } from '@/lib/media/file-name';
import { sniffImage } from '@/lib/media/sniff';
import { translationKey as translationKeySchema } from '@/lib/recaps/schema';
import { isValidSlug } from '@/lib/recaps/slug';
import type { GateOptions } from '@/lib/recaps/validation-gate';
import { parseRegistryFile } from '@/lib/speakers/registry-file';
import { personWrite } from '@/lib/speakers/registry-sync';
import type { ExportedCalendarRow } from '@/lib/sql/export-reads';
import type { RestoredRecap } from '@/lib/sql/restore';
import type { PersonWrite } from '@/lib/sql/speakers';
import { gateProblems, readExportText, type ReadText } from './texts';

// What a restore would write, read and checked before anything is written:
// every recap of the manifest as a database recap (the texts through the
// validation gate), every image by its hash, the registry's people and the
// calendar identities. Problems refuse the whole restore; notes are told.

export type PlannedRecap = Omit<RestoredRecap, 'actorId'> & {
  from: 'file' | 'db';
  /** What the gate says of a working copy not live (kept as it was: drafts may be unfinished). */
  draftProblems: string[];
};

export interface PlannedImage {
  hash: string;
  ext: string;
  mime: string;
  width: number;
  height: number;
  /** Absolute path of the bytes in the export. */
  file: string;
}

export interface RestorePlan {
  recaps: PlannedRecap[];
  images: PlannedImage[];
  people: PersonWrite[];
  calendar: ExportedCalendarRow[];
  /** What refuses the restore, as `file:line: message`. */
  problems: string[];
  /** What the restore leaves for a person (copy a file into public/, a recap the source site did not show). */
  notes: string[];
}

const MIME: Record<string, { type: string; mime: string }> = {
  jpg: { type: 'jpeg', mime: 'image/jpeg' },
  png: { type: 'png', mime: 'image/png' },
  webp: { type: 'webp', mime: 'image/webp' },
  avif: { type: 'avif', mime: 'image/avif' },
};

/** Reads and checks the export at `dir` (see above). `publicDir`: the target site's public/ folder. */
export async function planRestore(dir: string, manifest: ExportManifest, options: { publicDir: string; gate?: GateOptions }): Promise<RestorePlan> {
  const plan: RestorePlan = { recaps: [], images: [], people: [], calendar: [], problems: [], notes: [] };
  const seen = new Set<string>();
  for (const entry of manifest.recaps) {
    const where = `export.json (recap "${entry.slug}")`;
    if (typeof entry.slug !== 'string' || !isValidSlug(entry.slug)) {
      plan.problems.push(`${where}: not a valid slug`);
      continue;
    }
    if (entry.shadowedByFile) {
      plan.notes.push(
        `${entry.slug}: the source site showed its git-managed file instead of this database recap; restored from the file (the database texts are in ${entry.live ?? entry.working})`,
      );
      continue;
    }
    if (seen.has(entry.slug)) {
      plan.problems.push(`${where}: listed twice`);
      continue;
    }
    seen.add(entry.slug);
    const planned = await planRecap(dir, entry, options.gate ?? {});
    if ('problems' in planned) plan.problems.push(...planned.problems);
    else plan.recaps.push(planned.recap);
  }
  planImages(dir, manifest, options.publicDir, plan);
  planPeople(dir, plan);
  for (const row of manifest.calendar) {
    if (typeof row?.eventKey !== 'string' || typeof row.uid !== 'string' || !Number.isInteger(row.sequence) || !isIso(row.createdAt) || !isIso(row.changedAt))
      plan.problems.push(`export.json (calendar "${row?.eventKey}"): not a calendar identity (eventKey, uid, sequence, createdAt, changedAt)`);
    else plan.calendar.push({ ...row, fingerprint: String(row.fingerprint ?? '{}'), speakerChanges: String(row.speakerChanges ?? '[]') });
  }
  return plan;
}

async function planRecap(dir: string, entry: ExportedRecap, gate: GateOptions): Promise<{ recap: PlannedRecap } | { problems: string[] }> {
  const where = `export.json (recap "${entry.slug}")`;
  if (!['draft', 'scheduled', 'published'].includes(entry.status)) return { problems: [`${where}: unknown status "${entry.status}"`] };
  const published = entry.status === 'published';
  if (published && !entry.live) return { problems: [`${where}: published, but names no live text`] };
  if (!published && !entry.working) return { problems: [`${where}: ${entry.status}, but names no working copy`] };

  const read = (name: string) => readExportText(dir, name, entry.slug);
  const liveRead = published ? read(entry.live!) : null;
  const workingRead = entry.working ? read(entry.working) : null;
  const problems = [liveRead, workingRead].flatMap((r) => (r && !r.ok ? r.problems : []));
  if (problems.length) return { problems };
  const live = liveRead?.ok ? liveRead.text : null;
  const working = workingRead?.ok ? workingRead.text : live!;

  // Instants from the manifest; a hand-made one may give only the front matter's days.
  const day = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00.000Z` : null);
  const publishedAt = published ? (instant(entry.publishedAt) ?? day(live?.data.published ?? entry.published)) : null;
  const liveUpdatedAt = instant(entry.liveUpdatedAt) ?? day(live?.data.updated ?? entry.updated) ?? publishedAt;
  const scheduledAt = instant(entry.scheduledAt);
  if (published && (!publishedAt || !liveUpdatedAt)) return { problems: [`${entry.live}:1: published, but without a valid published date`] };
  if (entry.status === 'scheduled' && !scheduledAt) return { problems: [`${where}: scheduled, but without a valid scheduledAt`] };

  // The text visitors will see passes the gate, or nothing is written.
  if (live) {
    const refused = await gateProblems(live, publishedAt!.slice(0, 10), gate);
    if (refused.length) return { problems: refused };
  }
  // A working copy may be unfinished (the editor saves it so); Publish and the scheduler refuse it with the same words.
  const notes = working !== live ? await gateProblems(working, (scheduledAt ?? publishedAt ?? undefined)?.slice(0, 10), gate) : [];
  const key =
    (typeof working.data.translationKey === 'string' ? working.data.translationKey : null) ??
    (entry.translationKey !== entry.slug ? entry.translationKey : null);
  if (key !== null && !translationKeySchema.safeParse(key).success) return { problems: [`${working.file}: translationKey "${key}" is not a valid key`] };

  const workingVersion = entry.source === 'db' && Number.isInteger(entry.version) && entry.version! > 0 ? entry.version! : 1;
  const liveVersion = entry.source === 'db' && Number.isInteger(entry.liveVersion) && entry.liveVersion! > 0 ? entry.liveVersion! : workingVersion;
  if (liveVersion > workingVersion) return { problems: [`${where}: its live version (${liveVersion}) is newer than its working copy (${workingVersion})`] };
  const now = liveUpdatedAt ?? scheduledAt ?? new Date(0).toISOString();
  return {
    recap: {
      from: entry.source,
      draftProblems: notes,
      slug: entry.slug,
      status: entry.status,
      translationKey: key,
      working: textOf(working, working === live ? liveVersion : workingVersion),
      live: live ? { ...textOf(live, liveVersion), updatedAt: liveUpdatedAt! } : null,
      scheduledAt: entry.status === 'scheduled' ? scheduledAt : null,
      publishedAt: published ? publishedAt : null,
      createdAt: instant(entry.createdAt) ?? publishedAt ?? now,
      updatedAt: instant(entry.updatedAt) ?? now,
    },
  };
}

const textOf = (text: ReadText, version: number) => ({ frontMatter: text.stored, body: text.body, version });

function planImages(dir: string, manifest: ExportManifest, publicDir: string, plan: RestorePlan): void {
  const described = new Map(manifest.images.filter((i) => typeof i?.file === 'string').map((i) => [i.file, i]));
  const mediaDir = path.join(dir, 'media');
  const names = fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir).sort() : [];
  for (const image of described.values())
    if (image.file.startsWith('media/') && !names.includes(image.file.slice('media/'.length))) plan.problems.push(`${image.file}: missing from the export`);
  for (const name of names) {
    const match = MEDIA_FILE_NAME.exec(name);
    const kind = match ? MIME[match[2]] : undefined;
    if (!match || !kind) {
      plan.notes.push(`media/${name}: not an image name of the portal (/media/<sha-256>.<jpg|png|webp|avif>): left out`);
      continue;
    }
    const file = path.join(mediaDir, name);
    const bytes = fs.readFileSync(file);
    // Kept byte for byte under the URL recaps use: only bytes that are that hash, and the type the name says.
    if (createHash('sha256').update(bytes).digest('hex') !== match[1]) {
      plan.problems.push(`media/${name}: its bytes are not the hash its name says (changed after the export?)`);
      continue;
    }
    if (sniffImage(bytes) !== kind.type) {
      plan.problems.push(`media/${name}: its bytes are not a ${match[2]} image`);
      continue;
    }
    const info = described.get(`media/${name}`);
    const size = (v: unknown) => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : 0);
    plan.images.push({ hash: match[1], ext: match[2], mime: kind.mime, width: size(info?.width), height: size(info?.height), file });
  }
  // Files of the source site's public/ folder: the target serves its own public/ folder as it is.
  for (const image of described.values()) {
    if (!image.file.startsWith('public/')) continue;
    const here = publicFileFor(publicDir, image.src);
    const same = here !== null && fs.readFileSync(here).equals(fs.readFileSync(path.join(dir, image.file)));
    if (!same) plan.notes.push(`${image.src}: ${here ? 'differs in' : 'is not in'} this site's public/ folder: copy ${image.file} of the export there`);
  }
  for (const src of manifest.missingImages ?? []) plan.notes.push(`${src}: the source site did not have this image either`);
}

function planPeople(dir: string, plan: RestorePlan): void {
  const file = path.join(dir, 'speakers.yml');
  if (!fs.existsSync(file)) return;
  const parsed = parseRegistryFile(fs.readFileSync(file, 'utf8'));
  if (!parsed.people) {
    plan.problems.push(...parsed.problems.map((p) => `speakers.yml:${p.line}:${p.column}: ${p.message}`));
    return;
  }
  plan.people = parsed.people.map(personWrite);
}

function instant(value: unknown): string | null {
  return isIso(value) ? new Date(value as string).toISOString() : null;
}

function isIso(value: unknown): boolean {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
}
