import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { Pager } from '@/components/ui/pager';
import { requireOrganizer } from '@/lib/auth/guards';
import { listAdminSpeakers } from '@/lib/speakers/admin-queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await getAdminLocale(), namespace: 'speakerRegistry' }))('title') };
}

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

/** Every speaker page, searchable by any name, 50 a page; each leads to its person's names, merge and split. */
export default async function AdminSpeakersPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = first(params.q).slice(0, 100);
  await requireOrganizer(`/admin/speakers${q ? `?q=${encodeURIComponent(q)}` : ''}`);
  const locale = await getAdminLocale();
  const t = await getTranslations({ locale, namespace: 'speakerRegistry' });
  const list = await listAdminSpeakers(q, Number(first(params.page)) || 1);
  const source = (s: 'file' | 'db' | null) => (s === 'file' ? t('sourceFile') : s === 'db' ? t('sourceDb') : t('sourceNone'));
  return (
    <>
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">{t('title')}</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t('intro')}</p>
      <form role="search" method="get" className="mt-4 flex gap-2">
        <label htmlFor="speaker-search" className="sr-only">
          {t('searchLabel')}
        </label>
        <input
          id="speaker-search"
          name="q"
          type="search"
          defaultValue={q}
          className="w-72 rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
        <button type="submit" className="rounded-md border border-zinc-300 px-3 py-2 text-sm font-semibold dark:border-zinc-700">
          {t('search')}
        </button>
      </form>
      <p className="mt-4 text-sm">{t('total', { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">{t('empty')}</p>
      ) : (
        <table className="mt-4 w-full text-left text-sm">
          <caption className="sr-only">{t('title')}</caption>
          <thead className="border-b border-zinc-200 dark:border-zinc-800">
            <tr>
              <th scope="col" className="py-2">
                {t('colName')}
              </th>
              <th scope="col">{t('colSlug')}</th>
              <th scope="col">{t('colTalks')}</th>
              <th scope="col">{t('colSource')}</th>
            </tr>
          </thead>
          <tbody>
            {list.rows.map((s) => (
              <tr key={s.slug} className="border-b border-zinc-100 dark:border-zinc-900" data-testid="speaker-row">
                <td className="py-2 font-medium">
                  <Link href={`/admin/speakers/${encodeURIComponent(s.slug)}`} className="hover:underline">
                    {[s.nameEn, s.nameZh].filter(Boolean).join(' / ') || s.name}
                  </Link>
                </td>
                <td className="font-mono text-xs">{s.slug}</td>
                <td>{s.talkCount}</td>
                <td>{source(s.source)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        locale={locale}
        page={list.page}
        pageCount={list.pageCount}
        previousLabel={t('previous')}
        nextLabel={t('next')}
        href={(n) => `/admin/speakers?${new URLSearchParams({ ...(q ? { q } : {}), ...(n > 1 ? { page: String(n) } : {}) })}`}
      />
    </>
  );
}
