import type { Metadata } from 'next';
import Link from 'next/link';
import { AcceptInviteForm } from '@/components/admin/accept-invite-form';
import { getInvite } from '@/lib/users/queries';
import { acceptInviteAction } from './actions';

export const metadata: Metadata = { title: 'Accept invite' };
export const dynamic = 'force-dynamic';

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await getInvite(token);
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">Join as {invite?.role === 'admin' ? 'an admin' : 'an organizer'}</h1>
      {invite ? (
        <>
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
            You were invited as <strong>{invite.email}</strong>. Choose your name and a password.
          </p>
          <AcceptInviteForm action={acceptInviteAction.bind(null, token)} />
        </>
      ) : (
        <p className="mt-4 text-sm">
          This invite link has expired or was already used. Ask an admin for a new one, or{' '}
          <Link className="underline" href="/signin">
            sign in
          </Link>
          .
        </p>
      )}
    </main>
  );
}
