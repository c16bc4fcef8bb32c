import type { Metadata } from 'next';
import { NewRecapForm } from '@/components/admin/new-recap-form';
import { requireOrganizer } from '@/lib/auth/guards';
import { createRecapAction } from '../../actions';

export const metadata: Metadata = { title: 'New recap' };

export default async function NewRecapPage() {
  await requireOrganizer('/admin/recaps/new');
  return (
    <div className="max-w-lg">
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">New recap</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Start with the essentials; you fill in the rest, and the talks, in the editor.</p>
      <NewRecapForm action={createRecapAction} />
    </div>
  );
}
