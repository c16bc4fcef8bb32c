import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SetupForm } from '@/components/admin/setup-form';
import { needsSetup } from '@/lib/users/queries';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { getTranslations } from 'next-intl/server';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { setupAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await getAdminLocale(), namespace: 'auth.setup' }))('meta') };
}
export const dynamic = 'force-dynamic';

export default async function SetupPage() {
  if (!(await needsSetup())) redirect('/signin');
  const t = await getTranslations({ locale: await getAdminLocale(), namespace: 'auth.setup' });
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">{t('title')}</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t('intro')}</p>
      <SetupForm action={setupAction} minLength={MIN_PASSWORD_LENGTH} />
    </main>
  );
}
