'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: '/signin' })}
      className="rounded border border-zinc-300 px-2 py-1 hover:border-teal-600 dark:border-zinc-700"
    >
      Sign out
    </button>
  );
}
