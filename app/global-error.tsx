'use client';

import './globals.css';
import { useParams } from 'next/navigation';
import { ErrorContent } from '@/components/layout/error-content';
import { HTML_LANG, isLocale } from '@/lib/i18n/locales.mjs';

/** Last resort when a root layout itself fails: in the URL's language when it has one (`/zh/…`), else English. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params?.locale) ? params.locale : 'en';
  return (
    <html lang={HTML_LANG[locale]}>
      <body>
        <main className="mx-auto max-w-3xl px-4">
          <ErrorContent digest={error.digest} locale={locale} />
        </main>
      </body>
    </html>
  );
}
