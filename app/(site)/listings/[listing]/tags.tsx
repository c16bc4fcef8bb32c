import type { Metadata } from 'next';
import { TagList } from '@/components/recaps/tag-list';
import { PageHeader } from '@/components/ui/page-header';
import { listTags } from '@/lib/recaps/queries';
import { pageMetadata } from '@/lib/seo';

export const tagsMetadata = (): Metadata => pageMetadata({ title: 'Topics', description: 'Browse meetup recaps by topic.', path: '/tags' });

export async function TagsListing() {
  const tags = await listTags();
  return (
    <>
      <PageHeader title="Topics" />
      <TagList tags={tags} />
    </>
  );
}
