import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { getCurrentUser } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { chooseAdminLocale } from './admin-locale-choice';
import type { Locale } from './locales';

/**
 * The language of the organizer area for this request: the signed-in person's
 * setting (/admin/account), else the browser's Accept-Language, else
 * DEFAULT_LOCALE. Reads the request's headers, so call it ONLY from admin
 * pages, layouts and actions (private and dynamic anyway), never from a public
 * page, whose language comes from its URL. Once per request (cache()).
 */
export const getAdminLocale = cache(async (): Promise<Locale> => {
  const [user, list] = await Promise.all([getCurrentUser(), headers()]);
  return chooseAdminLocale(user?.locale, list.get('accept-language'), env.defaultLocale);
});
