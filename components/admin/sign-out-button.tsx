'use client';

import { useTranslations } from 'next-intl';
import { signOut } from 'next-auth/react';

export function SignOutButton() {
  const t = useTranslations('admin.nav');
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: '/signin' })}
      className="rounded border border-zinc-300 px-2 py-1 hover:border-teal-600 dark:border-zinc-700"
    >
      {t('signOut')}
    </button>
  );
}
