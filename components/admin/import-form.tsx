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

/** Uploads a site .zip to /api/admin/import and lists what became of each post (`outcomes`: each outcome's words, in the organizer's language). */
export function ImportForm({ outcomes = {} }: { outcomes?: Record<string, string> }) {
  const t = useTranslations('admin.import');
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [rows, setRows] = useState<Row[] | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError('');
    setRows(null);
    try {
      const response = await fetch('/api/admin/import', { method: 'POST', body: new FormData(event.currentTarget) });
      const body = (await response.json().catch(() => ({}))) as { error?: string; reports?: Row[] };
      if (!response.ok || !body.reports) setError(body.error ?? t('failed'));
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
