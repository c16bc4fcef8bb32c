'use client';

import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { Field, FormError, SubmitButton } from '@/components/ui/field';

export function SignInForm({
  callbackUrl,
  initialError,
  initialEmail,
  github,
}: {
  callbackUrl: string;
  initialError?: string;
  initialEmail: string;
  github: boolean;
}) {
  const t = useTranslations('auth.signIn');
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);
  const [email, setEmail] = useState(initialEmail);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    try {
      const result = await signIn('credentials', { email: form.get('email'), password: form.get('password'), redirect: false, callbackUrl });
      if (result?.ok && !result.error) {
        window.location.assign(result.url ?? callbackUrl);
        return;
      }
      setError(
        t(result?.status === 429 || result?.error === 'RateLimited' ? 'rateLimited' : result?.error === 'CredentialsSignin' ? 'credentials' : 'failedRetry'),
      );
    } catch {
      setError(t('unreachable'));
    }
    setPending(false);
  }

  return (
    <div className="mt-6 space-y-6">
      <form onSubmit={submit} className="space-y-4" noValidate>
        <FormError message={error} />
        <Field name="email" label={t('email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        {/* With the email filled in (after setup or an invite), the password is what is left to type. */}
        <Field name="password" label={t('password')} type="password" autoComplete="current-password" required autoFocus={Boolean(initialEmail)} />
        <SubmitButton pending={pending}>{pending ? t('pending') : t('submit')}</SubmitButton>
      </form>
      {github && (
        <button type="button" onClick={() => signIn('github', { callbackUrl })} className="btn-link w-full justify-center">
          {t('github')}
        </button>
      )}
    </div>
  );
}
