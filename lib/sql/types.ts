import type { Selectable } from 'kysely';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import type { RecapsTable, RecapStatus, RevisionsTable, Role, UsersTable } from '@/lib/db/schema';

// Domain shapes returned by lib/sql (camelCase; booleans and JSON decoded).
// Timestamps stay ISO-8601 UTC strings: serialisable across the RSC boundary.

export type { RecapStatus, Role };

/** The editor's form fields, stored as JSON. Validated by the caller (zod), not here. */
export type FrontMatterJson = Record<string, unknown>;

export interface User {
  id: number;
  email: string;
  name: string;
  passwordHash: string | null;
  githubId: string | null;
  role: Role;
  active: boolean;
  sessionVersion: number;
  /** The admin's language chosen on /admin/account; null: follow the browser (lib/i18n/admin-locale.ts). */
  locale: Locale | null;
  createdAt: string;
  updatedAt: string;
}

/** The text visitors see of a published or scheduled recap. */
export interface LiveText {
  frontMatter: FrontMatterJson;
  body: string;
  /** The working-copy version that was made live. */
  version: number;
  /** When it last changed (publish or update). */
  updatedAt: string;
}

/**
 * A stored recap. `frontMatter`/`body`/`version` are the working copy (what
 * the editor edits); `live` is what the public site shows, null for drafts.
 */
export interface RecapRow {
  id: number;
  slug: string;
  frontMatter: FrontMatterJson;
  body: string;
  status: RecapStatus;
  version: number;
  live: LiveText | null;
  /** Version of the last live text that compiled and was kept as JSON (db-recaps.ts). */
  liveSnapshotVersion: number | null;
  /** Why the live text no longer validates, while its last good version is served. */
  liveProblem: string | null;
  /** Why the scheduler refused to publish, for the text at publishCheckedVersion. */
  publishProblem: string | null;
  publishCheckedVersion: number | null;
  /** Shared with the versions of the same event in other languages; null: none linked yet. */
  translationKey: string | null;
  scheduledAt: string | null;
  publishedAt: string | null;
  createdBy: number;
  updatedBy: number;
  createdAt: string;
  updatedAt: string;
}

export interface RevisionRow {
  id: number;
  recapId: number;
  version: number;
  authorId: number;
  frontMatter: FrontMatterJson;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export function toUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    passwordHash: row.password_hash,
    githubId: row.github_id,
    role: row.role,
    active: row.active === 1,
    sessionVersion: row.session_version,
    locale: isLocale(row.locale) ? row.locale : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A recaps row as lib/sql reads it: every column but the (large) snapshot. */
export type RecapSelect = Omit<Selectable<RecapsTable>, 'live_snapshot'>;

/** The columns behind RecapRow, for select and returning. */
export const RECAP_COLUMNS = [
  'id',
  'slug',
  'front_matter',
  'body',
  'status',
  'version',
  'scheduled_at',
  'published_at',
  'created_by',
  'updated_by',
  'created_at',
  'updated_at',
  'live_front_matter',
  'live_body',
  'live_version',
  'live_updated_at',
  'live_snapshot_version',
  'live_problem',
  'publish_problem',
  'publish_checked_version',
  'translation_key',
] as const satisfies readonly (keyof RecapsTable)[];

export function toRecapRow(row: RecapSelect): RecapRow {
  const live =
    row.live_body !== null && row.live_front_matter !== null && row.live_version !== null
      ? {
          frontMatter: parseFrontMatterJson(row.live_front_matter),
          body: row.live_body,
          version: row.live_version,
          updatedAt: row.live_updated_at ?? row.published_at ?? row.updated_at,
        }
      : null;
  return {
    id: row.id,
    slug: row.slug,
    frontMatter: parseFrontMatterJson(row.front_matter),
    body: row.body,
    status: row.status,
    version: row.version,
    live,
    liveSnapshotVersion: row.live_snapshot_version,
    liveProblem: row.live_problem,
    publishProblem: row.publish_problem,
    publishCheckedVersion: row.publish_checked_version,
    translationKey: row.translation_key,
    scheduledAt: row.scheduled_at,
    publishedAt: row.published_at,
    createdBy: row.created_by,
    updatedBy: row.updated_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toRevisionRow(row: Selectable<RevisionsTable>): RevisionRow {
  return {
    id: row.id,
    recapId: row.recap_id,
    version: row.version,
    authorId: row.author_id,
    frontMatter: parseFrontMatterJson(row.front_matter),
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function parseFrontMatterJson(json: string): FrontMatterJson {
  const value: unknown = JSON.parse(json);
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as FrontMatterJson) : {};
}
