import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TagList } from '@/components/recaps/tag-list';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { listTags } from '@/lib/recaps/public-reads';
import { pageMetadata } from '@/lib/seo';

export async function tagsMetadata(locale: Locale, page = 1): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'tags' });
  return pageMetadata({
    inEveryLanguage: true,
    locale,
    title: page > 1 ? t('metaTitlePage', { page }) : t('metaTitle'),
    description: t('metaDescription'),
    path: localePath(locale, '/tags'),
    noindex: page > 1,
  });
}

/** `/tags` (page 1, cached through the listing route) and `/tags?page=n` (app/(site)/[locale]/tags/page.tsx): most used first. */
export async function TagsListing({ locale, page }: { locale: Locale; page?: number }) {
  const [t, tags] = await Promise.all([getTranslations({ locale, namespace: 'tags' }), listTags(page)]);
  const listPath = localePath(locale, '/tags');
  return (
    <>
      <PageHeader title={t('title')} />
      <TagList locale={locale} tags={tags.items} />
      <Pager locale={locale} page={tags.page} pageCount={tags.pageCount} href={(n) => (n > 1 ? `${listPath}?page=${n}` : listPath)} />
    </>
  );
}
