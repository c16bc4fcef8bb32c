import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { formatAdminDateTime } from '@/lib/i18n/admin-format';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { RevisionDiff } from '@/components/admin/revision-diff';
import { RestoreButton } from '@/components/admin/restore-button';
import { requireOrganizer } from '@/lib/auth/guards';
import { getEditorRecap, listRecapRevisions } from '@/lib/recaps/admin-queries';
import { restoreRevisionAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await getAdminLocale(), namespace: 'editor.history' }))('meta') };
}

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ rev?: string }>;
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  await requireOrganizer(`/admin/recaps/${raw}/history`);
  const id = Number(raw);
  const recap = Number.isInteger(id) && id > 0 ? await getEditorRecap(id) : null;
  if (!recap) notFound();
  const { revisions, liveRevisionId } = await listRecapRevisions(id);
  const { rev } = await searchParams;
  const locale = await getAdminLocale();
  // For the server components below that translate with useTranslations (RevisionDiff).
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'editor.history' });
  const selected = revisions.find((r) => String(r.id) === rev) ?? revisions[0];
  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/recaps/${id}`} className="underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-zinc-900 dark:text-zinc-50">{t('title', { title: recap.fields.title || recap.slug })}</h1>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{recap.status === 'published' ? t('introPublished') : t('intro')}</p>
      {recap.status === 'published' && liveRevisionId === null && <p className="mt-2 text-sm">{t('noLiveRevision')}</p>}
      <div className="mt-6 grid gap-6 lg:grid-cols-[18rem_1fr]">
        <ol className="space-y-1 text-sm" aria-label={t('revisions')} data-testid="revisions">
          {revisions.map((r) => (
            <li key={r.id}>
              <Link
                href={`/admin/recaps/${id}/history?rev=${r.id}`}
                aria-current={r.id === selected?.id ? 'true' : undefined}
                className="block rounded px-2 py-1 hover:bg-zinc-100 aria-[current]:bg-teal-50 aria-[current]:font-semibold dark:hover:bg-zinc-800 dark:aria-[current]:bg-teal-950"
              >
                v{r.version} · {r.authorName ?? t('someone')} · <time dateTime={r.updatedAt}>{formatAdminDateTime(r.updatedAt, locale)}</time>
                {r.id === liveRevisionId && (
                  <span
                    className="ml-1 rounded-full bg-emerald-100 px-2 text-xs font-medium text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100"
                    data-testid="live-revision"
                  >
                    {t('livePage')}
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ol>
        {selected && (
          <section aria-labelledby="diff-title" className="min-w-0">
            <div className="flex flex-wrap items-center gap-4">
              <h2 id="diff-title" className="font-semibold">
                {t('diffTitle', { version: selected.version, current: recap.version })}
              </h2>
              <RestoreButton action={restoreRevisionAction.bind(null, id, selected.id)} baseVersion={recap.version} />
            </div>
            {selected.id === liveRevisionId && <p className="mt-2 text-sm">{t('isLive')}</p>}
            <RevisionDiff
              revision={selected.body}
              current={recap.body}
              version={selected.version}
              downloads={{ revision: `/admin/recaps/${id}/history/download?rev=${selected.id}`, current: `/admin/recaps/${id}/history/download?rev=current` }}
            />
          </section>
        )}
      </div>
    </>
  );
}
