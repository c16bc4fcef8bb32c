import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RecapPreview } from '@/components/recaps/recap-preview';
import { compileBodyBudgeted } from '@/lib/mdx/budget';
import { renderBody } from '@/lib/mdx/render';
import { getPreviewRecap } from '@/lib/recaps/preview-links';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Draft preview', robots: { index: false, follow: false, nocache: true } };

/**
 * A draft shared by link (for speakers to check their section): no account, never indexed.
 * Laid out by the public page's own component (`RecapArticle`), so it looks exactly like the page will.
 */
export default async function PreviewPage({ params }: { params: Promise<{ token: string }> }) {
  const recap = await getPreviewRecap((await params).token);
  if (!recap) notFound();
  const compiled = await compileBodyBudgeted(recap.body);
  return (
    <>
      <p role="note" className="mb-6 rounded-md bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
        {/* The link shows the working copy: for a published recap, changes visitors don't see yet. */}
        {recap.status === 'published'
          ? 'Draft preview: these are changes not yet on the public page. Please don’t share this link publicly.'
          : 'Draft preview: this recap is not published yet. Please don’t share this link publicly.'}
      </p>
      {compiled.ok ? (
        <RecapPreview fields={recap.fields} talks={compiled.value.talks} titleAs="h1">
          {renderBody(compiled.value.hast, compiled.value.talks)}
        </RecapPreview>
      ) : (
        <>
          <h1 className="text-3xl font-bold tracking-tight">{recap.fields.title || 'Draft recap'}</h1>
          <p className="mt-4">This draft has errors that the organizers are fixing. Check back soon.</p>
        </>
      )}
    </>
  );
}
