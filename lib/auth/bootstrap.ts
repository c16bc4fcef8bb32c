import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { countUsers, createUser } from '@/lib/sql/users';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password';

/** Creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD when the database has no user. */
export async function bootstrapAdmin(db: Kysely<Database>): Promise<void> {
  const email = env.adminEmail;
  const password = env.adminPassword;
  if (!email || !password) return;
  if ((await countUsers(db)) > 0) return;
  if (password.length < MIN_PASSWORD_LENGTH) {
    console.error(`[auth] ADMIN_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters; no admin created. Use /setup instead.`);
    return;
  }
  try {
    await createUser(db, { email, name: email.split('@')[0], role: 'admin', passwordHash: await hashPassword(password), now: new Date() });
    console.log(`[auth] created the first admin, ${email}`);
  } catch (error) {
    // Another instance created it first.
    if ((await countUsers(db)) === 0) throw error;
  }
}
