import { useTranslations } from 'next-intl';
import { EVENT_FIELD_KEYS } from '@/lib/recaps/editor-fields';
import { isFieldKey } from './types';

const isEventKey = (key: string): key is (typeof EVENT_FIELD_KEYS)[number] => (EVENT_FIELD_KEYS as readonly string[]).includes(key);

/** A field's label in the admin locale (`editor.fields`, the event's `editor.event.fields`); an unknown key is shown as it is. */
export function useFieldLabel(): (key: string) => string {
  const t = useTranslations('editor.fields');
  const event = useTranslations('editor.event.fields');
  return (key) => (isEventKey(key) ? event(key) : isFieldKey(key) ? t(key as Exclude<typeof key, (typeof EVENT_FIELD_KEYS)[number]>) : key);
}
