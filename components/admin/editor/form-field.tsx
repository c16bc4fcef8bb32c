import type { ReactNode } from 'react';

export const INPUT_CLASS =
  'mt-1 block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 aria-[invalid=true]:border-red-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100';

interface Props {
  id: string;
  label: string;
  error?: string;
  /** Ids of hints (e.g. a character count) besides the error. */
  hintIds?: string[];
  className?: string;
  children: (aria: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
  after?: ReactNode;
}

/** Label, control and error message, wired together with aria-describedby. */
export function FormField({ id, label, error, hintIds = [], className, children, after }: Props) {
  const errorId = `${id}-error`;
  const describedBy = [...hintIds, ...(error ? [errorId] : [])].join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {label}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {after}
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
