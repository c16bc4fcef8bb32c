import type { ReactNode } from 'react';
import '../../../globals.css';
import { SiteShell } from '@/components/layout/site-shell';
import { env } from '@/lib/env';
import { getPreviewRecap } from '@/lib/recaps/preview-links';

/** Root layout of a draft preview: like the recap page it previews, its chrome follows the recap's language. */
export default async function PreviewLayout({ children, params }: { children: ReactNode; params: Promise<{ token: string }> }) {
  const recap = await getPreviewRecap((await params).token);
  const locale = recap?.fields.locale === 'zh' || recap?.fields.locale === 'en' ? recap.fields.locale : env.defaultLocale;
  return (
    <SiteShell locale={locale} siteName={env.siteName} switcher={{ kind: 'translation', href: null }}>
      {children}
    </SiteShell>
  );
}
