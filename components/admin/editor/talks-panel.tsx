import { useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { findTalkIndex, insertTalk, moveTalk, parseTalkBlocks, removeTalk, updateTalk, type TalkDraft } from '@/lib/recaps/talk-blocks';
import { TalkForm } from './talk-form';

interface Props {
  body: string;
  onBodyChange: (body: string) => void;
}

/** Which talk the form edits: remembered by its source text, because the body can change while the form is open. */
type Editing = { kind: 'new' } | { kind: 'edit'; index: number; source: string };

/** The body's talks as a list; every action rewrites only that block of the body text. */
export function TalksPanel({ body, onBodyChange }: Props) {
  const t = useTranslations('editor.talks');
  const untitled = (title: string) => title || t('untitled');
  const talks = useMemo(() => parseTalkBlocks(body), [body]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');

  function save(talk: TalkDraft) {
    if (editing?.kind === 'edit') {
      const index = findTalkIndex(talks, editing.source, editing.index);
      onBodyChange(index === -1 ? insertTalk(body, talk) : updateTalk(body, index, talk));
    } else onBodyChange(insertTalk(body, talk));
    setEditing(null);
    setAnnouncement(t('saved', { title: untitled(talk.title) }));
  }

  function move(index: number, delta: -1 | 1) {
    onBodyChange(moveTalk(body, index, delta));
    setEditing(null);
    setAnnouncement(t(delta < 0 ? 'movedUp' : 'movedDown', { title: untitled(talks[index].title), position: index + delta + 1 }));
    // Keep focus on the same button of the moved talk, so repeated presses keep moving it.
    const target = index + delta;
    const button = delta < 0 ? 'up' : 'down';
    requestAnimationFrame(() => {
      const el = document.getElementById(`talk-${target}-move-${button}`) as HTMLButtonElement | null;
      (el && !el.disabled ? el : document.getElementById(`talk-${target}-edit`))?.focus();
    });
  }

  function remove(index: number) {
    onBodyChange(removeTalk(body, index));
    setConfirming(null);
    setEditing(null);
    setAnnouncement(t('removed', { title: untitled(talks[index].title) }));
    // The item and its buttons are gone; put focus somewhere predictable.
    requestAnimationFrame(() => document.getElementById('talks-panel-heading')?.focus());
  }

  function askToRemove(index: number) {
    setConfirming(index);
    // The safe choice gets focus, so a stray Enter keeps the talk.
    requestAnimationFrame(() => document.getElementById(`talk-${index}-keep`)?.focus());
  }

  const editIndex = editing?.kind === 'edit' ? findTalkIndex(talks, editing.source, editing.index) : -1;

  return (
    <section data-testid="talks-panel" aria-labelledby="talks-panel-heading" className="mt-8">
      <div className="flex items-center justify-between gap-2">
        <h2 id="talks-panel-heading" tabIndex={-1} className="text-lg font-semibold">
          {t('title', { count: talks.length })}
        </h2>
        <button type="button" className="btn-link text-sm" onClick={() => setEditing({ kind: 'new' })} disabled={editing?.kind === 'new'}>
          {t('add')}
        </button>
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {talks.length === 0 && <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t('none')}</p>}
      <ol className="mt-3 space-y-3">
        {talks.map((talk, i) => (
          <li key={i} data-testid="talk-item" aria-labelledby={`talk-${i}-title`} className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
            <h3 id={`talk-${i}-title`} className="font-medium">
              {i + 1}. {untitled(talk.title)}
            </h3>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{talk.speakers.map((s) => s.name).join(', ') || t('noSpeakers')}</p>
            {confirming === i ? (
              <div role="group" aria-label={t('confirmGroup', { title: untitled(talk.title) })} className="mt-2 flex flex-wrap items-center gap-2 text-sm">
                <span>{t('removeQuestion')}</span>
                <button type="button" className="btn-link border-red-600 text-red-700 dark:text-red-400" onClick={() => remove(i)}>
                  {t('yesRemove')}
                </button>
                <button id={`talk-${i}-keep`} type="button" className="btn-link" onClick={() => setConfirming(null)}>
                  {t('keep')}
                </button>
              </div>
            ) : (
              <div className="mt-2 flex flex-wrap gap-2 text-sm">
                <button id={`talk-${i}-edit`} type="button" className="btn-link" onClick={() => setEditing({ kind: 'edit', index: i, source: talk.source })}>
                  {t('edit')}
                </button>
                <button id={`talk-${i}-move-up`} type="button" className="btn-link disabled:opacity-40" disabled={i === 0} onClick={() => move(i, -1)}>
                  {t('moveUp')}
                </button>
                <button
                  id={`talk-${i}-move-down`}
                  type="button"
                  className="btn-link disabled:opacity-40"
                  disabled={i === talks.length - 1}
                  onClick={() => move(i, 1)}
                >
                  {t('moveDown')}
                </button>
                <button type="button" className="btn-link" onClick={() => askToRemove(i)}>
                  {t('remove')}
                </button>
              </div>
            )}
            {editIndex === i && <TalkForm talk={talk} heading={t('editHeading', { number: i + 1 })} onSave={save} onCancel={() => setEditing(null)} />}
          </li>
        ))}
      </ol>
      {editing?.kind === 'new' && <TalkForm talk={null} heading={t('newHeading')} onSave={save} onCancel={() => setEditing(null)} />}
    </section>
  );
}
