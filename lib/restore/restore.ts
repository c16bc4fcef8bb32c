import fs from 'node:fs';
import type { Kysely } from 'kysely';
import { authorize } from '@/lib/auth/policy';
import type { Database } from '@/lib/db/schema';
import type { ExportManifest } from '@/lib/export/manifest';
import { applyPublicChange } from '@/lib/recaps/public-change';
import { listRecapFiles, readRecapFile } from '@/lib/recaps/file-recaps';
import type { GateOptions } from '@/lib/recaps/validation-gate';
import { parseRegistryFile } from '@/lib/speakers/registry-file';
import { readRegistryFile } from '@/lib/speakers/registry-sync';
import { putMedia } from '@/lib/sql/media';
import { insertCalendarRows, insertRestoredRecap, selectTakenCalendarKeys, selectTakenPersonSlugs, selectTakenRecapSlugs } from '@/lib/sql/restore';
import { writeDbPerson } from '@/lib/sql/speaker-edits';
import { selectPersonSlugsByNameKey } from '@/lib/sql/speakers';
import type { User } from '@/lib/sql/types';
import { planRestore, type RestorePlan } from './plan';

// Restores an export (lib/export) into this portal's database, exactly:
// every recap with its status, dates, live text and working copy, every
// image under the same hash and URL, the registry's people, and each
// event's calendar identity, so that the public pages are the ones the
// source site served and calendar subscribers keep one copy of each event.
// All or nothing before writing: a text the gate refuses, a changed image,
// or a slug this portal already has refuses the whole restore, with every
// reason; nothing is overwritten.

export interface RestoreOptions {
  /** This portal's git-managed recaps and registry (their slugs and people are taken). */
  contentDir: string;
  /** This portal's public/ folder: images the export names from the source site's must be there. */
  publicDir: string;
  dryRun?: boolean;
  gate?: GateOptions;
  /**
   * Run after the published recaps are written: the read model, calendar and search
   * (applyPublicChange on `db`, by default). The server passes afterPublicChange, which
   * also expires their pages.
   */
  afterChange?: (recapIds: number[]) => Promise<unknown>;
}

export interface RestoreReport {
  ok: boolean;
  /** Nothing was written: problems, conflicts, or a dry run. */
  written: boolean;
  recaps: { slug: string; status: string; from: 'file' | 'db' }[];
  images: number;
  people: number;
  calendar: number;
  problems: string[];
  /** Slugs (recaps, people) this portal already has. */
  conflicts: string[];
  notes: string[];
}

/**
 * Restores the export at `dir` (its manifest read by ./open-export.ts), as
 * `user`, who must be an admin (it writes every kind of content at once).
 * The command line (`npm run import -- <export>`) and the admin's upload (./admin.ts).
 */
export async function restoreExport(db: Kysely<Database>, user: User, dir: string, manifest: ExportManifest, options: RestoreOptions): Promise<RestoreReport> {
  authorize(user, 'site.restore');
  const plan = await planRestore(dir, manifest, { publicDir: options.publicDir, gate: options.gate });
  const conflicts = await findConflicts(db, plan, options.contentDir);
  const report: RestoreReport = {
    ok: plan.problems.length === 0 && conflicts.length === 0,
    written: false,
    recaps: plan.recaps.map((r) => ({ slug: r.slug, status: r.status, from: r.from })),
    images: plan.images.length,
    people: plan.people.length,
    calendar: plan.calendar.length,
    problems: plan.problems,
    conflicts,
    notes: [...plan.notes, ...plan.recaps.flatMap((r) => r.draftProblems.map((p) => `${p} (kept as a ${r.status} recap: fix it before it goes live)`))],
  };
  if (!report.ok || options.dryRun) return report;

  const at = new Date().toISOString();
  for (const image of plan.images) await putMedia(db, { ...image, data: fs.readFileSync(image.file), createdBy: user.id, now: new Date(at) });
  // People before recaps: talks resolve to them when their rows are written.
  for (const person of plan.people) await writeDbPerson(db, person, 0, at);
  const takenKeys = new Set(
    await selectTakenCalendarKeys(
      db,
      plan.calendar.map((c) => c.eventKey),
    ),
  );
  const calendar = plan.calendar.filter((c) => !takenKeys.has(c.eventKey));
  await insertCalendarRows(db, calendar);
  for (const key of takenKeys) report.notes.push(`calendar "${key}": this portal already has an identity for the event; it keeps its own`);
  report.calendar = calendar.length;
  const published: number[] = [];
  for (const recap of plan.recaps) {
    const { from: _from, draftProblems: _problems, ...row } = recap;
    void _from;
    void _problems;
    const id = await insertRestoredRecap(db, { ...row, actorId: user.id });
    if (recap.status === 'published') published.push(id);
  }
  // The one function after every public change: read model rows, listing flags, calendar and search.
  if (options.afterChange) await options.afterChange(published);
  else for (const id of published) await applyPublicChange(db, id);
  report.written = true;
  return report;
}

async function findConflicts(db: Kysely<Database>, plan: RestorePlan, contentDir: string): Promise<string[]> {
  const slugs = plan.recaps.map((r) => r.slug);
  const wanted = new Set(slugs);
  const files = listRecapFiles(contentDir)
    .map(readRecapFile)
    .flatMap((r) => ('slug' in r && wanted.has(r.slug) ? [r.slug] : []));
  const people = new Set(plan.people.map((p) => p.slug));
  const registry = parseRegistryFile(readRegistryFile(contentDir)).people ?? [];
  const names = plan.people.flatMap((p) => p.names.map((n) => ({ ...n, slug: p.slug })));
  const owners = await selectPersonSlugsByNameKey(
    db,
    names.map((n) => n.key),
  );
  return [
    ...(await selectTakenRecapSlugs(db, slugs)).map((s) => `recap "${s}": this portal already has a recap with this slug`),
    ...files.map((s) => `recap "${s}": a git-managed file of this portal (CONTENT_DIR) has this slug`),
    ...(await selectTakenPersonSlugs(db, [...people])).map((s) => `speaker "${s}": this portal's registry already has this person`),
    ...registry.filter((p) => people.has(p.slug)).map((p) => `speaker "${p.slug}": this portal's speakers.yml already has this person`),
    ...names
      .filter((n) => owners.has(n.key) && owners.get(n.key) !== n.slug)
      .map((n) => `speaker "${n.slug}": the name "${n.name}" is already a name of ${owners.get(n.key)} in this portal's registry`),
  ].filter((line, i, all) => all.indexOf(line) === i);
}
