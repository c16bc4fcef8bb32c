import { useTranslations } from 'next-intl';
import { isFieldKey } from './types';

/** A field's label in the admin locale (`editor.fields`); an unknown key is shown as it is. */
export function useFieldLabel(): (key: string) => string {
  const t = useTranslations('editor.fields');
  return (key) => (isFieldKey(key) ? t(key) : key);
}
