import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';
import type { DraftToReview } from '@/lib/import/admin';
import type { ImportOutcome } from '@/lib/import/report';
import { fieldNoteText, reviewItemText } from '@/lib/import/report-text';

/**
 * Imported drafts that need review, each with what its report asks a person
 * to check and what the importer filled, in the organizer's language (the
 * catalog's `importReport`; an older report without codes shows its English).
 */
export function ImportedDrafts({ drafts, locale }: { drafts: DraftToReview[]; locale: Locale }) {
  const t = translator(locale, 'admin.import');
  const r = translator(locale, 'importReport');
  const kindLabel = (kind: string) => (r.has(`kind.${kind}` as 'kind.gate') ? r(`kind.${kind}` as 'kind.gate') : kind);
  const confidenceLabel = (confidence: string) =>
    r.has(`confidence.${confidence}` as 'confidence.certain') ? r(`confidence.${confidence}` as 'confidence.certain') : confidence;
  return (
    <ul className="mt-2 space-y-4" data-testid="imported-drafts">
      {drafts.map((draft) => (
        <li key={draft.recapId}>
          <Link href={`/admin/recaps/${draft.recapId}`} className="font-medium hover:underline">
            {draft.title}
          </Link>{' '}
          <span className="text-sm text-zinc-600 dark:text-zinc-400">
            {t('from', { file: draft.sourcePath, talks: draft.talks, items: draft.review.length })}
          </span>
          {draft.review.length > 0 && (
            <details className="mt-1 text-sm" data-testid="review-items">
              <summary>{t('showItems', { items: draft.review.length })}</summary>
              <ul className="mt-1 list-disc pl-5">
                {draft.review.map((item, i) => (
                  <li key={i}>{r('ui.item', { kind: kindLabel(item.kind), line: String(item.line), message: reviewItemText(item, locale) })}</li>
                ))}
              </ul>
            </details>
          )}
          {draft.fields.length > 0 && (
            <details className="mt-1 text-sm" data-testid="filled-fields">
              <summary>{r('ui.showFields', { count: draft.fields.length })}</summary>
              <ul className="mt-1 list-disc pl-5">
                {draft.fields.map((field, i) => {
                  const note = fieldNoteText(field, locale);
                  return (
                    <li key={i}>
                      {r('ui.field', {
                        field: field.field,
                        value: valueText(field.value),
                        line: String(field.source.line),
                        confidence: confidenceLabel(field.confidence),
                      })}
                      {note && <span className="block text-zinc-600 dark:text-zinc-400">{note}</span>}
                    </li>
                  );
                })}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}

/** What became of a post, in the organizer's language (the upload form's results). */
export function outcomeWords(locale: Locale): Record<ImportOutcome, string> {
  const r = translator(locale, 'importReport');
  return {
    created: r('outcome.created'),
    updated: r('outcome.updated'),
    unchanged: r('outcome.unchanged'),
    conflict: r('outcome.conflict'),
    written: r('outcome.written'),
    failed: r('outcome.failed'),
    'dry-run': r('outcome.dry-run'),
  };
}

/** A filled value as a short line: text as is, lists joined, a registry match as name → person, anything else as JSON. */
function valueText(value: unknown): string {
  const person = value as { name?: unknown; person?: unknown } | null;
  const text =
    typeof value === 'string'
      ? value
      : Array.isArray(value)
        ? value.map(String).join(', ')
        : typeof person?.name === 'string' && typeof person.person === 'string'
          ? `${person.name} → ${person.person}`
          : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
