import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DuplicateForm } from '@/components/admin/duplicate-form';
import { TranslationPanel } from '@/components/admin/translations/translation-panel';
import { requireOrganizer } from '@/lib/auth/guards';
import { listRecapVersions } from '@/lib/recaps/admin-queries';
import { getRecap } from '@/lib/recaps/public-reads';
import { duplicateFileRecapAction } from '../../actions';
import { getTranslations } from 'next-intl/server';
import { getAdminLocale } from '@/lib/i18n/admin-locale';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await getAdminLocale(), namespace: 'editor.file' }))('meta') };
}

export default async function FileRecapPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireOrganizer(`/admin/files/${slug}`);
  const recap = await getRecap(slug);
  if (!recap || recap.source !== 'file') notFound();
  // Read-only: a file's versions are linked by translationKey in its front matter.
  const versions = await listRecapVersions(recap.translationKey ?? recap.slug, recap.slug);
  const t = await getTranslations({ locale: await getAdminLocale(), namespace: 'editor.file' });
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">{recap.title}</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t.rich('intro', { slug: recap.slug, code: (chunks) => <code>{chunks}</code> })}</p>
      <p className="mt-2 text-sm">
        <Link className="underline" href={`/recaps/${recap.slug}`}>
          {t('viewPublic')}
        </Link>{' '}
        · {t('talks', { count: recap.talks.length })}
      </p>
      <div className="mt-4">
        <TranslationPanel uiLocale={await getAdminLocale()} locale={recap.locale} versions={versions} />
      </div>
      <DuplicateForm action={duplicateFileRecapAction.bind(null, recap.slug)} suggestion={`${recap.slug}-copy`} />
    </div>
  );
}
