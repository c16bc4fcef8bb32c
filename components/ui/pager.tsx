import Link from 'next/link';

/** "← Newer · Page 2 of 9 · Older →" for a paged list; nothing when there is one page. */
export function Pager({ page, pageCount, href, previousLabel = '← Previous', nextLabel = 'Next →' }: { page: number; pageCount: number; href: (page: number) => string; previousLabel?: string; nextLabel?: string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-10 flex items-center justify-center gap-4">
      {page > 1 && (
        <Link rel="prev" className="btn-link" href={href(page - 1)}>
          {previousLabel}
        </Link>
      )}
      <span className="text-sm">
        Page {page} of {pageCount}
      </span>
      {page < pageCount && (
        <Link rel="next" className="btn-link" href={href(page + 1)}>
          {nextLabel}
        </Link>
      )}
    </nav>
  );
}
