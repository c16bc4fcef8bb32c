import type { Kysely } from 'kysely';
import { authorize } from '@/lib/auth/policy';
import { saveUpload } from '@/lib/media/media-files';
import type { Database } from '@/lib/db/schema';
import { fieldsToStored, validateFields, EMPTY_FIELDS, type RecapFields } from '@/lib/recaps/editor-fields';
import { SlugTakenError } from '@/lib/sql/errors';
import { deleteImportRecord, findImportRecord, linkImportedDrafts, saveImportRecord } from '@/lib/sql/imports';
import { writeWorkingCopy } from '@/lib/sql/recap-save';
import { getRecapById, insertDraft } from '@/lib/sql/recaps';
import type { User } from '@/lib/sql/types';
import type { ImageStore } from './images';
import type { ConvertedPost } from './post';
import type { PostWriter } from './run';
import type { ImportOutcome, PostReport } from './report';

// Imported posts become drafts, never published: an organizer reviews each
// with its report first. A second import of the same post (found by its site
// and path, or its text's hash if it moved within the site) updates that draft, unless someone edited
// the draft since the last import: then nothing is written and the conflict
// is reported. The user is the one running the import (scripts/import.ts
// picks an admin); the same permission as creating a draft in the editor.

export interface DraftResult {
  outcome: Extract<ImportOutcome, 'created' | 'updated' | 'unchanged' | 'conflict' | 'failed'>;
  recapId?: number;
  slug?: string;
  problems: string[];
}

/** The editor's form fields of a converted post (the form has no publication date: it is set when published). */
export function fieldsOf(post: ConvertedPost, slug: string): RecapFields {
  const fm = post.frontMatter;
  const text = (key: string) => (typeof fm[key] === 'string' ? (fm[key] as string) : '');
  return {
    ...EMPTY_FIELDS,
    ...Object.fromEntries(Object.keys(EMPTY_FIELDS).map((k) => [k, text(k)])),
    slug,
    locale: post.locale,
    tags: Array.isArray(fm.tags) ? fm.tags.join(', ') : '',
    announcement: fm.announcement === true ? 'true' : '',
  };
}

export async function saveImportedDraft(
  db: Kysely<Database>,
  user: User,
  post: ConvertedPost,
  source: { site: string; path: string },
  build: (outcome: ImportOutcome, problems?: string[]) => PostReport,
  now: Date,
): Promise<DraftResult> {
  authorize(user, 'recap.edit');
  const fields = fieldsOf(post, post.slug);
  const checked = validateFields(fields, post.frontMatter.published as string);
  if (!checked.ok) return { outcome: 'failed', problems: Object.values(checked.errors) };
  const frontMatter = fieldsToStored(fields);

  const { site, path: sourcePath } = source;
  const record = await findImportRecord(db, site, sourcePath, post.sourceHash);
  const existing = record ? await getRecapById(db, record.recapId) : null;
  if (record && !existing) await deleteImportRecord(db, record.site, record.sourcePath);
  if (record && existing) {
    const where = `draft ${existing.id} ("${existing.slug}")`;
    if (existing.status !== 'draft')
      return {
        outcome: 'conflict',
        recapId: existing.id,
        slug: existing.slug,
        problems: [`${where} is ${existing.status} now: the import does not change it`],
      };
    if (existing.version !== record.importedVersion)
      return {
        outcome: 'conflict',
        recapId: existing.id,
        slug: existing.slug,
        problems: [
          `${where} was edited after the last import (version ${record.importedVersion}, now ${existing.version}): not overwritten; merge the changes by hand`,
        ],
      };
    if (record.contentHash === post.sourceHash && record.sourcePath === sourcePath) {
      // A record from before sites were told apart becomes this site's (migration 0011).
      if (record.site !== site) await saveImportRecord(db, { ...record, site, previous: record, report: build('unchanged', []), now });
      return { outcome: 'unchanged', recapId: existing.id, slug: existing.slug, problems: [] };
    }
    const result = await writeWorkingCopy(db, { id: existing.id, baseVersion: existing.version, frontMatter, body: post.body, actorId: user.id, now });
    if (!result.ok)
      return { outcome: 'conflict', recapId: existing.id, slug: existing.slug, problems: [`${where} was saved by someone during the import: not overwritten`] };
    const report = build('updated', []);
    report.slug = existing.slug;
    await saveImportRecord(db, {
      site,
      sourcePath,
      previous: record,
      contentHash: post.sourceHash,
      recapId: existing.id,
      importedVersion: result.version,
      report,
      now,
    });
    return { outcome: 'updated', recapId: existing.id, slug: existing.slug, problems: [] };
  }

  // A slug another recap holds gets -2, -3…: the organizer can rename the draft.
  for (let n = 1; n < 50; n++) {
    const slug = n === 1 ? post.slug : `${post.slug.slice(0, 96)}-${n}`;
    try {
      const row = await insertDraft(db, { slug, frontMatter, body: post.body, actorId: user.id, now });
      const report = build('created', []);
      report.slug = slug;
      await saveImportRecord(db, { site, sourcePath, contentHash: post.sourceHash, recapId: row.id, importedVersion: row.version, report, now });
      return { outcome: 'created', recapId: row.id, slug, problems: [] };
    } catch (error) {
      if (!(error instanceof SlugTakenError)) throw error;
    }
  }
  return { outcome: 'failed', problems: [`no free slug near "${post.slug}"`] };
}

/** The default writer of a run (run.ts): every post that passed the gate becomes (or updates) a draft. */
export function draftWriter(db: Kysely<Database>, user: User, now: () => Date = () => new Date()): PostWriter {
  const write = async (post: ConvertedPost, source: { file: string }, site: { identity: string }) => {
    const result = await saveImportedDraft(db, user, post, { site: site.identity, path: source.file }, post.build, now());
    return {
      outcome: result.outcome,
      problems: result.problems,
      ...(result.slug ? { slug: result.slug } : {}),
      ...(result.recapId ? { recapId: result.recapId } : {}),
    };
  };
  // Translations found by content (pairing.ts) are linked like *Add translation* links them.
  const link = async (key: string, ids: number[]) => {
    authorize(user, 'recap.edit');
    const linked = await linkImportedDrafts(db, ids, key);
    return linked === ids.length
      ? null
      : `the translation pair under "${key}" was not linked: one of its drafts is linked to another event or no longer a draft`;
  };
  return Object.assign(write, { link });
}

/** The image store of a database import: the upload pipeline itself (re-encoded, EXIF stripped, deduplicated by hash). */
export function draftImageStore(db: Kysely<Database>, user: User, now: () => Date = () => new Date()): ImageStore {
  return async (bytes) => {
    const saved = await saveUpload(user, bytes, { database: db, now: now() });
    return saved.ok ? saved : { ok: false, error: saved.error };
  };
}
