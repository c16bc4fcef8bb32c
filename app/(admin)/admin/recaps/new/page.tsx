import type { Metadata } from 'next';
import { NewRecapForm } from '@/components/admin/new-recap-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { getTranslations } from 'next-intl/server';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { createRecapAction } from '../../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await getAdminLocale(), namespace: 'editor.newRecap' }))('meta') };
}

export default async function NewRecapPage() {
  await requireOrganizer('/admin/recaps/new');
  const t = await getTranslations({ locale: await getAdminLocale(), namespace: 'editor.newRecap' });
  return (
    <div className="max-w-lg">
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">{t('title')}</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t('intro')}</p>
      <NewRecapForm action={createRecapAction} />
    </div>
  );
}
