import { useEffect, useId, useRef } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { HTML_LANG } from '@/lib/i18n/locales';
import { useFieldLabel } from './field-labels';
import { LineDiff } from './line-diff';
import { FIELD_KEYS, type ConflictCopy, type DraftContent } from './types';

interface Props {
  theirs: ConflictCopy;
  mine: DraftContent;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

const BOX = 'mt-1 block h-64 w-full rounded-md border border-zinc-300 bg-zinc-50 p-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900';

/**
 * Shown when a save was refused because someone else saved first. Autosave
 * is paused until the author chooses; both texts stay available either way.
 */
export function ConflictPanel({ theirs, mine, onKeepMine, onUseTheirs }: Props) {
  const t = useTranslations('editor.conflict');
  const label = useFieldLabel();
  const locale = useLocale();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const changed = FIELD_KEYS.filter((k) => (theirs.fields[k] ?? '') !== mine.fields[k]);
  const when = new Date(theirs.updatedAt).toLocaleString(HTML_LANG[locale]);

  return (
    <section
      data-testid="conflict"
      role="alertdialog"
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-summary`}
      className="my-4 rounded-lg border-2 border-amber-500 bg-amber-50 p-4 dark:bg-amber-950/40"
    >
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1} className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p id={`${id}-summary`} className="mt-1 text-sm">
        {t.rich('summary', { name: theirs.updatedByName, version: theirs.version, time: () => <time dateTime={theirs.updatedAt}>{when}</time> })}
      </p>
      {changed.length > 0 && (
        <table className="mt-3 w-full text-left text-sm">
          <caption className="text-left font-medium">{t('changedFields')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('field')}</th>
              <th scope="col">{t('theirs')}</th>
              <th scope="col">{t('mine')}</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((k) => (
              <tr key={k} className="align-top">
                <th scope="row" className="pr-2 font-normal">
                  {label(k)}
                </th>
                <td className="pr-2 break-words">{theirs.fields[k] || t('empty')}</td>
                <td className="break-words">{mine.fields[k] || t('empty')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="mt-3 grid gap-3 md:grid-cols-2">
        <label className="text-sm font-medium">
          {t('theirs')}
          <textarea readOnly value={theirs.body} className={BOX} />
        </label>
        <label className="text-sm font-medium">
          {t('mine')}
          <textarea readOnly value={mine.body} className={BOX} />
        </label>
      </div>
      <h3 id={`${id}-diff`} className="mt-3 text-sm font-medium">
        {t('lineDiff')}
      </h3>
      <LineDiff theirs={theirs.body} mine={mine.body} labelId={`${id}-diff`} />
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" className="btn-link" onClick={onKeepMine}>
          {t('keepMine')}
        </button>
        <button type="button" className="btn-link" onClick={onUseTheirs}>
          {t('useTheirs')}
        </button>
      </div>
    </section>
  );
}
