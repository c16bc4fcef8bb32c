import 'server-only';
import { db } from '@/lib/db/ready';
import { getPendingInvite, listPendingInvites } from '@/lib/sql/invites';
import { countUsers, listUsers } from '@/lib/sql/users';

/** True while nobody has an account: the only time /setup works. */
export async function needsSetup(): Promise<boolean> {
  return (await countUsers(await db())) === 0;
}

/** Everyone with an account, for the admin's people page. Admins only. */
export async function listPeople() {
  return listUsers(await db());
}

/** Invites not yet used, with their expiry, for the admin's people page. Admins only. */
export async function listInvites() {
  return listPendingInvites(await db(), new Date());
}

/** The invite behind a link, if it is still valid. */
export async function getInvite(token: string) {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  return getPendingInvite(await db(), token, new Date());
}
