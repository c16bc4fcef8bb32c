import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { stateKey, StatusBadge } from '@/components/admin/status-badge';
import { formatAdminDateTime } from '@/lib/i18n/admin-format';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import type { Locale } from '@/lib/i18n/locales';
import { requireOrganizer } from '@/lib/auth/guards';
import { listAdminRecaps, type AdminRecapRow } from '@/lib/recaps/admin-queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await getAdminLocale(), namespace: 'admin' }))('list.title') };
}

const STATUSES = ['draft', 'scheduled', 'published'] as const;

interface Props {
  searchParams: Promise<{ status?: string; q?: string; page?: string }>;
}

export default async function AdminHome({ searchParams }: Props) {
  await requireOrganizer('/admin');
  const params = await searchParams;
  const status = STATUSES.find((s) => s === params.status);
  const q = params.q?.slice(0, 200) ?? '';
  const page = Number.parseInt(params.page ?? '1', 10);
  const locale = await getAdminLocale();
  const t = await getTranslations({ locale, namespace: 'admin.list' });
  const list = await listAdminRecaps({ status, q, page: Number.isFinite(page) ? page : 1 });
  const href = (s?: string, p?: number) =>
    `/admin?${new URLSearchParams({ ...(s ? { status: s } : {}), ...(q ? { q } : {}), ...(p && p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">{t('title')}</h1>
        <Link href="/admin/recaps/new" className="ml-auto rounded-md bg-teal-700 px-4 py-2 text-sm font-semibold text-white hover:bg-teal-800">
          {t('newRecap')}
        </Link>
      </div>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <nav aria-label={t('statusNav')} className="flex gap-2 text-sm">
          {[undefined, ...STATUSES].map((s) => (
            <Link
              key={t(`filter.${s ?? 'all'}`)}
              href={href(s)}
              aria-current={status === s ? 'page' : undefined}
              className="chip aria-[current]:border-teal-600 aria-[current]:font-semibold"
            >
              {t(`filter.${s ?? 'all'}`)}
            </Link>
          ))}
        </nav>
        <form method="get" action="/admin" role="search" className="ml-auto flex gap-2">
          {status && <input type="hidden" name="status" value={status} />}
          <label htmlFor="admin-q" className="sr-only">
            {t('searchLabel')}
          </label>
          <input
            id="admin-q"
            name="q"
            type="search"
            defaultValue={q}
            placeholder={t('searchLabel')}
            className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          />
          <button type="submit" className="btn-link text-sm">
            {t('search')}
          </button>
        </form>
      </div>
      <RecapTable caption={t('dbCaption')} rows={list.rows} locale={locale} />
      {list.pageCount > 1 && (
        <nav aria-label={t('pagesNav')} className="mt-4 flex items-center gap-4 text-sm">
          {list.page > 1 && (
            <Link href={href(status, list.page - 1)} rel="prev" className="btn-link">
              {t('newer')}
            </Link>
          )}
          <span>{t('pageOf', { page: list.page, pageCount: list.pageCount, total: list.total })}</span>
          {list.page < list.pageCount && (
            <Link href={href(status, list.page + 1)} rel="next" className="btn-link">
              {t('older')}
            </Link>
          )}
        </nav>
      )}
      {list.files.length > 0 && (
        <>
          <h2 className="mt-8 mb-2 text-lg font-semibold text-zinc-900 dark:text-zinc-50">{t('gitManaged')}</h2>
          <RecapTable caption={t('gitCaption')} rows={list.files} locale={locale} />
        </>
      )}
      {list.rows.length === 0 && list.files.length === 0 && <p className="py-8 text-center text-sm">{t('noMatch')}</p>}
    </>
  );
}

/** One table of the admin list; rows link to the editor, or to the read-only page of a git-managed recap. */
async function RecapTable({ caption, rows, locale }: { caption: string; rows: AdminRecapRow[]; locale: Locale }) {
  if (rows.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'admin' });
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-zinc-200 dark:border-zinc-800">
        <tr>
          <th scope="col" className="py-2">
            {t('list.colTitle')}
          </th>
          <th scope="col">{t('list.colStatus')}</th>
          <th scope="col">{t('list.colEdited')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-zinc-100 dark:border-zinc-900" data-testid="admin-recap-row">
            <td className="py-2">
              <Link href={r.source === 'db' ? `/admin/recaps/${r.id}` : `/admin/files/${r.slug}`} className="font-medium hover:underline">
                {r.title}
              </Link>
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                /{r.slug}
                {r.source === 'file' && ` · ${t('list.gitReadOnly')}`}
              </span>
            </td>
            <td>
              <StatusBadge status={r.status} label={t(`status.${stateKey(r.status, r.unpublishedChanges)}`)} />
              {r.scheduledAt && <span className="block text-xs">{formatAdminDateTime(r.scheduledAt, locale)}</span>}
              {/* Why a due recap is still scheduled, or why its live page is served from its last good version. */}
              {r.status === 'scheduled' && r.publishProblem && (
                <span className="mt-1 block max-w-md text-xs text-amber-800 dark:text-amber-300" data-testid="recap-problem">
                  {r.publishProblem}
                </span>
              )}
              {r.liveProblem && (
                <span className="mt-1 block max-w-md text-xs text-amber-800 dark:text-amber-300" data-testid="recap-problem">
                  {r.liveProblem}
                </span>
              )}
            </td>
            <td className="text-xs">
              {r.updatedByName} · <time dateTime={r.updatedAt}>{formatAdminDateTime(r.updatedAt, locale)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
