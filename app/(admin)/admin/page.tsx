import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/admin/status-badge';
import { requireOrganizer } from '@/lib/auth/guards';
import { listAdminRecaps, type AdminRecapRow } from '@/lib/recaps/admin-queries';

export const metadata: Metadata = { title: 'Recaps' };

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
  const list = await listAdminRecaps({ status, q, page: Number.isFinite(page) ? page : 1 });
  const href = (s?: string, p?: number) =>
    `/admin?${new URLSearchParams({ ...(s ? { status: s } : {}), ...(q ? { q } : {}), ...(p && p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">Recaps</h1>
        <Link href="/admin/recaps/new" className="ml-auto rounded-md bg-teal-700 px-4 py-2 text-sm font-semibold text-white hover:bg-teal-800">
          New recap
        </Link>
      </div>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <nav aria-label="Status" className="flex gap-2 text-sm">
          {[undefined, ...STATUSES].map((s) => (
            <Link
              key={s ?? 'all'}
              href={href(s)}
              aria-current={status === s ? 'page' : undefined}
              className="chip aria-[current]:border-teal-600 aria-[current]:font-semibold"
            >
              {s ?? 'all'}
            </Link>
          ))}
        </nav>
        <form method="get" action="/admin" role="search" className="ml-auto flex gap-2">
          {status && <input type="hidden" name="status" value={status} />}
          <label htmlFor="admin-q" className="sr-only">
            Search by title
          </label>
          <input
            id="admin-q"
            name="q"
            type="search"
            defaultValue={q}
            placeholder="Search by title"
            className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          />
          <button type="submit" className="btn-link text-sm">
            Search
          </button>
        </form>
      </div>
      <RecapTable caption="Recaps in the database" rows={list.rows} />
      {list.pageCount > 1 && (
        <nav aria-label="Pages" className="mt-4 flex items-center gap-4 text-sm">
          {list.page > 1 && (
            <Link href={href(status, list.page - 1)} rel="prev" className="btn-link">
              ← Newer
            </Link>
          )}
          <span>
            Page {list.page} of {list.pageCount} ({list.total} recaps)
          </span>
          {list.page < list.pageCount && (
            <Link href={href(status, list.page + 1)} rel="next" className="btn-link">
              Older →
            </Link>
          )}
        </nav>
      )}
      {list.files.length > 0 && (
        <>
          <h2 className="mt-8 mb-2 text-lg font-semibold text-zinc-900 dark:text-zinc-50">Git-managed</h2>
          <RecapTable caption="Git-managed recaps (read-only)" rows={list.files} />
        </>
      )}
      {list.rows.length === 0 && list.files.length === 0 && <p className="py-8 text-center text-sm">No recap matches.</p>}
    </>
  );
}

/** One table of the admin list; rows link to the editor, or to the read-only page of a git-managed recap. */
function RecapTable({ caption, rows }: { caption: string; rows: AdminRecapRow[] }) {
  if (rows.length === 0) return null;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="border-b border-zinc-200 dark:border-zinc-800">
        <tr>
          <th scope="col" className="py-2">
            Title
          </th>
          <th scope="col">Status</th>
          <th scope="col">Last edited</th>
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
                {r.source === 'file' && ' · git-managed, read-only'}
              </span>
            </td>
            <td>
              <StatusBadge status={r.status} unpublishedChanges={r.unpublishedChanges} />
              {r.scheduledAt && <span className="block text-xs">{new Date(r.scheduledAt).toUTCString()}</span>}
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
              {r.updatedByName} · <time dateTime={r.updatedAt}>{r.updatedAt.slice(0, 16).replace('T', ' ')}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
