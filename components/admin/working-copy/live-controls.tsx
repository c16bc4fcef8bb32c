'use client';

import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { ConfirmButton } from '@/components/admin/confirm-button';
import { useWorkingCopy } from './context';
import { EventChangeConfirm } from './event-change-confirm';
import { LiveDiff } from './live-diff';
import type { EventChange } from '@/lib/events/event-changes';
import { isSaved } from './live-state';
import type { DraftContent } from '@/components/admin/editor/types';
import type { DiscardState, LiveState } from '@/app/(admin)/admin/recaps/[id]/status-actions';

interface Props {
  live: DraftContent;
  /** Whether the working copy differs from the live text. */
  changed: boolean;
  /** The live text stopped validating (served from its last good version): updating may fix it. */
  liveProblem: string | null;
  /** `confirmEventChange` '1': the organizer saw what calendar subscribers will get. */
  updateLive: (baseVersion: number, confirmEventChange?: '1') => Promise<LiveState>;
  discard: (baseVersion: number) => Promise<DiscardState>;
  /** Reports what happened, for the panel's status region. */
  onOutcome: (state: LiveState) => void;
}

const button = 'rounded-md px-3 py-1.5 text-sm font-semibold disabled:opacity-60';

/** Update live page, Discard changes and the diff against the live page, for a published recap. */
export function LiveControls({ live, changed, liveProblem, updateLive, discard, onOutcome }: Props) {
  const t = useTranslations('admin.live');
  const router = useRouter();
  const { copy, replace } = useWorkingCopy();
  const [pending, start] = useTransition();
  const [showDiff, setShowDiff] = useState(false);
  // A change of the event's time, place or status, refused until confirmed: shown with the version it was computed for.
  const [confirming, setConfirming] = useState<{ version: number; changes: EventChange[] } | null>(null);
  const saved = copy ? isSaved(copy.status) : false;
  const canUpdate = saved && (changed || liveProblem !== null);

  const update = (confirmed?: '1') =>
    start(async () => {
      if (!copy) return;
      const state = await updateLive(copy.version, confirmed);
      setConfirming(state.eventChanges?.length ? { version: copy.version, changes: state.eventChanges } : null);
      onOutcome(state.eventChanges?.length ? {} : state);
      if (state.ok) router.refresh();
    });

  const discardChanges = () =>
    start(async () => {
      if (!copy) return;
      const state = await discard(copy.version);
      onOutcome({ ok: state.ok, message: state.message });
      if (state.ok) {
        replace(state.version, { fields: state.fields, body: state.body });
        router.refresh();
      }
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={() => update()}
          disabled={!canUpdate || pending}
          aria-describedby="update-live-hint"
          className={`${button} bg-teal-700 text-white hover:bg-teal-800`}
        >
          {t('update')}
        </button>
        {changed && (
          <ConfirmButton
            label={t('discard')}
            question={t('discardQuestion')}
            confirmLabel={t('confirmDiscard')}
            onConfirm={discardChanges}
            pending={pending || !copy}
            className={`${button} border border-zinc-300 dark:border-zinc-700`}
          />
        )}
      </div>
      {confirming && copy?.version === confirming.version && (
        <EventChangeConfirm changes={confirming.changes} pending={pending} onConfirm={() => update('1')} onCancel={() => setConfirming(null)} />
      )}
      <p id="update-live-hint" className="text-xs text-zinc-600 dark:text-zinc-400">
        {!changed && liveProblem === null ? t('same') : !saved ? t('saving') : t('stillOld')}
      </p>
      {changed && (
        <div>
          <button type="button" className="btn-link text-sm" aria-expanded={showDiff} onClick={() => setShowDiff((v) => !v)}>
            {showDiff ? t('hideDiff') : t('showDiff')}
          </button>
          {showDiff && copy && <LiveDiff live={live} working={copy.content} />}
        </div>
      )}
    </div>
  );
}
