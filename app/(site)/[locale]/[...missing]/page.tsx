import { env } from '@/lib/env';
import { isLocale } from '@/lib/i18n/locales';
import { ServerNotFound } from '@/lib/workarounds/server-not-found';

/**
 * Any other path under a language prefix (`/zh/no-such-page`), or under no
 * language at all (`/no/such/page`): the 404 in the URL's language, with the
 * site's header and footer, in the server HTML. Prerendered on demand like the
 * other public pages so that ServerNotFound can answer 404 (it needs a
 * prerender); the page cache never stores a 404 (lib/cache/miss.mjs).
 */
export function generateStaticParams() {
  return [];
}

export default async function MissingPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return <ServerNotFound locale={isLocale(locale) ? locale : env.defaultLocale} />;
}
