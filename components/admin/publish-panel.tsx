'use client';

import { useActionState, useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { ConfirmButton } from '@/components/admin/confirm-button';
import { useStateLabel } from '@/components/admin/status-badge';
import { LiveControls } from '@/components/admin/working-copy/live-controls';
import { useWorkingCopy } from '@/components/admin/working-copy/context';
import { differsFromLive } from '@/components/admin/working-copy/live-state';
import type { DraftContent } from '@/components/admin/editor/types';
import type { DiscardState, LiveState } from '@/app/(admin)/admin/recaps/[id]/status-actions';
import type { FormState } from '@/lib/form-state';
import { HTML_LANG } from '@/lib/i18n/locales';

type Action = () => Promise<FormState>;
type FormAction = (state: FormState, form: FormData) => Promise<FormState>;

interface Props {
  status: 'draft' | 'scheduled' | 'published';
  slug: string;
  scheduledAt: string | null;
  /** The live text of a published recap; null otherwise. */
  live: DraftContent | null;
  /** Whether the saved working copy differs from the live text (before the editor reports its own). */
  initiallyChanged: boolean;
  liveProblem: string | null;
  publishProblem: string | null;
  publish: () => Promise<LiveState>;
  unpublish: Action;
  updateLive: (baseVersion: number, confirmEventChange?: '1') => Promise<LiveState>;
  discard: (baseVersion: number) => Promise<DiscardState>;
  schedule: FormAction;
  remove: FormAction;
  createPreviewLink: Action;
  revokePreviewLinks: Action;
}

function useButtonAction(action: Action) {
  return useActionState<FormState>(async () => action(), {});
}

const button = 'rounded-md px-3 py-1.5 text-sm font-semibold disabled:opacity-60';
const secondary = `${button} border border-zinc-300 dark:border-zinc-700`;

/** The recap's state said once, then what can be done with it: publish, update the live page, schedule, unpublish, delete, preview links. */
export function PublishPanel(props: Props) {
  const t = useTranslations('admin.publish');
  const locale = useLocale();
  const stateLabel = useStateLabel();
  const router = useRouter();
  const { copy } = useWorkingCopy();
  // One status region says what the last publish, update, discard or unpublish did.
  const [outcome, setOutcome] = useState<LiveState>({});
  const [pending, start] = useTransition();
  const [scheduled, setScheduled] = useState<FormState>({});
  const [deleted, remove, deleting] = useActionState(props.remove, {});
  const [link, createLink, linking] = useButtonAction(props.createPreviewLink);
  const [revoked, revoke, revoking] = useButtonAction(props.revokePreviewLinks);
  const changed = props.live ? (copy ? differsFromLive(props.live, copy.content) : props.initiallyChanged) : false;

  const run = (action: () => Promise<LiveState>) =>
    start(async () => {
      const state = await action();
      setOutcome(state);
      // Status changes re-render the server page so the panel shows the new state.
      if (state.ok) router.refresh();
    });
  // Read at submit time, in the browser, so the server knows what "local time" meant.
  const withOffset = (form: FormData) => {
    form.set('tzOffset', String(new Date().getTimezoneOffset()));
    run(async () => {
      const state = await props.schedule({}, form);
      setScheduled(state);
      return state.fieldErrors ? {} : state;
    });
  };

  return (
    <section
      aria-labelledby="publish-title"
      className="space-y-4 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
      data-testid="publish-panel"
    >
      <h2 id="publish-title" className="font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm" data-testid="recap-status">
        <strong>{stateLabel(props.status, changed)}</strong>
        {props.status === 'scheduled' && props.scheduledAt && (
          <>
            {' '}
            {t.rich('scheduledFor', {
              when: () => (
                // In the browser's own time zone: the server renders it in UTC, hence the warning's suppression.
                <time dateTime={props.scheduledAt!} suppressHydrationWarning>
                  {new Date(props.scheduledAt!).toLocaleString(HTML_LANG[locale])}
                </time>
              ),
            })}
          </>
        )}
        {props.status === 'published' && (
          <>
            {' '}
            ·{' '}
            <a className="underline" href={`/recaps/${props.slug}`}>
              {t('viewPublic')}
            </a>
          </>
        )}
      </p>
      {props.publishProblem && (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100" data-testid="publish-problem">
          {props.publishProblem}
        </p>
      )}
      {props.liveProblem && (
        <p className="rounded-md bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100" data-testid="live-problem">
          {props.liveProblem}
        </p>
      )}
      {props.status === 'published' && props.live && (
        <LiveControls
          live={props.live}
          changed={changed}
          liveProblem={props.liveProblem}
          updateLive={props.updateLive}
          discard={props.discard}
          onOutcome={setOutcome}
        />
      )}
      <div className="flex flex-wrap gap-2">
        {props.status !== 'published' && (
          <button type="button" onClick={() => run(props.publish)} disabled={pending} className={`${button} bg-teal-700 text-white hover:bg-teal-800`}>
            {t('publishNow')}
          </button>
        )}
        {props.status !== 'draft' && (
          <ConfirmButton
            label={t('unpublish')}
            question={props.status === 'published' ? t('unpublishPublished') : t('unpublishScheduled')}
            confirmLabel={t('confirmUnpublish')}
            onConfirm={() => run(props.unpublish)}
            pending={pending}
            className={secondary}
          />
        )}
      </div>
      <div
        role="status"
        aria-live="polite"
        data-testid="publish-outcome"
        className={`text-sm ${outcome.ok ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400'}`}
      >
        {outcome.message}
        {outcome.problems && (
          <ul className="mt-1 list-disc pl-5">
            {outcome.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
      </div>
      {props.status === 'draft' && (
        <form action={withOffset} className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="schedule-at" className="block text-sm font-medium">
              {t('publishAt')}
            </label>
            <input
              id="schedule-at"
              name="at"
              type="datetime-local"
              step={1}
              required
              defaultValue={scheduled.values?.at}
              aria-describedby="schedule-error"
              className="rounded-md border border-zinc-300 px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-950"
            />
          </div>
          <button type="submit" disabled={pending} className={secondary}>
            {t('schedule')}
          </button>
          <p id="schedule-error" className="w-full text-sm text-red-700 dark:text-red-400" aria-live="polite">
            {scheduled.fieldErrors?.at}
          </p>
        </form>
      )}
      <div className="space-y-2 border-t border-zinc-200 pt-3 dark:border-zinc-800">
        <p className="text-sm font-medium">{t('previewTitle')}</p>
        <div className="flex flex-wrap gap-2">
          <form action={createLink}>
            <button type="submit" disabled={linking} className={secondary}>
              {t('createPreview')}
            </button>
          </form>
          <form action={revoke}>
            <button type="submit" disabled={revoking} className={secondary}>
              {t('revokePreview')}
            </button>
          </form>
        </div>
        {link.result && (
          <p className="text-sm">
            <label htmlFor="preview-link" className="sr-only">
              {t('previewLabel')}
            </label>
            <input
              id="preview-link"
              readOnly
              value={link.result}
              onFocus={(e) => e.currentTarget.select()}
              className="w-full rounded border border-zinc-300 px-2 py-1 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-950"
              data-testid="preview-link"
            />
          </p>
        )}
        <p role="status" aria-live="polite" className="text-sm">
          {revoked.message}
        </p>
      </div>
      {props.status === 'draft' && (
        <details className="border-t border-zinc-200 pt-3 dark:border-zinc-800">
          <summary className="cursor-pointer text-sm font-medium text-red-700 dark:text-red-400">{t('deleteSummary')}</summary>
          <form action={remove} className="mt-2 space-y-2">
            <label htmlFor="delete-confirm" className="block text-sm">
              {t.rich('deleteConfirm', { kbd: (chunks) => <kbd>{chunks}</kbd> })}
            </label>
            <input
              id="delete-confirm"
              name="confirm"
              autoComplete="off"
              aria-describedby="delete-error"
              className="rounded-md border border-zinc-300 px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-950"
            />
            <button type="submit" disabled={deleting} className={`${button} bg-red-700 text-white`}>
              {t('deleteButton')}
            </button>
            <p id="delete-error" className="text-sm text-red-700 dark:text-red-400" aria-live="polite">
              {deleted.fieldErrors?.confirm ?? (!deleted.ok ? deleted.message : '')}
            </p>
          </form>
        </details>
      )}
    </section>
  );
}
