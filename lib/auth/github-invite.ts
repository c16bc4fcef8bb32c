import 'server-only';
import { db } from '@/lib/db/ready';
import { createUser } from '@/lib/store/users';

/**
 * First GitHub sign-in of an invited person: turns their pending invite into
 * an account (without a password), atomically. False when nobody invited
 * that email. For the GitHub sign-in callback only.
 */
export async function acceptInviteByEmail(email: string, name: string): Promise<boolean> {
  const database = await db();
  const now = new Date().toISOString();
  return database.transaction().execute(async (trx) => {
    const invite = await trx
      .updateTable('invites')
      .set({ used_at: now })
      .where('email', '=', email.trim().toLowerCase())
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning(['id', 'role'])
      .executeTakeFirst();
    if (!invite) return false;
    await createUser(trx, { email, name: name.slice(0, 120), role: invite.role, now: new Date() });
    return true;
  });
}
