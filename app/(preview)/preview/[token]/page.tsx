import { env } from '@/lib/env';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RecapPreview, draftLocale } from '@/components/recaps/recap-preview';
import { compileBodyBudgeted } from '@/lib/mdx/budget';
import { renderBody } from '@/lib/mdx/render';
import { getPreviewRecap } from '@/lib/recaps/preview-links';
import { previewSummary } from '@/lib/recaps/preview-event';
import { EventStageBlock } from '@/components/events/event-stage';
import { now } from '@/lib/events/clock';
import { eventStage } from '@/lib/events/event-facts';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ token: string }>;
}

const NOT_INDEXED = { index: false, follow: false, nocache: true };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const recap = await getPreviewRecap((await params).token);
  const t = await getTranslations({ locale: recap ? draftLocale(recap.fields) : env.defaultLocale, namespace: 'recap.preview' });
  return { title: t('metaTitle'), robots: NOT_INDEXED };
}

/**
 * A draft shared by link (for speakers to check their section): no account, never indexed.
 * Laid out by the public page's own component (`RecapArticle`), so it looks exactly like the page will;
 * its notices are in the draft's language, like the chrome (the layout).
 */
export default async function PreviewPage({ params }: Props) {
  const recap = await getPreviewRecap((await params).token);
  if (!recap) notFound();
  const locale = draftLocale(recap.fields);
  const [t, compiled] = await Promise.all([getTranslations({ locale, namespace: 'recap.preview' }), compileBodyBudgeted(recap.body)]);
  // The event block of the public page (announcement, "recap is coming"), from the fields as typed.
  const summary = compiled.ok ? previewSummary(recap.fields, compiled.value.talks) : null;
  return (
    <>
      <p role="note" className="mb-6 rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
        {/* The link shows the working copy: for a published recap, changes visitors don't see yet. */}
        {recap.status === 'published' ? t('published') : t('draft')}
      </p>
      {compiled.ok ? (
        <RecapPreview fields={recap.fields} talks={compiled.value.talks} titleAs="h1">
          {summary && <EventStageBlock recap={summary} stage={eventStage(summary.event, now())} locale={locale} />}
          {renderBody(compiled.value.hast, compiled.value.talks, locale)}
        </RecapPreview>
      ) : (
        <>
          <h1 className="text-3xl font-bold tracking-tight">{recap.fields.title || t('draftTitle')}</h1>
          <p className="mt-4">{t('hasErrors')}</p>
        </>
      )}
    </>
  );
}
