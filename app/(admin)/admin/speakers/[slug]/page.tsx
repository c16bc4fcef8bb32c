import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { PersonForm } from '@/components/admin/speakers/person-form';
import { MergeForm, SplitForm } from '@/components/admin/speakers/merge-split-forms';
import { requireOrganizer } from '@/lib/auth/guards';
import { decodeSegment } from '@/lib/routing/segment';
import { getAdminSpeaker } from '@/lib/speakers/admin-queries';
import { mergeSpeakersAction, savePersonAction, splitSpeakerAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await getAdminLocale(), namespace: 'speakerRegistry' }))('editTitle') };
}

interface Props {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** One speaker page: its person's names and links (read-only when from speakers.yml), merge another page in, split names off. */
export default async function AdminSpeakerPage({ params, searchParams }: Props) {
  const slug = decodeSegment((await params).slug);
  await requireOrganizer(`/admin/speakers/${encodeURIComponent(slug)}`);
  const [entry, t, query] = await Promise.all([
    getAdminSpeaker(slug),
    getAdminLocale().then((locale) => getTranslations({ locale, namespace: 'speakerRegistry' })),
    searchParams,
  ]);
  if (!entry) notFound();
  const notice = query.saved
    ? t('saved')
    : query.merged
      ? t('merged', { from: String(query.merged) })
      : query.split
        ? t('split', { from: String(query.split) })
        : null;
  const kind = (k: string) => (k === 'en' ? t('kindEn') : k === 'zh' ? t('kindZh') : t('kindAlias'));
  const byKind = (k: 'en' | 'zh') => entry.names.find((n) => n.kind === k)?.name;
  const dbNames = entry.names.filter((n) => n.source === 'db').map((n) => n.name);
  const fromPage =
    entry.source === null ? { en: entry.pageNames.find((n) => !/\p{Script=Han}/u.test(n)), zh: entry.pageNames.find((n) => /\p{Script=Han}/u.test(n)) } : {};
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/speakers" className="hover:underline">
          ← {t('back')}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold text-zinc-900 dark:text-zinc-50">
        {[byKind('en'), byKind('zh')].filter(Boolean).join(' / ') || entry.pageNames[0] || slug}
      </h1>
      <p className="mt-1 font-mono text-xs">
        <Link href={`/speakers/${encodeURIComponent(slug)}`} className="hover:underline">
          /speakers/{slug}
        </Link>{' '}
        · {t('viewPage')}
      </p>
      {notice && (
        <p
          role="status"
          className="mt-4 rounded-md border border-teal-300 bg-teal-50 px-3 py-2 text-sm text-teal-900 dark:border-teal-800 dark:bg-teal-950 dark:text-teal-100"
        >
          {notice}
        </p>
      )}
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="names-title" className="space-y-4">
          <h2 id="names-title" className="font-semibold">
            {t('editTitle')}
          </h2>
          {entry.names.length > 0 && (
            <ul data-testid="person-names" className="space-y-1 text-sm">
              {entry.names.map((n) => (
                <li key={n.name}>
                  <span lang={/\p{Script=Han}/u.test(n.name) ? 'zh-CN' : undefined}>{n.name}</span> · {kind(n.kind)}
                  {n.source === 'file' ? ` · ${t('fromFile')}` : entry.source === 'file' ? ` · ${t('linkedHere')}` : ''}
                </li>
              ))}
            </ul>
          )}
          {entry.source === 'file' ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('fileReadOnly')}</p>
          ) : (
            <>
              {entry.source === null && <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('makePerson')}</p>}
              <PersonForm
                action={savePersonAction.bind(null, slug)}
                initial={{
                  en: byKind('en') ?? fromPage.en ?? '',
                  zh: byKind('zh') ?? fromPage.zh ?? '',
                  aliases: entry.names
                    .filter((n) => n.kind === 'alias')
                    .map((n) => n.name)
                    .join('\n'),
                  homepage: entry.links.homepage ?? '',
                  github: entry.links.github ?? '',
                  version: entry.version,
                }}
                labels={{ nameEn: t('nameEn'), nameZh: t('nameZh'), aliases: t('aliases'), homepage: t('homepage'), github: t('github'), save: t('save') }}
              />
            </>
          )}
          {entry.pageNames.length > 0 && (
            <p className="text-sm">
              {t('pageNames')}: {entry.pageNames.join(', ')}
            </p>
          )}
          {entry.redirectsHere.length > 0 && (
            <p className="text-sm" data-testid="redirects-here">
              {t('redirectsHere')}: {entry.redirectsHere.map((r) => `/speakers/${r}`).join(', ')}
            </p>
          )}
        </section>
        <div className="space-y-8">
          <section aria-labelledby="merge-title" className="space-y-3">
            <h2 id="merge-title" className="font-semibold">
              {t('mergeTitle')}
            </h2>
            <MergeForm
              action={mergeSpeakersAction.bind(null, slug)}
              labels={{
                from: t('mergeFrom'),
                button: t('mergeButton'),
                question: t('mergeQuestion', { into: slug }),
                confirm: t('mergeConfirm'),
                name: t('mergeTitle'),
              }}
            />
          </section>
          {dbNames.length > 0 && (
            <section aria-labelledby="split-title" className="space-y-3">
              <h2 id="split-title" className="font-semibold">
                {t('splitTitle')}
              </h2>
              <SplitForm
                action={splitSpeakerAction.bind(null, slug)}
                names={dbNames}
                labels={{
                  names: t('splitNames'),
                  slug: t('splitSlug'),
                  button: t('splitButton'),
                  question: t('splitQuestion'),
                  confirm: t('splitConfirm'),
                  name: t('splitTitle'),
                }}
              />
            </section>
          )}
        </div>
      </div>
    </>
  );
}
