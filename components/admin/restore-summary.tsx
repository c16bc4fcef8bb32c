'use client';

import { useTranslations } from 'next-intl';

/** What the server says of an uploaded export (lib/restore/restore.ts RestoreReport). */
export interface RestoreAnswer {
  ok: boolean;
  written: boolean;
  recaps: unknown[];
  people: number;
  images: number;
  calendar: number;
  problems: string[];
  conflicts: string[];
  notes: string[];
}

/** An uploaded export: what it holds and a button to restore it, or why it cannot be, or what was restored. */
export function RestoreSummary({ answer, busy, onConfirm }: { answer: RestoreAnswer; busy: boolean; onConfirm: () => void }) {
  const t = useTranslations('restore');
  const counts = { recaps: answer.recaps.length, people: answer.people, images: answer.images, calendar: answer.calendar };
  const list = (items: string[]) => (
    // The restore's report is in English, like content:check.
    <ul lang="en" className="mt-1 list-disc pl-5 text-xs">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-2 text-sm" data-testid="restore-summary">
      {answer.written ? (
        <p className="font-medium">{t('done', counts)}</p>
      ) : answer.ok ? (
        <>
          <p className="font-medium">{t('detected')}</p>
          <p>{t('summary', counts)}</p>
          <p className="text-zinc-600 dark:text-zinc-400">{t('confirmHelp')}</p>
          <button
            type="button"
            className="rounded-md bg-teal-700 px-4 py-2 text-sm font-semibold text-white hover:bg-teal-800 disabled:opacity-60 dark:bg-teal-700 dark:hover:bg-teal-800"
            disabled={busy}
            onClick={onConfirm}
          >
            {busy ? t('restoring') : t('confirm')}
          </button>
        </>
      ) : (
        <div className="text-red-700 dark:text-red-400">
          <p className="font-medium">{t('refused')}</p>
          {answer.conflicts.length > 0 && (
            <>
              <p>{t('conflicts')}</p>
              {list(answer.conflicts)}
            </>
          )}
          {list(answer.problems)}
        </div>
      )}
      {answer.notes.length > 0 && (
        <>
          <p>{t('notes')}</p>
          {list(answer.notes)}
        </>
      )}
    </div>
  );
}
