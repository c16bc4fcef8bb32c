import { useLocale, useTranslations } from 'next-intl';
import { HTML_LANG } from '@/lib/i18n/locales';
import type { SaveStatus } from './types';

type T = ReturnType<typeof useTranslations<'editor.save'>>;

function describe(status: SaveStatus, t: T, lang: string): { text: string; tone: 'muted' | 'warn' | 'error' } {
  switch (status.kind) {
    case 'clean':
      return { text: t('clean'), tone: 'muted' };
    case 'dirty':
      return { text: t('dirty'), tone: 'warn' };
    case 'saving':
      return { text: t('saving'), tone: 'muted' };
    case 'saved': {
      const time = new Date(status.at).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
      return { text: t('savedAt', { time }), tone: 'muted' };
    }
    case 'retrying':
      return { text: t('retrying'), tone: 'error' };
    case 'error':
      return { text: t('error', { message: status.message }), tone: 'error' };
    case 'conflict':
      return { text: t('conflict'), tone: 'error' };
  }
}

const TONES = {
  muted: 'text-zinc-600 dark:text-zinc-400',
  warn: 'text-amber-700 dark:text-amber-300',
  error: 'text-red-700 dark:text-red-400',
};

/** Polite live region: announced when it changes, without interrupting typing. */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  const t = useTranslations('editor.save');
  const { text, tone } = describe(status, t, HTML_LANG[useLocale()]);
  return (
    <p data-testid="save-status" role="status" aria-live="polite" className={`text-sm ${TONES[tone]}`}>
      {text}
    </p>
  );
}
