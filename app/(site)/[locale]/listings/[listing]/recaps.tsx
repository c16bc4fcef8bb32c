import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RecapList } from '@/components/recaps/recap-list';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { listRecaps } from '@/lib/recaps/public-reads';
import { pageMetadata } from '@/lib/seo';

export async function recapsMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'recaps' });
  return pageMetadata({ inEveryLanguage: true, locale, title: t('heading.all'), description: t('metaDescription'), path: localePath(locale, '/recaps') });
}

/** `/recaps` without filters: the first page of every recap. */
export async function RecapsListing({ locale }: { locale: Locale }) {
  return <RecapList locale={locale} filter={{}} result={await listRecaps({}, locale)} />;
}
