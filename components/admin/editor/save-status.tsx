import type { SaveStatus } from './types';

function describe(status: SaveStatus): { text: string; tone: 'muted' | 'warn' | 'error' } {
  switch (status.kind) {
    case 'clean':
      return { text: 'Saved', tone: 'muted' };
    case 'dirty':
      return { text: 'Unsaved changes', tone: 'warn' };
    case 'saving':
      return { text: 'Saving…', tone: 'muted' };
    case 'saved': {
      const time = new Date(status.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
      return { text: `Saved at ${time}`, tone: 'muted' };
    }
    case 'retrying':
      return { text: 'Save failed — retrying', tone: 'error' };
    case 'error':
      return { text: `Not saved: ${status.message}`, tone: 'error' };
    case 'conflict':
      return { text: 'Not saved — someone else saved this recap', tone: 'error' };
  }
}

const TONES = {
  muted: 'text-zinc-600 dark:text-zinc-400',
  warn: 'text-amber-700 dark:text-amber-300',
  error: 'text-red-700 dark:text-red-400',
};

/** Polite live region: announced when it changes, without interrupting typing. */
export function SaveStatusText({ status }: { status: SaveStatus }) {
  const { text, tone } = describe(status);
  return (
    <p data-testid="save-status" role="status" aria-live="polite" className={`text-sm ${TONES[tone]}`}>
      {text}
    </p>
  );
}
