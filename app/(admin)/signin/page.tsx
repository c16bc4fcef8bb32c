import type { Metadata } from 'next';
import Link from 'next/link';
import { SignInForm } from '@/components/admin/sign-in-form';
import { env } from '@/lib/env';
import { pathInLocale } from '@/lib/i18n/locales';
import { isSiteRelativePath } from '@/lib/mdx/safe-url';
import { needsSetup } from '@/lib/users/queries';
import { getTranslations } from 'next-intl/server';
import { getAdminLocale } from '@/lib/i18n/admin-locale';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await getAdminLocale(), namespace: 'auth.signIn' }))('meta') };
}
export const dynamic = 'force-dynamic';

// Catalog keys (auth.signIn) of the messages each query parameter may ask for.
const ERRORS = { CredentialsSignin: 'credentials', RateLimited: 'rateLimited', AccessDenied: 'accessDenied' } as const;

/** Where /setup and /invite send a person once their account exists (`?created=`). */
const CREATED = { admin: 'createdAdmin', account: 'createdAccount' } as const;

/** Where the Account page sends a person after a change that ended their sessions (`?changed=`). */
const CHANGED = { password: 'passwordChanged' } as const;

interface Props {
  // A repeated parameter arrives as an array: only a single string is used.
  searchParams: Promise<{
    callbackUrl?: string | string[];
    error?: string | string[];
    email?: string | string[];
    created?: string | string[];
    changed?: string | string[];
  }>;
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const t = await getTranslations({ locale: await getAdminLocale(), namespace: 'auth.signIn' });
  const setup = await needsSetup();
  const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);
  const requested = one(params.callbackUrl);
  const callbackUrl = requested && isSiteRelativePath(requested) ? requested : '/admin';
  const error = one(params.error);
  const created = one(params.created);
  const changed = one(params.changed);
  const noticeKey =
    created && Object.hasOwn(CREATED, created)
      ? CREATED[created as keyof typeof CREATED]
      : changed && Object.hasOwn(CHANGED, changed)
        ? CHANGED[changed as keyof typeof CHANGED]
        : undefined;
  const notice = noticeKey ? t(noticeKey) : undefined;
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">{t('title')}</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t('intro', { siteName: env.siteName })}</p>
      {notice && (
        <p
          role="status"
          className="mt-4 rounded-md border border-teal-300 bg-teal-50 p-3 text-sm text-teal-900 dark:border-teal-800 dark:bg-teal-950 dark:text-teal-100"
        >
          {notice}
        </p>
      )}
      {setup && (
        <p className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          {t.rich('noAccount', {
            link: (chunks) => (
              <Link href="/setup" className="font-semibold underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      <SignInForm
        callbackUrl={callbackUrl}
        initialError={error ? t(Object.hasOwn(ERRORS, error) ? ERRORS[error as keyof typeof ERRORS] : 'failed') : undefined}
        initialEmail={(one(params.email) ?? '').slice(0, 320)}
        github={Boolean(env.github)}
      />
      <p className="mt-8 text-sm">
        <Link href={pathInLocale(await getAdminLocale(), '/', env.defaultLocale)} className="underline">
          {t('back')}
        </Link>
      </p>
    </main>
  );
}
