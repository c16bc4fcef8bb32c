import 'server-only';
import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import { dialectOf } from '@/lib/db/dialect';
import type { Database } from '@/lib/db/schema';
import { SlugTakenError } from './errors';
import { iso, isUniqueViolation, toCount } from './internal';
import { recordRevision } from './revisions';
import { parseFrontMatterJson, RECAP_COLUMNS, toRecapRow, type FrontMatterJson, type RecapRow, type RecapStatus } from './types';

type Db = Kysely<Database>;

export interface RecapListItem extends Pick<
  RecapRow,
  | 'id'
  | 'slug'
  | 'frontMatter'
  | 'status'
  | 'version'
  | 'scheduledAt'
  | 'publishedAt'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt'
  | 'liveProblem'
  | 'publishProblem'
> {
  updatedBy: { id: number; name: string; email: string };
  /** Published, and the working copy's text differs from the live text. */
  unpublishedChanges: boolean;
}

/**
 * Creates a draft at version 1 (and its first revision). Throws SlugTakenError.
 * Editor actions only; the caller validates slug and front matter.
 */
export async function insertDraft(db: Db, input: { slug: string; frontMatter: FrontMatterJson; body: string; actorId: number; now: Date }): Promise<RecapRow> {
  const at = iso(input.now);
  const frontMatter = JSON.stringify(input.frontMatter);
  try {
    return await db.transaction().execute(async (trx) => {
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

/** Any status, working copy and live text. Server code only; public pages read `live` of a published recap. */
export async function getRecapById(db: Db, id: number): Promise<RecapRow | null> {
  const row = await db.selectFrom('recaps').select(RECAP_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toRecapRow(row) : null;
}

/** Any status, working copy and live text. Server code only; public pages read `live` of a published recap. */
export async function getRecapBySlug(db: Db, slug: string): Promise<RecapRow | null> {
  const row = await db.selectFrom('recaps').select(RECAP_COLUMNS).where('slug', '=', slug).executeTakeFirst();
  return row ? toRecapRow(row) : null;
}

/**
 * Dashboard list, most recently updated first, with who last edited each.
 * `titleQuery` is a case-insensitive substring match on front matter `title`.
 * Editor pages only.
 */
export interface RecapRowsFilter {
  status?: RecapStatus;
  titleQuery?: string;
}

export async function selectRecapRows(
  db: Db,
  filter: RecapRowsFilter = {},
  page: { limit: number; offset: number } = { limit: 50, offset: 0 },
): Promise<RecapListItem[]> {
  const q = db
    .selectFrom('recaps')
    .innerJoin('users', 'users.id', 'recaps.updated_by')
    .select([
      'recaps.id',
      'recaps.slug',
      'recaps.front_matter',
      'recaps.status',
      'recaps.version',
      'recaps.scheduled_at',
      'recaps.published_at',
      'recaps.created_by',
      'recaps.created_at',
      'recaps.updated_at',
      'recaps.updated_by',
      'users.name',
      'users.email',
      'recaps.live_problem',
      'recaps.publish_problem',
      // Texts compared in the database, so the list never loads every body.
      sql<number>`case when recaps.status = 'published' and (recaps.body <> recaps.live_body or recaps.front_matter <> recaps.live_front_matter) then 1 else 0 end`.as(
        'changed',
      ),
    ]);
  const rows = await q
    .where(matching(db, filter))
    .orderBy('recaps.updated_at', 'desc')
    .orderBy('recaps.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    frontMatter: parseFrontMatterJson(r.front_matter),
    status: r.status,
    version: r.version,
    scheduledAt: r.scheduled_at,
    publishedAt: r.published_at,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: { id: r.updated_by, name: r.name, email: r.email },
    liveProblem: r.live_problem,
    publishProblem: r.publish_problem,
    unpublishedChanges: Number(r.changed) === 1,
  }));
}

/** How many recaps selectRecapRows would list without paging. */
export async function countRecapRows(db: Db, filter: RecapRowsFilter = {}): Promise<number> {
  const row = await db
    .selectFrom('recaps')
    .where(matching(db, filter))
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return toCount(row?.n as string | number | bigint | undefined);
}

// The filter shared by the list and its count.
function matching(db: Db, filter: RecapRowsFilter) {
  return (eb: ExpressionBuilder<Database, 'recaps'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [];
    if (filter.status) conditions.push(eb('recaps.status', '=', filter.status));
    const needle = filter.titleQuery?.trim();
    if (needle) {
      const title =
        dialectOf(db) === 'postgres' ? sql<string>`(recaps.front_matter::jsonb ->> 'title')` : sql<string>`json_extract(recaps.front_matter, '$.title')`;
      // Escape LIKE wildcards so "100%" matches literally.
      const pattern = `%${needle.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
      conditions.push(sql<SqlBool>`lower(${title}) like ${pattern} escape '\\'`);
    }
    return eb.and(conditions);
  };
}
