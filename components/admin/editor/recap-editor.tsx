'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { HTML_LANG } from '@/lib/i18n/locales';
import { EMPTY_FIELDS } from '@/lib/recaps/editor-fields';
import { FALLBACK_TIME_ZONE } from '@/lib/events/site-time-zone';
import { BodySection } from './body-section';
import { ConflictPanel } from './conflict-panel';
import { FrontMatterForm } from './front-matter-form';
import { KeptCopyNotice } from './kept-copy-notice';
import { draftKey, mineKey, removeStored, writeStored } from './local-draft';
import { OtherErrors } from './other-errors';
import { PreviewPane } from './preview-pane';
import { RestoreBanner } from './restore-banner';
import { SaveStatusText } from './save-status';
import { TalksPanel } from './talks-panel';
import type { ConflictCopy, DraftContent, EditorInitial, PreviewFn, Review, SaveFn, SaveState } from './types';
import { useAutosave } from './use-autosave';
import { usePreview } from './use-preview';
import { useRestoreOffer } from './use-restore-offer';
import { useSaveShortcut } from './use-save-shortcut';
import { useReportWorkingCopy } from '@/components/admin/working-copy/context';

export interface RecapEditorProps {
  recapId: number;
  initial: EditorInitial;
  /** Bound to the recap id on the server. */
  saveAction: SaveFn;
  previewAction: PreviewFn;
  /** POST multipart `file` → 201 { src, width, height } or 4xx { error }. */
  uploadUrl: string;
  /** SITE_TIME_ZONE (lib/env.ts), the zone of an event that names none. */
  siteTimeZone?: string;
}

export function RecapEditor({ recapId, initial, saveAction, previewAction, uploadUrl, siteTimeZone = FALLBACK_TIME_ZONE }: RecapEditorProps) {
  const t = useTranslations('editor.header');
  const locale = useLocale();
  const [content, setContent] = useState<DraftContent>({ fields: initial.fields, body: initial.body });
  const [review, setReview] = useState<Review>({ fieldErrors: {}, diagnostics: [] });
  const [conflict, setConflict] = useState<ConflictCopy | null>(null);
  const [keptCopy, setKeptCopy] = useState<string | null>(null);
  const restore = useRestoreOffer(recapId, initial);

  function onSaveResult(result: SaveState, current: boolean) {
    if (result.status === 'error') {
      if (result.fieldErrors) setReview((r) => ({ ...r, fieldErrors: { ...r.fieldErrors, ...result.fieldErrors } }));
      return;
    }
    if (current) setReview({ fieldErrors: result.fieldErrors, diagnostics: result.diagnostics });
    if (result.status === 'conflict') setConflict(result.current);
    // The server now has exactly this text; the browser copy has done its job.
    else if (current) removeStored(draftKey(recapId));
  }

  const { status, version, controller } = useAutosave({
    save: saveAction,
    initialVersion: initial.version,
    initialContent: { fields: initial.fields, body: initial.body },
    onResult: onSaveResult,
  });
  const preview = usePreview(previewAction, content, (r) => setReview({ fieldErrors: r.fieldErrors, diagnostics: r.diagnostics }));

  /** Every edit, from any view, goes through here: state, autosave and the browser copy. */
  function apply(next: DraftContent, persistLocally = true) {
    setContent(next);
    controller.change(next);
    if (!persistLocally) return;
    writeStored(draftKey(recapId), next, version);
  }

  function change(next: DraftContent) {
    // While the restore offer is open, the older browser copy is kept intact until the author decides.
    if (restore.offer) return apply(next, false);
    if (!restore.decided) restore.decide();
    apply(next);
  }

  function restoreDraft() {
    const offer = restore.offer;
    restore.decide();
    if (offer) apply({ fields: { ...EMPTY_FIELDS, ...offer.fields }, body: offer.body });
  }

  function discardDraft() {
    restore.decide();
    removeStored(draftKey(recapId));
  }

  function keepMine(theirs: ConflictCopy) {
    setConflict(null);
    controller.keepMine(theirs.version);
  }

  function acceptTheirs(theirs: ConflictCopy) {
    writeStored(mineKey(recapId), content, version);
    setKeptCopy(content.body);
    const next = { fields: { ...EMPTY_FIELDS, ...theirs.fields }, body: theirs.body };
    setContent(next);
    controller.replaceWith(theirs.version, next);
    removeStored(draftKey(recapId));
    setConflict(null);
  }

  useSaveShortcut(controller.flush);
  // The publishing panel reads the working copy and may replace it (Discard changes).
  useReportWorkingCopy({ version, content, status }, (nextVersion, next) => {
    setContent(next);
    controller.replaceWith(nextVersion, next);
    removeStored(draftKey(recapId));
  });

  const setBody = (body: string) => {
    if (body !== content.body) change({ ...content, body });
  };

  return (
    // Blur anywhere inside (a field, the body) saves at once rather than waiting for the quiet period.
    <div className="@container min-w-0" onBlur={controller.flush} data-testid="recap-editor" data-version={version}>
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-zinc-200 pb-3 dark:border-zinc-800">
        {/* The recap's state is said once, in the publishing panel; this line is about the text. */}
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {t.rich('lastSaved', {
            name: initial.updatedByName,
            // In the browser's time zone (the server renders UTC), hence the suppressed warning.
            time: () => (
              <time dateTime={initial.updatedAt} suppressHydrationWarning>
                {new Date(initial.updatedAt).toLocaleString(HTML_LANG[locale])}
              </time>
            ),
          })}
        </p>
        <div className="flex items-center gap-3">
          <SaveStatusText status={status} />
          <button type="button" className="btn-link" onClick={controller.flush} aria-keyshortcuts="Control+S Meta+S">
            {t('saveNow')}
          </button>
        </div>
      </div>
      {restore.offer && <RestoreBanner savedAt={restore.offer.savedAt} onRestore={restoreDraft} onDiscard={discardDraft} />}
      {conflict && <ConflictPanel theirs={conflict} mine={content} onKeepMine={() => keepMine(conflict)} onUseTheirs={() => acceptTheirs(conflict)} />}
      {keptCopy !== null && <KeptCopyNotice text={keptCopy} onDismiss={() => setKeptCopy(null)} />}
      <OtherErrors errors={review.fieldErrors} />
      {/* Side by side when the editor itself is wide, whatever the page layout around it. */}
      <div className="mt-6 grid gap-8 @4xl:grid-cols-2">
        <div className="min-w-0">
          <FrontMatterForm
            fields={content.fields}
            errors={review.fieldErrors}
            onChange={(fields) => change({ ...content, fields })}
            uploadUrl={uploadUrl}
            slugUnset={initial.fields.slug === ''}
            siteTimeZone={siteTimeZone}
          />
          <BodySection body={content.body} onChange={setBody} diagnostics={review.diagnostics} uploadUrl={uploadUrl} />
          <TalksPanel body={content.body} onBodyChange={setBody} />
        </div>
        <PreviewPane view={preview} />
      </div>
    </div>
  );
}
