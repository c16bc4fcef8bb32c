import type { Metadata } from 'next';
import { InviteForm } from '@/components/admin/invite-form';
import { ActiveToggle } from '@/components/admin/active-toggle';
import { requirePageUser } from '@/lib/auth/session';
import { listPeople } from '@/lib/users/queries';
import { inviteAction, setActiveAction } from './actions';

export const metadata: Metadata = { title: 'People' };

export default async function UsersPage() {
  const admin = await requirePageUser('/admin/users', 'admin');
  const people = await listPeople();
  return (
    <>
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">People</h1>
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-zinc-200 dark:border-zinc-800">
            <tr><th scope="col" className="py-2">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Status</th></tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id} className="border-b border-zinc-100 dark:border-zinc-900" data-testid="person-row">
                <td className="py-2 font-medium">{p.name}</td>
                <td>{p.email}</td>
                <td>{p.role}</td>
                <td>
                  {p.active ? 'active' : 'deactivated'}
                  {p.id !== admin.id && <ActiveToggle action={setActiveAction.bind(null, p.id, !p.active)} label={`${p.active ? 'Deactivate' : 'Reactivate'} ${p.name}`} text={p.active ? 'Deactivate' : 'Reactivate'} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <section aria-labelledby="invite-title" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          <h2 id="invite-title" className="font-semibold">Invite an organizer</h2>
          <InviteForm action={inviteAction} />
        </section>
      </div>
    </>
  );
}
