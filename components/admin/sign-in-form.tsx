'use client';

import { useState } from 'react';
import { signIn } from 'next-auth/react';
import { Field, FormError, SubmitButton } from '@/components/ui/field';

const MESSAGES: Record<string, string> = {
  CredentialsSignin: 'That email and password do not match an active account.',
  RateLimited: 'Too many failed sign-ins. Wait 15 minutes (up to an hour if this account is under attack) and try again.',
};

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
      setError(result?.status === 429 ? MESSAGES.RateLimited : (MESSAGES[result?.error ?? ''] ?? 'Sign-in failed. Try again.'));
    } catch {
      setError('Could not reach the server. Check your connection and try again.');
    }
    setPending(false);
  }

  return (
    <div className="mt-6 space-y-6">
      <form onSubmit={submit} className="space-y-4" noValidate>
        <FormError message={error} />
        <Field name="email" label="Email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        {/* With the email filled in (after setup or an invite), the password is what is left to type. */}
        <Field name="password" label="Password" type="password" autoComplete="current-password" required autoFocus={Boolean(initialEmail)} />
        <SubmitButton pending={pending}>{pending ? 'Signing in…' : 'Sign in'}</SubmitButton>
      </form>
      {github && (
        <button type="button" onClick={() => signIn('github', { callbackUrl })} className="btn-link w-full justify-center">
          Sign in with GitHub
        </button>
      )}
    </div>
  );
}
