import { notFound } from 'next/navigation';

/**
 * Any other path under a language prefix (`/zh/no-such-page`): the 404 of
 * that language (../not-found.tsx) rather than the site-wide one, which can
 * only speak the default locale. Rendered per request and never cached.
 */
export default function MissingPage() {
  notFound();
}
