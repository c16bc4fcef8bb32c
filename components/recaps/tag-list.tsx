import Link from 'next/link';
import type { TagSummary } from '@/lib/recaps/public-reads';

/** Topics as chips with their recap counts. */
export function TagList({ tags }: { tags: TagSummary[] }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {tags.map((t) => (
        <li key={t.slug}>
          <Link href={`/tags/${encodeURIComponent(t.slug)}`} className="chip">
            #{t.label} <span className="ml-1 text-xs opacity-70">{t.recapCount}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
