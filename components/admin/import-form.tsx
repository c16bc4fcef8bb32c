'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { SubmitButton } from '@/components/ui/field';
import type { ImportJobView } from '@/lib/import/jobs';
import { RestoreSummary, type RestoreAnswer } from './restore-summary';

/** How often a running import is asked for its progress. */
const POLL_MS = 1000;

/**
 * Uploads a site .zip to /api/admin/import, which answers with a job, then
 * follows the job (/api/admin/import/<id>) until it is done and lists what
 * became of each post. `initialJob`: the organizer's latest import, shown
 * again (and followed, if still running) after a reload. `outcomes`: each
 * outcome's words, in the organizer's language. An export of a portal is
 * described first and restored once an admin confirms (the same upload with
 * `confirm=restore`), without a job.
 */
export function ImportForm({ initialJob = null, outcomes = {} }: { initialJob?: ImportJobView | null; outcomes?: Record<string, string> }) {
  const t = useTranslations('admin.import');
  const tj = useTranslations('importJobs');
  const router = useRouter();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState('');
  const [job, setJob] = useState<ImportJobView | null>(initialJob);
  const [restore, setRestore] = useState<{ answer: RestoreAnswer; form: FormData } | null>(null);
  const running = job?.status === 'running';

  useEffect(() => {
    if (!job || job.status !== 'running') return;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/admin/import/${job.id}`, { cache: 'no-store' });
        const body = (await response.json().catch(() => ({}))) as { job?: ImportJobView; error?: string };
        if (!response.ok || !body.job) {
          setError(body.error ?? t('failed'));
          setJob(null);
          return;
        }
        setJob(body.job);
        // The list of drafts to review is the page's: read it again once the import is done.
        if (body.job.status !== 'running') router.refresh();
      } catch {
        // A network blip: ask again.
        setJob({ ...job });
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, router, t]);

  async function send(form: FormData) {
    setSending(true);
    setError('');
    setJob(null);
    setRestore(null);
    try {
      const response = await fetch('/api/admin/import', { method: 'POST', body: form });
      const body = (await response.json().catch(() => ({}))) as { error?: string; job?: ImportJobView; restore?: RestoreAnswer };
      if (response.ok && body.restore) {
        setRestore({ answer: body.restore, form });
        if (body.restore.written) router.refresh();
      } else if (!response.ok || !body.job) setError(body.error ?? t('failed'));
      else setJob(body.job);
    } catch {
      setError(t('failed'));
    } finally {
      setSending(false);
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

  const rows = job?.status === 'done' ? (job.reports ?? []) : null;
  const busy = sending || running;
  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">{t('fileLabel')}</span>
          <input type="file" name="file" accept=".zip,application/zip" required aria-describedby="import-help" />
        </label>
        <SubmitButton pending={busy}>{busy ? t('importing') : t('submit')}</SubmitButton>
      </form>
      <p id="import-help" className="text-sm text-zinc-600 dark:text-zinc-400">
        {t('help')}
      </p>
      <div role="status" aria-live="polite">
        {error && <p className="text-sm text-red-700 dark:text-red-400">{error}</p>}
        {restore && <RestoreSummary answer={restore.answer} busy={busy} onConfirm={() => confirmRestore(restore.form)} />}
        {job && running && (
          <p className="text-sm" data-testid="import-progress">
            {job.total === null ? tj('unpacking', { file: job.fileName }) : tj('progress', { file: job.fileName, done: job.done, total: job.total })}
          </p>
        )}
        {job?.status === 'failed' && <p className="text-sm text-red-700 dark:text-red-400">{job.error ?? t('failed')}</p>}
        {job?.status === 'interrupted' && <p className="text-sm text-red-700 dark:text-red-400">{tj('interrupted', { file: job.fileName })}</p>}
        {job?.status === 'done' && <p className="text-sm">{tj('done', { file: job.fileName, total: job.reports?.length ?? 0 })}</p>}
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
