import { useTranslations } from 'next-intl';

const STYLES = {
  draft: 'bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200',
  scheduled: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  published: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
} as const;

export type RecapState = keyof typeof STYLES;

/** The catalog key (namespace `admin.status`) of a recap's state, in the words organizers see everywhere. */
export function stateKey(status: RecapState, unpublishedChanges = false): 'draft' | 'scheduled' | 'published' | 'publishedChanged' {
  if (status === 'published') return unpublishedChanges ? 'publishedChanged' : 'published';
  return status;
}

/** The state's label in the admin locale; rendered by the admin pages and the publish panel (both under the admin provider). */
export function useStateLabel(): (status: RecapState, unpublishedChanges?: boolean) => string {
  const t = useTranslations('admin.status');
  return (status, unpublishedChanges = false) => t(stateKey(status, unpublishedChanges));
}

export function StatusBadge({ label, status }: { label: string; status: RecapState }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STYLES[status]}`}>{label}</span>;
}
