import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { listTags } from '@/lib/recaps/queries';
import { pageMetadata } from '@/lib/seo';

// Rendered per request so canonical URLs follow SITE_URL at run time, not at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = pageMetadata({ title: 'Topics', description: 'Browse meetup recaps by topic.', path: '/tags' });

export default async function TagsPage() {
  const tags = await listTags();
  return (
    <>
      <PageHeader title="Topics" />
      <ul className="flex flex-wrap gap-2">
        {tags.map((t) => (
          <li key={t.slug}>
            <Link href={`/tags/${encodeURIComponent(t.slug)}`} className="chip">
              #{t.label} <span className="ml-1 text-xs opacity-70">{t.recaps.length}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
