'use client';

import { useActionState, useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { FormError } from '@/components/ui/field';
import type { FormState } from '@/lib/form-state';

type Action = () => Promise<FormState>;
type FormAction = (state: FormState, form: FormData) => Promise<FormState>;

interface Props {
  status: 'draft' | 'scheduled' | 'published';
  slug: string;
  scheduledAt: string | null;
  publish: Action;
  unpublish: Action;
  schedule: FormAction;
  remove: FormAction;
  createPreviewLink: Action;
  revokePreviewLinks: Action;
}

function useButtonAction(action: Action) {
  return useActionState<FormState>(async () => action(), {});
}

function Notice({ state }: { state: FormState }) {
  if (!state.message) return null;
  return state.ok ? <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">{state.message}</p> : <FormError message={state.message} />;
}

const button = 'rounded-md px-3 py-1.5 text-sm font-semibold disabled:opacity-60';

/** Publish now, schedule, unpublish, delete, preview links: the recap's lifecycle. */
export function PublishPanel(props: Props) {
  const router = useRouter();
  const [published, publish, publishing] = useButtonAction(props.publish);
  const [unpublished, unpublish, unpublishing] = useButtonAction(props.unpublish);
  const [scheduled, schedule, scheduling] = useActionState(props.schedule, {});
  const [deleted, remove, deleting] = useActionState(props.remove, {});
  const [link, createLink, linking] = useButtonAction(props.createPreviewLink);
  const [revoked, revoke, revoking] = useButtonAction(props.revokePreviewLinks);
  // Read at submit time, in the browser, so the server knows what "local time" meant.
  const withOffset = (form: FormData) => {
    form.set('tzOffset', String(new Date().getTimezoneOffset()));
    return schedule(form);
  };
  // Status changes re-render the server page so the panel shows the new state.
  useEffect(() => {
    if (published.ok || unpublished.ok || scheduled.ok) router.refresh();
  }, [published, unpublished, scheduled, router]);

  return (
    <section aria-labelledby="publish-title" className="space-y-4 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" data-testid="publish-panel">
      <h2 id="publish-title" className="font-semibold">Publishing</h2>
      <p className="text-sm" data-testid="recap-status">
        Status: <strong>{props.status}</strong>
        {props.status === 'scheduled' && props.scheduledAt && <> for {new Date(props.scheduledAt).toLocaleString()}</>}
        {props.status === 'published' && (
          <> · <a className="underline" href={`/recaps/${props.slug}`}>View public page</a></>
        )}
      </p>
      <div className="flex flex-wrap gap-2">
        {props.status !== 'published' && (
          <form action={publish}>
            <button type="submit" disabled={publishing} className={`${button} bg-teal-700 text-white hover:bg-teal-800`}>Publish now</button>
          </form>
        )}
        {props.status !== 'draft' && (
          <form action={unpublish}>
            <button type="submit" disabled={unpublishing} className={`${button} border border-zinc-300 dark:border-zinc-700`}>Unpublish</button>
          </form>
        )}
      </div>
      <Notice state={published} />
      <Notice state={unpublished} />
      {props.status === 'draft' && (
        <form action={withOffset} className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="schedule-at" className="block text-sm font-medium">Publish at (your local time)</label>
            <input id="schedule-at" name="at" type="datetime-local" step={1} required defaultValue={scheduled.values?.at} aria-describedby="schedule-error" className="rounded-md border border-zinc-300 px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-950" />
          </div>
          <button type="submit" disabled={scheduling} className={`${button} border border-zinc-300 dark:border-zinc-700`}>Schedule</button>
          <p id="schedule-error" className="w-full text-sm text-red-700 dark:text-red-400" aria-live="polite">{scheduled.fieldErrors?.at}</p>
        </form>
      )}
      <Notice state={scheduled} />
      <div className="space-y-2 border-t border-zinc-200 pt-3 dark:border-zinc-800">
        <p className="text-sm font-medium">Preview link (no account needed, expires in 7 days)</p>
        <div className="flex flex-wrap gap-2">
          <form action={createLink}><button type="submit" disabled={linking} className={`${button} border border-zinc-300 dark:border-zinc-700`}>Create preview link</button></form>
          <form action={revoke}><button type="submit" disabled={revoking} className={`${button} border border-zinc-300 dark:border-zinc-700`}>Revoke preview links</button></form>
        </div>
        {link.result && (
          <p className="text-sm">
            <label htmlFor="preview-link" className="sr-only">Preview link</label>
            <input id="preview-link" readOnly value={link.result} onFocus={(e) => e.currentTarget.select()} className="w-full rounded border border-zinc-300 px-2 py-1 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-950" data-testid="preview-link" />
          </p>
        )}
        <Notice state={revoked} />
      </div>
      {props.status === 'draft' && (
        <details className="border-t border-zinc-200 pt-3 dark:border-zinc-800">
          <summary className="cursor-pointer text-sm font-medium text-red-700 dark:text-red-400">Delete draft…</summary>
          <form action={remove} className="mt-2 space-y-2">
            <label htmlFor="delete-confirm" className="block text-sm">Type <kbd>delete</kbd> to confirm. This cannot be undone.</label>
            <input id="delete-confirm" name="confirm" autoComplete="off" aria-describedby="delete-error" className="rounded-md border border-zinc-300 px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-950" />
            <button type="submit" disabled={deleting} className={`${button} bg-red-700 text-white`}>Delete draft</button>
            <p id="delete-error" className="text-sm text-red-700 dark:text-red-400" aria-live="polite">{deleted.fieldErrors?.confirm ?? (!deleted.ok ? deleted.message : '')}</p>
          </form>
        </details>
      )}
    </section>
  );
}
