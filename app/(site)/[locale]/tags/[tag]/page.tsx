import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { RecapGrid } from '@/components/recaps/recap-card';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { isLocale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { otherScriptLang } from '@/lib/i18n/text-lang';
import { getTag } from '@/lib/recaps/public-reads';
import { decodeSegment } from '@/lib/routing/segment';
import { pageMetadata } from '@/lib/seo';
import { ServerNotFound } from '@/lib/workarounds/server-not-found';

interface Props {
  params: Promise<{ locale: string; tag: string }>;
}

// A backstop: a publish expires exactly the pages it changes (lib/recaps/after-public-change.ts),
// but a render already under way when it lands could cache the old text; at most an hour.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

/** The tag page in the page's language: each event once (lib/recaps/public-reads.ts getTag). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tag: segment } = await params;
  if (!isLocale(locale)) return {};
  const [t, tag] = await Promise.all([getTranslations({ locale, namespace: 'tags' }), getTag(decodeSegment(segment), undefined, locale)]);
  if (!tag) return { title: t('notFound'), robots: { index: false } };
  return pageMetadata({
    inEveryLanguage: true,
    locale,
    title: `#${tag.label}`,
    description: t('tagDescription', { count: tag.recapCount, tag: tag.label }),
    path: localePath(locale, `/tags/${encodeURIComponent(tag.slug)}`),
  });
}

export default async function TagPage({ params }: Props) {
  const { locale, tag: segment } = await params;
  const tag = isLocale(locale) ? await getTag(decodeSegment(segment), undefined, locale) : null;
  if (!tag || !isLocale(locale)) return <ServerNotFound locale={isLocale(locale) ? locale : undefined} />;
  // A topic is written as its authors wrote it: "kubernetes" on a Chinese page is marked as English.
  const lang = otherScriptLang(tag.label, locale);
  const [t, tr] = await Promise.all([getTranslations({ locale, namespace: 'tags' }), getTranslations({ locale, namespace: 'recaps' })]);
  return (
    <>
      <PageHeader title={`#${tag.label}`} titleLang={lang}>
        <p>
          {t.rich('tagSummary', { count: tag.recapCount, tag: tag.label, topic: (chunks) => <span lang={lang}>{chunks}</span> })}{' '}
          <Link href={localePath(locale, '/tags')} className="underline">
            {t('allTopics')}
          </Link>
        </p>
      </PageHeader>
      <RecapGrid locale={locale} recaps={tag.recaps.items} />
      {/* The page is cached as one path; its later pages are the recap list filtered by the tag, rendered per request. */}
      <Pager
        locale={locale}
        page={1}
        pageCount={tag.recaps.pageCount}
        href={(n) => localePath(locale, `/recaps?tag=${encodeURIComponent(tag.slug)}&page=${n}`)}
        previousLabel={tr('newer')}
        nextLabel={tr('older')}
      />
    </>
  );
}
