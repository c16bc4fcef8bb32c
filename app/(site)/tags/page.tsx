import type { Metadata } from 'next';
import { TagList } from '@/components/recaps/tag-list';
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
      <TagList tags={tags} />
    </>
  );
}
