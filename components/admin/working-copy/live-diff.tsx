'use client';

import { useMemo } from 'react';
import { useTranslations } from 'next-intl';
import { useFieldLabel } from '@/components/admin/editor/field-labels';
import { downloadText } from '@/components/admin/editor/download-text';
import { FIELD_KEYS, type DraftContent } from '@/components/admin/editor/types';
import { boundedLineDiff } from '@/lib/text/bounded-diff';

/**
 * What the working copy changes on the live page: the fields that differ, then
 * the body line by line. The diff is bounded (boundedLineDiff) like the
 * history's and the conflict panel's, so a huge change never freezes the tab:
 * past the budget, both texts are offered as files instead.
 */
export function LiveDiff({ live, working }: { live: DraftContent; working: DraftContent }) {
  const t = useTranslations('editor.liveDiff');
  const label = useFieldLabel();
  const fields = FIELD_KEYS.filter((k) => live.fields[k] !== working.fields[k]);
  const rows = useMemo(
    () =>
      boundedLineDiff(live.body, working.body)?.flatMap((change, c) =>
        change.value
          .replace(/\n$/, '')
          .split('\n')
          .map((line, i) => ({ key: `${c}-${i}`, line, kind: change.added ? 'new' : change.removed ? 'old' : 'same' }) as const),
      ) ?? null,
    [live.body, working.body],
  );
  return (
    <div className="space-y-2 text-sm" data-testid="live-diff">
      {fields.length > 0 && <p>{t('changedFields', { fields: fields.map(label).join(t('listSeparator')) })}</p>}
      {live.body === working.body ? (
        <p>{t('sameBody')}</p>
      ) : !rows ? (
        <div className="rounded-md border border-amber-400 p-2" data-testid="live-diff-too-large">
          <p>{t('tooMany')}</p>
          <p className="mt-1 flex flex-wrap gap-4">
            <button type="button" className="underline" onClick={() => downloadText(live.body, 'live-page.mdx')}>
              {t('downloadLive')}
            </button>
            <button type="button" className="underline" onClick={() => downloadText(working.body, 'working-copy.mdx')}>
              {t('downloadWorking')}
            </button>
          </p>
        </div>
      ) : (
        <div
          role="region"
          aria-label={t('region')}
          tabIndex={0}
          className="max-h-80 overflow-auto rounded-md border border-zinc-300 font-mono text-xs dark:border-zinc-700"
        >
          {rows.map(({ key, line, kind }) =>
            kind === 'same' ? (
              <div key={key} className="px-2 whitespace-pre-wrap">
                {'  '}
                {line}
              </div>
            ) : kind === 'new' ? (
              <ins key={key} className="block bg-green-100 px-2 whitespace-pre-wrap no-underline dark:bg-green-950">
                <span aria-hidden="true">+ </span>
                <span className="sr-only">{t('onlyWorking')} </span>
                {line}
              </ins>
            ) : (
              <del key={key} className="block bg-red-100 px-2 whitespace-pre-wrap no-underline dark:bg-red-950">
                <span aria-hidden="true">- </span>
                <span className="sr-only">{t('onlyLive')} </span>
                {line}
              </del>
            ),
          )}
        </div>
      )}
    </div>
  );
}
