import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { FormState } from '@/lib/form-state';
import type { RecapVersion } from '@/lib/recaps/admin-queries';
import { AddTranslationButton } from './add-translation-button';

const LOCALES = ['en', 'zh'] as const;

/**
 * The language versions of a recap in the admin: "English version: draft",
 * with a link to edit it (a database recap) or to its public page (a
 * git-managed file, read-only). `add`: the "Add translation" action for the
 * missing language, only on a database recap's editor.
 */
export async function TranslationPanel({
  uiLocale,
  locale,
  versions,
  add,
}: {
  /** The admin's language (lib/i18n/admin-locale.ts). */
  uiLocale: 'en' | 'zh';
  /** The recap's own language. */
  locale: 'en' | 'zh';
  versions: RecapVersion[];
  add?: (state: FormState, form: FormData) => Promise<FormState>;
}) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'translation' });
  const language = (l: 'en' | 'zh') => t(`language.${l}`);
  const missing = LOCALES.filter((l) => l !== locale && !versions.some((v) => v.locale === l));
  return (
    <section aria-labelledby="translations-title" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="translations-title" className="font-semibold text-zinc-900 dark:text-zinc-50">
        {t('heading')}
      </h2>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t('thisVersion', { language: language(locale) })}</p>
      {versions.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm" data-testid="recap-versions">
          {versions.map((v) => (
            <li key={v.slug}>
              {t('version', { language: language(v.locale), status: t(`status.${v.status}`) })} ·{' '}
              <span lang={v.locale === 'zh' ? 'zh-CN' : 'en'}>{v.title || v.slug}</span> ·{' '}
              {v.id !== undefined ? (
                <Link className="underline" href={`/admin/recaps/${v.id}`}>
                  {t('edit')}
                </Link>
              ) : (
                <Link className="underline" href={`/admin/files/${encodeURIComponent(v.slug)}`}>
                  {t('view')}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
      {missing.map((l) => (
        <div key={l} className="mt-2">
          <p className="text-sm">{t('none', { language: language(l) })}</p>
          {add && (
            <AddTranslationButton
              action={add}
              labels={{ add: t('add', { language: language(l) }), adding: t('adding'), help: t('addHelp', { language: language(l) }) }}
            />
          )}
        </div>
      ))}
    </section>
  );
}
