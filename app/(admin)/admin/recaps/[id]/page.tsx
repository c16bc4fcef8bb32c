import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getAdminLocale } from '@/lib/i18n/admin-locale';
import { RecapEditor } from '@/components/admin/editor/recap-editor';
import { PublishPanel } from '@/components/admin/publish-panel';
import { TranslationPanel } from '@/components/admin/translations/translation-panel';
import { WorkingCopyProvider } from '@/components/admin/working-copy/context';
import { differsFromLive } from '@/lib/recaps/live-text';
import { requireOrganizer } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import { getEditorRecap, listRecapVersions } from '@/lib/recaps/admin-queries';
import { previewAction, saveDraftAction } from './actions';
import {
  createPreviewLinkAction,
  deleteAction,
  discardChangesAction,
  publishAction,
  revokePreviewLinksAction,
  scheduleAction,
  unpublishAction,
  updateLiveAction,
} from './status-actions';
import { addTranslationAction } from './translation-actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations({ locale: await getAdminLocale(), namespace: 'editor' }))('meta.edit') };
}

interface Props {
  params: Promise<{ id: string }>;
}

export default async function EditRecapPage({ params }: Props) {
  const { id: raw } = await params;
  await requireOrganizer(`/admin/recaps/${raw}`);
  const id = Number(raw);
  const recap = Number.isInteger(id) && id > 0 ? await getEditorRecap(id) : null;
  if (!recap) notFound();
  const t = await getTranslations({ locale: await getAdminLocale(), namespace: 'editor.page' });
  const live = recap.live ? { fields: recap.live.fields, body: recap.live.body } : null;
  const versions = await listRecapVersions(recap.translationKey, recap.slug);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-baseline gap-4">
        <h1 className="text-2xl font-bold text-zinc-900 dark:text-zinc-50">{recap.fields.title || t('untitled')}</h1>
        <Link href={`/admin/recaps/${id}/history`} className="text-sm underline">
          {t('history')}
        </Link>
      </div>
      {/* The editor gets the full width so its preview sits beside it; publishing comes first. */}
      <WorkingCopyProvider>
        <div className="grid gap-6">
          <aside className="max-w-3xl">
            <PublishPanel
              status={recap.status}
              slug={recap.slug}
              scheduledAt={recap.scheduledAt}
              live={live}
              initiallyChanged={live ? differsFromLive(live, { fields: recap.fields, body: recap.body }) : false}
              liveProblem={recap.liveProblem}
              publishProblem={recap.publishProblem}
              publish={publishAction.bind(null, id)}
              unpublish={unpublishAction.bind(null, id)}
              updateLive={updateLiveAction.bind(null, id)}
              discard={discardChangesAction.bind(null, id)}
              schedule={scheduleAction.bind(null, id)}
              remove={deleteAction.bind(null, id)}
              createPreviewLink={createPreviewLinkAction.bind(null, id)}
              revokePreviewLinks={revokePreviewLinksAction.bind(null, id)}
            />
            <div className="mt-4">
              <TranslationPanel
                uiLocale={await getAdminLocale()}
                locale={recap.fields.locale === 'zh' ? 'zh' : 'en'}
                versions={versions}
                add={addTranslationAction.bind(null, id)}
              />
            </div>
          </aside>
          <RecapEditor
            recapId={id}
            initial={{
              version: recap.version,
              fields: recap.fields,
              body: recap.body,
              status: recap.status,
              updatedAt: recap.updatedAt,
              updatedByName: recap.updatedByName,
            }}
            saveAction={saveDraftAction.bind(null, id)}
            previewAction={previewAction}
            uploadUrl="/api/media"
            siteTimeZone={env.siteTimeZone}
          />
        </div>
      </WorkingCopyProvider>
    </>
  );
}
