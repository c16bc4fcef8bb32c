import 'server-only';
import { env } from '@/lib/env';
import { now } from '@/lib/events/clock';
import { eventFactsOf } from '@/lib/events/event-facts';
import { isTimeZone, localDay } from '@/lib/events/zoned-time';
import type { TalkInfo } from '@/lib/mdx/talks';
import { validateFields, type RecapFields } from './editor-fields';
import type { RecapSummary } from './types';

/**
 * A draft's fields as the summary its event block renders from (the
 * announcement, the "recap is coming" note), checked as if published today,
 * so that a preview shows what the public page will; null while the fields
 * would not publish (the preview then shows the body alone).
 */
export function previewSummary(fields: RecapFields, talks: TalkInfo[]): RecapSummary | null {
  const zone = isTimeZone(fields.timeZone) ? fields.timeZone : env.siteTimeZone;
  const checked = validateFields(fields, localDay(now(), zone));
  if (!checked.ok) return null;
  const fm = checked.data;
  return { ...fm, slug: fields.slug, talks, lastModified: fm.published, source: 'db', event: eventFactsOf(fm, env.siteTimeZone) };
}
