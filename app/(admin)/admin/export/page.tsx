import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireAdmin } from '@/lib/auth/guards';
import { getAdminLocale } from '@/lib/i18n/admin-locale';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await getAdminLocale(), namespace: 'admin.export' }))('title') };
}

const CONTENTS = ['recaps', 'drafts', 'speakers', 'media', 'public', 'manifest'] as const;

/** Where an admin downloads everything the site holds (app/api/admin/export/route.ts). */
export default async function ExportPage() {
  await requireAdmin('/admin/export');
  const t = await getTranslations({ locale: await getAdminLocale(), namespace: 'admin.export' });
  return (
    <div className="max-w-3xl">
      <h1 className="mb-4 text-2xl font-bold text-zinc-900 dark:text-zinc-50">{t('title')}</h1>
      <p className="mb-4 text-zinc-700 dark:text-zinc-300">{t('intro')}</p>
      <ul className="mb-6 list-disc space-y-1 pl-6 text-sm text-zinc-700 dark:text-zinc-300">
        {CONTENTS.map((item) => (
          <li key={item}>{t(`contents.${item}`)}</li>
        ))}
      </ul>
      {/* A plain link: the browser downloads the stream itself, no script holds the archive. */}
      <a href="/api/admin/export" download className="rounded-md bg-teal-700 px-4 py-2 text-sm font-semibold text-white hover:bg-teal-800">
        {t('download')}
      </a>
      <p className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">{t('cli')}</p>
    </div>
  );
}
