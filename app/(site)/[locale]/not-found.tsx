import { getLocale } from 'next-intl/server';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { env } from '@/lib/env';
import { isLocale } from '@/lib/i18n/locales';

/**
 * A not-found boundary receives no params: the locale is the one its layout
 * set from the URL (`setRequestLocale` in app/(site)/[locale]/layout.tsx),
 * which next-intl returns without reading a request header.
 */
export default async function NotFound() {
  const locale = await getLocale();
  return <NotFoundContent locale={isLocale(locale) ? locale : env.defaultLocale} />;
}
