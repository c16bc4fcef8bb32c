import type { Metadata } from 'next';
import { RECAPS_DESCRIPTION, RecapList } from '@/components/recaps/recap-list';
import type { Locale } from '@/lib/i18n/locales';
import { listRecaps } from '@/lib/recaps/public-reads';
import { pageMetadata } from '@/lib/seo';

export const recapsMetadata = (): Metadata => pageMetadata({ title: 'All recaps', description: RECAPS_DESCRIPTION, path: '/recaps' });

/** `/recaps` without filters: the first page of every recap. */
export async function RecapsListing({ locale }: { locale: Locale }) {
  return <RecapList filter={{}} result={await listRecaps({}, locale)} locale={locale} />;
}
