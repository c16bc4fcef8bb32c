import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { otherScriptLang } from '@/lib/i18n/text-lang';
import { listSpeakers } from '@/lib/recaps/public-reads';
import { pageMetadata } from '@/lib/seo';
import { speakerDisplayName } from '@/lib/speakers/display-name';

export async function speakersMetadata(locale: Locale, page = 1): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'speakers' });
  return pageMetadata({
    inEveryLanguage: true,
    locale,
    title: page > 1 ? t('metaTitlePage', { page }) : t('metaTitle'),
    description: t('metaDescription'),
    path: localePath(locale, '/speakers'),
    // Later pages are parts of /speakers for search engines, which follow the pager.
    noindex: page > 1,
  });
}

/** `/speakers` (page 1, cached through the listing route) and `/speakers?page=n` (app/(site)/[locale]/speakers/page.tsx). */
export async function SpeakersListing({ locale, page }: { locale: Locale; page?: number }) {
  const [t, speakers] = await Promise.all([getTranslations({ locale, namespace: 'speakers' }), listSpeakers(page)]);
  const listPath = localePath(locale, '/speakers');
  return (
    <>
      <PageHeader title={t('title')}>
        <p>{t('intro', { count: speakers.total })}</p>
      </PageHeader>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {speakers.items.map((s) => (
          <li key={s.slug}>
            <Link
              href={localePath(locale, `/speakers/${encodeURIComponent(s.slug)}`)}
              className="block rounded-lg border border-zinc-200 p-4 hover:border-teal-600 dark:border-zinc-800"
            >
              <span className="name-strong" lang={otherScriptLang(speakerDisplayName(s, locale), locale)}>
                {speakerDisplayName(s, locale)}
              </span>
              <span className="meta-sm" lang={otherScriptLang(`${s.role ?? ''}${s.affiliation ?? ''}`, locale)}>
                {[s.role, s.affiliation].filter(Boolean).join(' · ')}
              </span>
              <span className="mt-1 meta-xs">{t('talksAtEvents', { talks: s.talkCount, events: s.recapCount })}</span>
            </Link>
          </li>
        ))}
      </ul>
      <Pager locale={locale} page={speakers.page} pageCount={speakers.pageCount} href={(n) => (n > 1 ? `${listPath}?page=${n}` : listPath)} />
    </>
  );
}
