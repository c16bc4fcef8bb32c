import { useId } from 'react';
import { useTranslations } from 'next-intl';
import type { TalkSpeakerDraft } from '@/lib/recaps/talk-blocks';
import { FormField, INPUT_CLASS } from './form-field';
import { noStraightQuotes } from './talk-validation';

interface Props {
  index: number;
  speaker: TalkSpeakerDraft;
  errors: Record<string, string>;
  canRemove: boolean;
  onChange: (speaker: TalkSpeakerDraft) => void;
  onRemove: () => void;
}

const PARTS = ['name', 'role', 'affiliation'] as const;

export function SpeakerFields({ index, speaker, errors, canRemove, onChange, onRemove }: Props) {
  const t = useTranslations('editor.speaker');
  const id = useId();
  return (
    <fieldset className="grid gap-2 rounded-md border border-zinc-200 p-3 sm:grid-cols-3 dark:border-zinc-800">
      <legend className="px-1 text-sm font-medium">{t('legend', { number: index + 1 })}</legend>
      {PARTS.map((key) => (
        <FormField key={key} id={`${id}-${key}`} label={t(key)} error={errors[`speaker-${index}-${key}`]}>
          {(aria) => (
            <input {...aria} value={speaker[key]} className={INPUT_CLASS} onChange={(e) => onChange({ ...speaker, [key]: noStraightQuotes(e.target.value) })} />
          )}
        </FormField>
      ))}
      {canRemove && (
        <div className="sm:col-span-3">
          <button type="button" className="btn-link text-sm" onClick={onRemove}>
            {t('remove')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
