import type { ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';

const STYLES = {
  note: 'border-sky-500 bg-sky-50 dark:bg-sky-950/40',
  tip: 'border-emerald-500 bg-emerald-50 dark:bg-emerald-950/40',
  warning: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40',
} as const;

/** A note, tip or warning; without a title of its own it is labelled in the recap's language. */
export function Callout({ locale, type = 'note', title, children }: { locale: Locale; type?: string; title?: string; children?: ReactNode }) {
  const kind = (type in STYLES ? type : 'note') as keyof typeof STYLES;
  return (
    <aside role="note" className={`my-6 rounded-r-lg border-l-4 px-4 py-3 ${STYLES[kind]}`}>
      <p className="!mt-0 font-semibold">{title ?? translator(locale, 'talk.callout')(kind)}</p>
      <div className="[&>p:last-child]:mb-0">{children}</div>
    </aside>
  );
}
