import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ImportForm } from '@/components/admin/import-form';
import { ImportedDrafts, outcomeWords } from '@/components/admin/imported-drafts';
import { requireOrganizer } from '@/lib/auth/guards';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { listImportedDrafts } from '@/lib/import/admin';
import { getLatestImportJobView } from '@/lib/import/jobs';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await getAdminLocale(), namespace: 'admin.import' }))('meta') };
}

/** Import a site from a .zip; imported recaps still in draft are listed as needing review, with their reports. */
export default async function ImportPage() {
  const user = await requireOrganizer('/admin/import');
  const locale = await getAdminLocale();
  const t = await getTranslations({ locale, namespace: 'admin.import' });
  const [drafts, latestJob] = await Promise.all([listImportedDrafts(), getLatestImportJobView(user)]);
  return (
    <>
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">{t('title')}</h1>
      <div className="mt-6 space-y-10">
        <ImportForm initialJob={latestJob} outcomes={outcomeWords(locale)} />
        <section aria-labelledby="needs-review-title">
          <h2 id="needs-review-title" className="font-semibold">
            {t('needsReview')}
          </h2>
          {drafts.length === 0 ? (
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t('noneToReview')}</p>
          ) : (
            <ImportedDrafts drafts={drafts} locale={locale} />
          )}
        </section>
      </div>
    </>
  );
}
