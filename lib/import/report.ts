import type { Messages } from '@/lib/i18n/messages';
import { renderReportText } from './report-text';

// The report of one imported post (JSON, printed by --dry-run and stored with
// the import): every field the importer filled, where it came from and how
// sure it is, and every item a person must look at before publishing.
// Every sentence of it is a message code with its arguments (the catalog's
// `importReport.text`, lib/i18n/messages): the admin shows it in the
// organizer's language; `message` and `note` hold the English, rendered from
// the same catalog, for the JSON report and the command line.

export type Confidence = 'certain' | 'likely' | 'guessed';

export interface SourceRef {
  file: string;
  line: number;
}

/** A sentence of the report: a key of `importReport.text` and its arguments. */
export type ReportCode = keyof Messages['importReport']['text'];

/**
 * An argument: text or a number as is; another sentence of the report
 * (rendered in the same language; a list is joined); or an English sentence
 * from elsewhere in lib (the gate, the media pipeline, a YAML parser), which
 * the admin translates where its catalog knows it (lib/i18n/admin-errors.ts).
 */
export type ReportParam = string | number | ReportText | ReportText[] | { sentence: string };

export interface ReportText {
  code: ReportCode;
  params?: Record<string, ReportParam>;
}

/** A sentence of the report, for the call sites' brevity. */
export function say(code: ReportCode, params?: Record<string, ReportParam>): ReportText {
  return params ? { code, params } : { code };
}

export interface FilledField {
  field: string;
  value: unknown;
  source: SourceRef;
  confidence: Confidence;
  /** How it was found, when not simply copied ("from the prose: 7 月 15 日"), in English. */
  note?: string;
  /** The same, as a message code and its arguments. */
  noteCode?: ReportCode;
  noteParams?: Record<string, ReportParam>;
}

/** What a person is asked to look at; each has a label in the catalog (`importReport.kind`). */
export const REVIEW_KINDS = [
  'missing-city',
  'missing-venue',
  'role-not-split',
  'image-without-alt',
  'image-missing',
  'image-unreadable',
  'image-mislabelled',
  'image-refused',
  'possible-talk',
  'possible-translation',
  'speaker-match',
  'recurring-speaker',
  'event-fact-from-prose',
  'description-replaced',
  'announcement',
  'removed-element',
  'unsafe-link',
  'shortcode',
  'front-matter',
  'gate',
] as const;

export type ReviewKind = (typeof REVIEW_KINDS)[number];

export interface ReviewItem {
  kind: ReviewKind;
  /** The item as a message code and its arguments (the admin renders it in the organizer's language). */
  code: ReportCode;
  params: Record<string, ReportParam>;
  /** The same in English. */
  message: string;
  source: SourceRef;
}

/** A talk's speaker the speaker registry knows (lib/import/registry-match.ts). */
export interface RegistryPerson {
  /** The name as the talk writes it (and as the emitted <Talk> keeps it). */
  name: string;
  /** The person's speaker page. */
  slug: string;
  /** The registry's name it matched. */
  match: string;
  /** certain: the same name or alias, exactly; likely: the same once normalised (width, case, spacing, word order). */
  confidence: 'certain' | 'likely';
}

export type ImportOutcome = 'created' | 'updated' | 'unchanged' | 'conflict' | 'written' | 'failed' | 'dry-run';

export interface PostReport {
  file: string;
  slug: string;
  locale: string;
  /** What happened to it in this run. */
  outcome: ImportOutcome;
  /** Why it failed or conflicted, in words. */
  problems: string[];
  fields: FilledField[];
  talks: { title: string; speakers: string; source: SourceRef; confidence: Confidence; people?: RegistryPerson[] }[];
  review: ReviewItem[];
}

/** Collects a post's report while it is converted. */
export class ReportBuilder {
  readonly fields: FilledField[] = [];
  readonly review: ReviewItem[] = [];
  readonly talks: PostReport['talks'] = [];

  constructor(readonly file: string) {}

  at(line: number): SourceRef {
    return { file: this.file, line };
  }

  fill(field: string, value: unknown, line: number, confidence: Confidence, note?: ReportText): void {
    const existing = this.fields.findIndex((f) => f.field === field);
    const entry: FilledField = {
      field,
      value,
      source: this.at(line),
      confidence,
      ...(note ? { note: renderReportText('en', note), noteCode: note.code, noteParams: note.params ?? {} } : {}),
    };
    if (existing === -1) this.fields.push(entry);
    else this.fields[existing] = entry;
  }

  flag(kind: ReviewKind, text: ReportText, line: number): void {
    this.review.push({ kind, code: text.code, params: text.params ?? {}, message: renderReportText('en', text), source: this.at(line) });
  }

  build(rest: Pick<PostReport, 'slug' | 'locale' | 'outcome' | 'problems'>): PostReport {
    return { file: this.file, ...rest, fields: this.fields, talks: this.talks, review: this.review };
  }
}
