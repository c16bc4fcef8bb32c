import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SetupForm } from '@/components/admin/setup-form';
import { needsSetup } from '@/lib/users/queries';
import { setupAction } from './actions';

export const metadata: Metadata = { title: 'Set up' };
export const dynamic = 'force-dynamic';

export default async function SetupPage() {
  if (!(await needsSetup())) redirect('/signin');
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">Create the first admin</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">This page works only until the first account exists.</p>
      <SetupForm action={setupAction} />
    </main>
  );
}
