import { isFieldKey } from './types';

/** Server messages that belong to no form field (e.g. the body's size, or `published`), which would otherwise go unseen. */
export function OtherErrors({ errors }: { errors: Record<string, string> }) {
  const entries = Object.entries(errors).filter(([key]) => !isFieldKey(key));
  if (entries.length === 0) return null;
  return (
    <div role="alert" className="mt-4 rounded-md border border-red-600 p-3 text-sm text-red-800 dark:text-red-300">
      <ul className="list-disc pl-5">
        {entries.map(([key, message]) => (
          <li key={key}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
