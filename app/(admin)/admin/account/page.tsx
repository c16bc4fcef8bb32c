import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/admin/change-password-form';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { requireOrganizer } from '@/lib/auth/guards';
import { changePasswordAction } from './actions';

export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage() {
  const user = await requireOrganizer('/admin/account');
  return (
    <div className="max-w-md">
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">Account</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-zinc-600 dark:text-zinc-400">Name</dt>
        <dd>{user.name}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Email</dt>
        <dd>{user.email}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Role</dt>
        <dd>{user.role}</dd>
      </dl>
      <h2 className="mt-8 text-lg font-semibold text-zinc-900 dark:text-zinc-50">Change password</h2>
      {user.passwordHash ? (
        <>
          <p id="change-password-note" className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            Changing your password signs you out everywhere, on every device and in this browser too. Then sign in again with the new one.
          </p>
          <ChangePasswordForm action={changePasswordAction} email={user.email} minLength={MIN_PASSWORD_LENGTH} />
        </>
      ) : (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">You sign in with GitHub, so this account has no password to change.</p>
      )}
    </div>
  );
}
