const STYLES = {
  draft: 'bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200',
  scheduled: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  published: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
} as const;

export type RecapState = keyof typeof STYLES;

/** The recap's state in the words organizers see everywhere (no internal terms, no version numbers). */
export function stateLabel(status: RecapState, unpublishedChanges = false): string {
  if (status === 'published') return unpublishedChanges ? 'Published — unpublished changes' : 'Published';
  return status === 'scheduled' ? 'Scheduled' : 'Draft';
}

export function StatusBadge({ status, unpublishedChanges = false }: { status: RecapState; unpublishedChanges?: boolean }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STYLES[status]}`}>{stateLabel(status, unpublishedChanges)}</span>;
}
