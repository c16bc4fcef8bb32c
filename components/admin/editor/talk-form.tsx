import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { emptyTalk, toDraft, type TalkDraft } from '@/lib/recaps/talk-blocks';
import { FormField, INPUT_CLASS } from './form-field';
import { SpeakerFields } from './speaker-fields';
import { noStraightQuotes, validateTalk, type TalkErrors } from './talk-validation';

interface Props {
  talk: TalkDraft | null;
  heading: string;
  onSave: (talk: TalkDraft) => void;
  onCancel: () => void;
}

/** Edits one talk as form fields; only "Save talk" writes it into the body. */
export function TalkForm({ talk, heading, onSave, onCancel }: Props) {
  const t = useTranslations('editor');
  const id = useId();
  const [draft, setDraft] = useState<TalkDraft>(() => (talk ? toDraft(talk) : emptyTalk()));
  const [keys, setErrors] = useState<TalkErrors>({});
  const errors = Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, t(`talkErrors.${key}`, { tag: '</Talk>' })]));
  const [submitted, setSubmitted] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => titleRef.current?.focus(), []);

  function update(next: TalkDraft) {
    setDraft(next);
    // Before the first save attempt, don't nag; afterwards keep the messages current.
    if (submitted) setErrors(validateTalk(next));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateTalk(draft);
    setErrors(found);
    setSubmitted(true);
    if (Object.keys(found).length === 0) onSave(draft);
    else requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  const text = (key: 'title' | 'slides' | 'video', label: string, type = 'text') => (
    <FormField id={`${id}-${key}`} label={label} error={errors[key]}>
      {(aria) => (
        <input
          {...aria}
          ref={key === 'title' ? titleRef : undefined}
          type={type}
          value={draft[key]}
          className={INPUT_CLASS}
          onChange={(e) => update({ ...draft, [key]: noStraightQuotes(e.target.value) })}
        />
      )}
    </FormField>
  );

  return (
    <form ref={formRef} onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate className="mt-3 space-y-3 rounded-md border border-teal-600/40 p-4">
      <h4 id={`${id}-heading`} className="font-semibold">
        {heading}
      </h4>
      {text('title', t('talkForm.title'))}
      {draft.speakers.map((speaker, i) => (
        <SpeakerFields
          key={i}
          index={i}
          speaker={speaker}
          errors={errors}
          canRemove={draft.speakers.length > 1}
          onChange={(s) => update({ ...draft, speakers: draft.speakers.map((old, j) => (j === i ? s : old)) })}
          onRemove={() => update({ ...draft, speakers: draft.speakers.filter((_, j) => j !== i) })}
        />
      ))}
      <button
        type="button"
        className="btn-link text-sm"
        onClick={() => update({ ...draft, speakers: [...draft.speakers, { name: '', role: '', affiliation: '' }] })}
      >
        {t('talkForm.addSpeaker')}
      </button>
      {text('slides', t('talkForm.slides'), 'url')}
      {text('video', t('talkForm.video'), 'url')}
      <FormField id={`${id}-summary`} label={t('talkForm.summary')} error={errors.summary} hintIds={[`${id}-summary-hint`]}>
        {(aria) => (
          <textarea
            {...aria}
            rows={6}
            value={draft.summary}
            className={`${INPUT_CLASS} font-mono`}
            onChange={(e) => update({ ...draft, summary: e.target.value })}
          />
        )}
      </FormField>
      <p id={`${id}-summary-hint`} className="text-xs text-zinc-600 dark:text-zinc-400">
        {t('talkForm.summaryHint')}
      </p>
      <div className="flex gap-2">
        <button type="submit" className="btn-link bg-teal-700 text-white hover:text-white dark:bg-teal-700">
          {t('talkForm.save')}
        </button>
        <button type="button" className="btn-link" onClick={onCancel}>
          {t('talkForm.cancel')}
        </button>
      </div>
    </form>
  );
}
