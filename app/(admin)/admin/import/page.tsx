import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ImportForm } from '@/components/admin/import-form';
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
        <ImportForm initialJob={latestJob} />
        <section aria-labelledby="needs-review-title">
          <h2 id="needs-review-title" className="font-semibold">
            {t('needsReview')}
          </h2>
          {drafts.length === 0 ? (
            <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t('noneToReview')}</p>
          ) : (
            <ul className="mt-2 space-y-4" data-testid="imported-drafts">
              {drafts.map((draft) => (
                <li key={draft.recapId}>
                  <Link href={`/admin/recaps/${draft.recapId}`} className="font-medium hover:underline">
                    {draft.title}
                  </Link>{' '}
                  <span className="text-sm text-zinc-600 dark:text-zinc-400">
                    {t('from', { file: draft.sourcePath, talks: draft.talks, items: draft.review.length })}
                  </span>
                  {draft.review.length > 0 && (
                    <details className="mt-1 text-sm">
                      <summary>{t('showItems', { items: draft.review.length })}</summary>
                      {/* The importer's report is in English, like content:check. */}
                      <ul lang="en" className="mt-1 list-disc pl-5">
                        {draft.review.map((item, i) => (
                          <li key={i}>
                            {t('line', { line: item.line })} {item.message}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
