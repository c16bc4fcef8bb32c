import type { Selectable } from 'kysely';
import type { RecapsTable, RecapStatus, RevisionsTable, Role, UsersTable } from '@/lib/db/schema';

// Domain shapes returned by lib/store (camelCase; booleans and JSON decoded).
// Timestamps stay ISO-8601 UTC strings: serialisable across the RSC boundary.

export type { RecapStatus, Role };

/** The editor's form fields, stored as JSON. Validated by the caller (zod), not here. */
export type FrontMatter = Record<string, unknown>;

export interface User {
  id: number;
  email: string;
  name: string;
  passwordHash: string | null;
  githubId: string | null;
  role: Role;
  active: boolean;
  sessionVersion: number;
  createdAt: string;
  updatedAt: string;
}

export interface Recap {
  id: number;
  slug: string;
  frontMatter: FrontMatter;
  body: string;
  status: RecapStatus;
  version: number;
  scheduledAt: string | null;
  publishedAt: string | null;
  createdBy: number;
  updatedBy: number;
  createdAt: string;
  updatedAt: string;
}

export interface Revision {
  id: number;
  recapId: number;
  version: number;
  authorId: number;
  frontMatter: FrontMatter;
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
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toRecap(row: Selectable<RecapsTable>): Recap {
  return {
    id: row.id,
    slug: row.slug,
    frontMatter: parseFrontMatter(row.front_matter),
    body: row.body,
    status: row.status,
    version: row.version,
    scheduledAt: row.scheduled_at,
    publishedAt: row.published_at,
    createdBy: row.created_by,
    updatedBy: row.updated_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toRevision(row: Selectable<RevisionsTable>): Revision {
  return {
    id: row.id,
    recapId: row.recap_id,
    version: row.version,
    authorId: row.author_id,
    frontMatter: parseFrontMatter(row.front_matter),
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function parseFrontMatter(json: string): FrontMatter {
  const value: unknown = JSON.parse(json);
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as FrontMatter) : {};
}
