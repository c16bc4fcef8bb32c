import type { Metadata } from 'next';
import { InviteForm } from '@/components/admin/invite-form';
import { ActiveToggle } from '@/components/admin/active-toggle';
import { requireAdmin } from '@/lib/auth/guards';
import { formatDate } from '@/lib/format';
import { listInvites, listPeople } from '@/lib/users/queries';
import { inviteAction, revokeInviteAction, setActiveAction } from './actions';

export const metadata: Metadata = { title: 'People' };

/** "8 December 2026, 10:00 UTC": the server renders it, so it is said in UTC rather than guessed. */
const expiry = (iso: string) => `${formatDate(iso)}, ${iso.slice(11, 16)} UTC`;

export default async function UsersPage() {
  const admin = await requireAdmin('/admin/users');
  const [people, invites] = await Promise.all([listPeople(), listInvites()]);
  return (
    <>
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">People</h1>
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-10">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">People with an account</caption>
            <thead className="border-b border-zinc-200 dark:border-zinc-800">
              <tr>
                <th scope="col" className="py-2">
                  Name
                </th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id} className="border-b border-zinc-100 dark:border-zinc-900" data-testid="person-row">
                  <td className="py-2 font-medium">{p.name}</td>
                  <td>{p.email}</td>
                  <td>{p.role}</td>
                  <td>
                    {p.active ? 'active' : 'deactivated'}
                    {p.id !== admin.id && (
                      <ActiveToggle
                        action={setActiveAction.bind(null, p.id, !p.active)}
                        label={`${p.active ? 'Deactivate' : 'Reactivate'} ${p.name}`}
                        text={p.active ? 'Deactivate' : 'Reactivate'}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <section aria-labelledby="pending-invites-title">
            <h2 id="pending-invites-title" className="font-semibold">
              Pending invites
            </h2>
            {invites.length === 0 ? (
              <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">No invite is waiting to be accepted.</p>
            ) : (
              <>
                <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                  A link is shown only once, when it is created. If one was lost, revoke it and invite the person again.
                </p>
                <table className="mt-3 w-full text-left text-sm">
                  <thead className="border-b border-zinc-200 dark:border-zinc-800">
                    <tr>
                      <th scope="col" className="py-2">
                        Email
                      </th>
                      <th scope="col">Role</th>
                      <th scope="col">Expires</th>
                      <th scope="col">
                        <span className="sr-only">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {invites.map((invite) => (
                      <tr key={invite.id} className="border-b border-zinc-100 dark:border-zinc-900" data-testid="invite-row">
                        <td className="py-2 font-medium">{invite.email}</td>
                        <td>{invite.role}</td>
                        <td>
                          <time dateTime={invite.expiresAt}>{expiry(invite.expiresAt)}</time>
                        </td>
                        <td className="text-right">
                          <ActiveToggle action={revokeInviteAction.bind(null, invite.id)} label={`Revoke the invite for ${invite.email}`} text="Revoke" />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </section>
        </div>
        <section aria-labelledby="invite-title" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          <h2 id="invite-title" className="font-semibold">
            Invite an organizer
          </h2>
          <InviteForm action={inviteAction} />
        </section>
      </div>
    </>
  );
}
