import { NotFoundContent } from '@/components/layout/not-found-content';
import { env } from '@/lib/env';

/** No recap, so no recap language: the default locale, like the layout's chrome for a missing recap. */
export default function NotFound() {
  return <NotFoundContent locale={env.defaultLocale} />;
}
