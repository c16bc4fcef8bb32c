import 'server-only';
import { db } from '@/lib/db/ready';
import { consumeInviteByEmail } from '@/lib/sql/invites';
import { createUser } from '@/lib/sql/users';

/**
 * First GitHub sign-in of an invited person: turns their pending invite into
 * an account (without a password), atomically. False when nobody invited
 * that email. For the GitHub sign-in callback only.
 */
export async function acceptInviteByEmail(email: string, name: string): Promise<boolean> {
  return (await db()).transaction().execute(async (trx) => {
    const invite = await consumeInviteByEmail(trx, email, new Date());
    if (!invite) return false;
    await createUser(trx, { email, name: name.slice(0, 120), role: invite.role, now: new Date() });
    return true;
  });
}
