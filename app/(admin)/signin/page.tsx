import type { Metadata } from 'next';
import Link from 'next/link';
import { SignInForm } from '@/components/admin/sign-in-form';
import { env } from '@/lib/env';
import { isSiteRelativePath } from '@/lib/mdx/safe-url';
import { needsSetup } from '@/lib/users/queries';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

const ERRORS: Record<string, string> = {
  CredentialsSignin: 'That email and password do not match an active account.',
  RateLimited: 'Too many failed sign-ins. Wait 15 minutes (up to an hour if this account is under attack) and try again.',
  AccessDenied: 'This GitHub account’s email has not been invited.',
};

/** Where /setup and /invite send a person once their account exists (`?created=`). */
const CREATED: Record<string, string> = {
  admin: 'Your admin account is ready. Sign in with the password you just chose.',
  account: 'Your account is ready. Sign in with the password you just chose.',
};

/** Where the Account page sends a person after a change that ended their sessions (`?changed=`). */
const CHANGED: Record<string, string> = {
  password: 'Your password was changed and you were signed out everywhere. Sign in again with your new password.',
};

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
  const setup = await needsSetup();
  const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined);
  const requested = one(params.callbackUrl);
  const callbackUrl = requested && isSiteRelativePath(requested) ? requested : '/admin';
  const error = one(params.error);
  const created = one(params.created);
  const changed = one(params.changed);
  const notice = created && Object.hasOwn(CREATED, created) ? CREATED[created] : changed && Object.hasOwn(CHANGED, changed) ? CHANGED[changed] : undefined;
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">Sign in</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Organizers of {env.siteName} sign in to write and publish recaps.</p>
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
          No account exists yet.{' '}
          <Link href="/setup" className="font-semibold underline">
            Create the first admin
          </Link>
          .
        </p>
      )}
      <SignInForm
        callbackUrl={callbackUrl}
        initialError={error ? (Object.hasOwn(ERRORS, error) ? ERRORS[error] : 'Sign-in failed.') : undefined}
        initialEmail={(one(params.email) ?? '').slice(0, 320)}
        github={Boolean(env.github)}
      />
      <p className="mt-8 text-sm">
        <Link href="/" className="underline">
          ← Back to the site
        </Link>
      </p>
    </main>
  );
}
