import 'server-only';
import { sql, type Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { iso } from './internal';

type Db = Kysely<Database>;

/** Which draft an imported post became (lib/db/migrations/0010-imports.ts, 0011-import-sites-and-jobs.ts). */
export interface ImportRecord {
  /** The site's identity (lib/import/site-identity.ts); '' for a record made before sites were told apart. */
  site: string;
  sourcePath: string;
  contentHash: string;
  recapId: number;
  importedVersion: number;
}

/**
 * The record of a post of `site`: by its path, else by its text's hash (a
 * post that moved). A record from before sites were told apart (site '')
 * counts as the site's own when the site has none (migration 0011).
 */
export async function findImportRecord(db: Db, site: string, sourcePath: string, contentHash: string): Promise<ImportRecord | null> {
  const sites = site === '' ? [''] : [site, ''];
  const byPath = await db
    .selectFrom('imports')
    .selectAll()
    .where('site', 'in', sites)
    .where('source_path', '=', sourcePath)
    // The site's own record before an unclaimed old one.
    .orderBy(sql`case when site = '' then 1 else 0 end`)
    .executeTakeFirst();
  const row =
    byPath ??
    (await db
      .selectFrom('imports')
      .selectAll()
      .where('site', 'in', sites)
      .where('content_hash', '=', contentHash)
      .orderBy(sql`case when site = '' then 1 else 0 end`)
      .orderBy('updated_at', 'desc')
      .executeTakeFirst());
  return row
    ? { site: row.site, sourcePath: row.source_path, contentHash: row.content_hash, recapId: row.recap_id, importedVersion: row.imported_version }
    : null;
}

/**
 * Records (or moves and updates) the draft a post became, at the version the
 * importer wrote. `previous`: the record it was found by, when that was
 * another path or an unclaimed old record; it is replaced by this one.
 */
export async function saveImportRecord(
  db: Db,
  input: Omit<ImportRecord, 'site'> & { site: string; previous?: { site: string; sourcePath: string }; report: unknown; now: Date },
): Promise<void> {
  const at = iso(input.now);
  const values = {
    site: input.site,
    source_path: input.sourcePath,
    content_hash: input.contentHash,
    recap_id: input.recapId,
    imported_version: input.importedVersion,
    report: JSON.stringify(input.report),
    updated_at: at,
  };
  const previous = input.previous;
  await db.transaction().execute(async (trx) => {
    if (previous && (previous.site !== input.site || previous.sourcePath !== input.sourcePath))
      await trx.deleteFrom('imports').where('site', '=', previous.site).where('source_path', '=', previous.sourcePath).execute();
    await trx
      .insertInto('imports')
      .values({ ...values, created_at: at })
      .onConflict((oc) => oc.columns(['site', 'source_path']).doUpdateSet(values))
      .execute();
  });
}

/** Forgets a record whose draft is gone, so that the post is imported afresh. */
export async function deleteImportRecord(db: Db, site: string, sourcePath: string): Promise<void> {
  await db.deleteFrom('imports').where('site', '=', site).where('source_path', '=', sourcePath).execute();
}

/**
 * Links imported drafts as versions of one event (the translation key, as
 * *Add translation* sets it). Only drafts without another key: a draft an
 * organizer already linked elsewhere, or one published since, is left alone.
 * Returns how many were linked.
 */
export async function linkImportedDrafts(db: Db, ids: number[], key: string): Promise<number> {
  const result = await db
    .updateTable('recaps')
    .set({ translation_key: key })
    .where('id', 'in', ids)
    .where('status', '=', 'draft')
    .where((eb) => eb.or([eb('translation_key', 'is', null), eb('translation_key', '=', key)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The affiliations published talks name, longest first: the organisations the importer may split from a role safely. */
export async function selectKnownAffiliations(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('public_talk_speakers').select('affiliation').distinct().where('affiliation', 'is not', null).execute();
  return rows
    .map((r) => r.affiliation!.trim())
    .filter((a) => a.length >= 2)
    .sort((a, b) => b.length - a.length);
}

/** An imported draft still waiting for review, with its import report. */
export interface ImportedDraft {
  recapId: number;
  slug: string;
  title: string;
  /** The site it came from (its identity) and its path there. */
  site: string;
  sourcePath: string;
  report: unknown;
  updatedAt: string;
}

/** Imported recaps that are still drafts ("needs review"), newest import first. */
export async function selectImportedDrafts(db: Db, limit = 200): Promise<ImportedDraft[]> {
  const rows = await db
    .selectFrom('imports')
    .innerJoin('recaps', 'recaps.id', 'imports.recap_id')
    .select([
      'recaps.id as id',
      'recaps.slug as slug',
      'recaps.front_matter as front_matter',
      'imports.site as site',
      'imports.source_path as source_path',
      'imports.report as report',
      'imports.updated_at as updated_at',
    ])
    .where('recaps.status', '=', 'draft')
    .orderBy('imports.updated_at', 'desc')
    .orderBy('imports.site')
    .orderBy('imports.source_path')
    .limit(limit)
    .execute();
  return rows.map((r) => {
    const fm = JSON.parse(r.front_matter) as { title?: unknown };
    return {
      recapId: r.id,
      slug: r.slug,
      title: typeof fm.title === 'string' ? fm.title : r.slug,
      site: r.site,
      sourcePath: r.source_path,
      report: JSON.parse(r.report),
      updatedAt: r.updated_at,
    };
  });
}
