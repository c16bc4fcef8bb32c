import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { NotFoundError, SlugTakenError } from './errors';
import { iso, isUniqueViolation } from './internal';
import { recordRevision } from './revisions';
import { RECAP_COLUMNS, toRecapRow, type FrontMatterJson, type RecapRow } from './types';

type Db = Kysely<Database>;

// Database recaps linked as translations of one another share
// `translation_key` (lib/db/migrations/0006-translations.ts).

/** The database recaps of the event `key` (any status), by slug: a few rows through recaps_translation_key. */
export async function selectRecapsByTranslationKey(db: Db, key: string): Promise<RecapRow[]> {
  const rows = await db.selectFrom('recaps').select(RECAP_COLUMNS).where('translation_key', '=', key).orderBy('slug').execute();
  return rows.map(toRecapRow);
}

/**
 * Creates the draft `slug` as a translation of recap `sourceId`, both under
 * `key`, in one transaction: the source gets the key if it had none (a
 * published source's public rows already carry its slug as key, so nothing
 * public changes), then the draft is inserted at version 1 with its first
 * revision. Throws NotFoundError when the source is gone or linked under
 * another key meanwhile, SlugTakenError when the slug is taken. The caller
 * (lib/recaps/add-translation.ts) checks the other versions' languages.
 */
export async function insertTranslationDraft(
  db: Db,
  input: { sourceId: number; key: string; slug: string; frontMatter: FrontMatterJson; body: string; actorId: number; now: Date },
): Promise<RecapRow> {
  const at = iso(input.now);
  const frontMatter = JSON.stringify(input.frontMatter);
  try {
    return await db.transaction().execute(async (trx) => {
      const linked = await trx
        .updateTable('recaps')
        .set({ translation_key: input.key })
        .where('id', '=', input.sourceId)
        .where((eb) => eb.or([eb('translation_key', 'is', null), eb('translation_key', '=', input.key)]))
        .executeTakeFirst();
      if (Number(linked.numUpdatedRows) !== 1) throw new NotFoundError('recap', input.sourceId);
      const row = await trx
        .insertInto('recaps')
        .values({
          slug: input.slug,
          front_matter: frontMatter,
          body: input.body,
          status: 'draft',
          version: 1,
          created_by: input.actorId,
          updated_by: input.actorId,
          created_at: at,
          updated_at: at,
          translation_key: input.key,
        })
        .returning(RECAP_COLUMNS)
        .executeTakeFirstOrThrow();
      await recordRevision(trx, { recapId: row.id, version: 1, continues: null, authorId: input.actorId, frontMatter, body: input.body, now: input.now });
      return toRecapRow(row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new SlugTakenError(input.slug);
    throw err;
  }
}
