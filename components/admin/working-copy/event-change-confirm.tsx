'use client';

import { useTranslations } from 'next-intl';
import type { EventChange } from '@/lib/events/event-changes';

interface Props {
  changes: EventChange[];
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

const button = 'rounded-md px-3 py-1.5 text-sm font-semibold disabled:opacity-60';

/** What calendar subscribers will see of a live event's changed time, place or status, before the organizer confirms the update. */
export function EventChangeConfirm({ changes, pending, onConfirm, onCancel }: Props) {
  const t = useTranslations('admin.eventChange');
  const event = useTranslations('editor.event');
  const shown = (change: EventChange, value: string) => {
    if (!value) return t('none');
    if (change.field === 'status') return event(`status.${value as 'scheduled'}`);
    if (change.field === 'attendance') return event(`attendance.${value as 'online'}`);
    return value;
  };
  return (
    <section
      role="alertdialog"
      aria-labelledby="event-change-title"
      aria-describedby="event-change-intro"
      className="space-y-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50"
      data-testid="event-change-confirm"
    >
      <h3 id="event-change-title" className="font-semibold">
        {t('title')}
      </h3>
      <p id="event-change-intro">{t('intro')}</p>
      <table className="w-full text-left">
        <thead>
          <tr>
            <th scope="col">{t('field')}</th>
            <th scope="col">{t('before')}</th>
            <th scope="col">{t('after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field} data-testid={`event-change-${change.field}`}>
              <th scope="row" className="pr-2 font-medium">
                {t(`rows.${change.field}`)}
              </th>
              <td className="pr-2">
                <del>{shown(change, change.before)}</del>
              </td>
              <td>
                <ins className="no-underline">{shown(change, change.after)}</ins>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onConfirm} disabled={pending} className={`${button} bg-teal-700 text-white hover:bg-teal-800`}>
          {t('confirm')}
        </button>
        <button type="button" onClick={onCancel} disabled={pending} className={`${button} border border-zinc-300 dark:border-zinc-700`}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
