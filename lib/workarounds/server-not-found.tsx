// Works around: a page that throws notFound() is answered with an empty
// <html id="__next_error__"> until hydration (vercel/next.js#62228, open).
// Relies on: Next answering 404 for a notFound() thrown inside <Suspense>
// while prerendering (static and ISR pages only).
// Guarded by: e2e/public.spec.ts ("… the 404 page is server-rendered").
import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { env } from '@/lib/env';
import type { Locale } from '@/lib/i18n/locales';

function ThrowNotFound(): never {
  notFound();
}

/**
 * What a page returns instead of calling `notFound()` itself, so that the 404 is
 * in the server HTML (readable with JavaScript off).
 *
 * Next.js does not server-render not-found.tsx when a page throws `notFound()`
 * (vercel/next.js#62228): the page is part of the HTML shell, React's server
 * renderer has no error boundaries, so the 404 answers an empty
 * `<html id="__next_error__">` and the UI only appears after hydration. Here the
 * helpful content is rendered normally, inside the layout, and `notFound()` is
 * thrown inside a Suspense boundary: the shell survives, the route is still
 * answered with 404 + noindex, and in the browser the nearest not-found.tsx takes
 * over (it renders the same content).
 *
 * The status is 404 only where Next.js prerenders (static and ISR pages, as
 * here). A dynamic page (force-dynamic, cookies()...) has already sent 200 when
 * the boundary throws, so keep calling `notFound()` there.
 * `locale`: the language of the page's chrome (its URL's, or its recap's).
 */
export function ServerNotFound({ locale = env.defaultLocale }: { locale?: Locale }) {
  return (
    <>
      <NotFoundContent locale={locale} />
      <Suspense fallback={null}>
        <ThrowNotFound />
      </Suspense>
    </>
  );
}
