import type { Metadata } from 'next';
import { TagList } from '@/components/recaps/tag-list';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { listTags } from '@/lib/recaps/public-reads';
import { pageMetadata } from '@/lib/seo';

export const tagsMetadata = (page = 1): Metadata =>
  pageMetadata({ title: page > 1 ? `Topics, page ${page}` : 'Topics', description: 'Browse meetup recaps by topic.', path: '/tags', noindex: page > 1 });

/** `/tags` (page 1, cached through the listing route) and `/tags?page=n` (app/(site)/tags/page.tsx): most used first. */
export async function TagsListing({ page }: { page?: number } = {}) {
  const tags = await listTags(page);
  return (
    <>
      <PageHeader title="Topics" />
      <TagList tags={tags.items} />
      <Pager page={tags.page} pageCount={tags.pageCount} href={(n) => (n > 1 ? `/tags?page=${n}` : '/tags')} />
    </>
  );
}
