import 'server-only';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import type { Locale } from '@/lib/i18n/locales';
import { EmailTakenError } from './errors';
import { iso, isUniqueViolation, normalizeEmail, toCount } from './internal';
import { toUser, type Role, type User } from './types';

type Db = Kysely<Database>;

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash?: string | null;
  githubId?: string | null;
  now: Date;
}

/**
 * Creates an active user (e-mail stored lower-cased). Throws EmailTakenError.
 * For lib/auth (first-admin bootstrap, invite acceptance) only; pass a
 * transaction as `db` to make it atomic with consumeInvite.
 */
export async function createUser(db: Db, input: NewUser): Promise<User> {
  const email = normalizeEmail(input.email);
  try {
    const row = await db
      .insertInto('users')
      .values({
        email,
        name: input.name,
        role: input.role,
        password_hash: input.passwordHash ?? null,
        github_id: input.githubId ?? null,
        active: 1,
        created_at: iso(input.now),
        updated_at: iso(input.now),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toUser(row);
  } catch (err) {
    if (isUniqueViolation(err)) throw new EmailTakenError(email);
    throw err;
  }
}

/** Looks a user up case-insensitively by e-mail. Server code (auth) only. */
export async function getUserByEmail(db: Db, email: string): Promise<User | null> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
  return row ? toUser(row) : null;
}

/** Server code (auth session checks, admin pages) only. */
export async function getUserById(db: Db, id: number): Promise<User | null> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : null;
}

/** All users, oldest first. Admin pages only (includes password hashes: don't pass to clients). */
export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('id').execute();
  return rows.map(toUser);
}

/** Number of users; 0 means the first sign-up bootstraps the admin. Auth code only. */
export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst();
  return toCount(row?.n);
}

/**
 * Activates/deactivates a user and bumps session_version so every existing
 * session of theirs is invalidated. Admin actions only. Returns false if no such user.
 */
export async function setUserActive(db: Db, id: number, active: boolean, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set((eb) => ({
      active: active ? 1 : 0,
      session_version: eb('session_version', '+', 1),
      updated_at: iso(now),
    }))
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Ends every session of a user on their next request (signing out, on every
 * device and instance): session cookies carry the version they were issued
 * with. Auth code (sign-out) only. Returns false if no such user.
 */
export async function bumpSessionVersion(db: Db, id: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set((eb) => ({ session_version: eb('session_version', '+', 1), updated_at: iso(now) }))
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Replaces a user's password hash and ends their existing sessions, in one
 * statement. lib/users mutations only. Returns false if no such user.
 */
export async function setUserPassword(db: Db, id: number, passwordHash: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set((eb) => ({ password_hash: passwordHash, session_version: eb('session_version', '+', 1), updated_at: iso(now) }))
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Sets the admin language of a person (null: follow the browser). Their own
 * account only, through lib/users/mutations.ts (setOwnLocale). Returns false if no such user.
 */
export async function setUserLocale(db: Db, id: number, locale: Locale | null, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ locale, updated_at: iso(now) })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
