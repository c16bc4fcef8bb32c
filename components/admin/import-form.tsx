'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

interface Row {
  file: string;
  slug: string;
  outcome: string;
  problems: string[];
  talks: unknown[];
  review: unknown[];
}

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

/**
 * Uploads a site .zip to /api/admin/import and lists what became of each post (`outcomes`: each outcome's words, in the organizer's language).
 * An export of a portal is described first and restored once the admin confirms (same upload, `confirm=restore`).
 */
export function ImportForm({ outcomes = {} }: { outcomes?: Record<string, string> }) {
  const t = useTranslations('admin.import');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [rows, setRows] = useState<Row[] | null>(null);
  const [restore, setRestore] = useState<{ answer: RestoreAnswer; form: FormData } | null>(null);

  async function send(form: FormData) {
    setBusy(true);
    setError('');
    setRows(null);
    setRestore(null);
    try {
      const response = await fetch('/api/admin/import', { method: 'POST', body: form });
      const body = (await response.json().catch(() => ({}))) as { error?: string; reports?: Row[]; restore?: RestoreAnswer };
      if (response.ok && body.restore) {
        setRestore({ answer: body.restore, form });
        if (body.restore.written) router.refresh();
      } else if (!response.ok || !body.reports) setError(body.error ?? t('failed'));
      else {
        setRows(body.reports);
        router.refresh();
      }
    } catch {
      setError(t('failed'));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send(new FormData(event.currentTarget));
  }

  function confirmRestore(form: FormData) {
    const confirmed = new FormData();
    for (const [key, value] of form) confirmed.append(key, value);
    confirmed.set('confirm', 'restore');
    void send(confirmed);
  }

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t('fileLabel')}</span>
          <input type="file" name="file" accept=".zip,application/zip" required aria-describedby="import-help" />
        </label>
        <button type="submit" className="btn" disabled={busy}>
          {busy ? t('importing') : t('submit')}
        </button>
      </form>
      <p id="import-help" className="text-sm text-zinc-600 dark:text-zinc-400">
        {t('help')}
      </p>
      <div role="status" aria-live="polite">
        {error && <p className="text-sm text-red-700 dark:text-red-400">{error}</p>}
        {restore && <RestoreSummary answer={restore.answer} busy={busy} onConfirm={() => confirmRestore(restore.form)} />}
        {rows && (
          <table className="w-full text-left text-sm" data-testid="import-results">
            <caption className="sr-only">{t('resultsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('file')}</th>
                <th scope="col">{t('outcome')}</th>
                <th scope="col">{t('talks')}</th>
                <th scope="col">{t('toReview')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.file} className="border-t border-zinc-100 align-top dark:border-zinc-900">
                  <td className="py-1">{row.file}</td>
                  <td>
                    {outcomes[row.outcome] ?? row.outcome}
                    {row.problems.map((p) => (
                      <span key={p} className="block text-xs text-red-700 dark:text-red-400">
                        {p}
                      </span>
                    ))}
                  </td>
                  <td>{row.talks.length}</td>
                  <td>{row.review.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}

/** An uploaded export: what it holds and a button to restore it, or why it cannot be, or what was restored. */
function RestoreSummary({ answer, busy, onConfirm }: { answer: RestoreAnswer; busy: boolean; onConfirm: () => void }) {
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
          <button type="button" className="btn" disabled={busy} onClick={onConfirm}>
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
