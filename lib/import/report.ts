// The report of one imported post (JSON, printed by --dry-run and stored with
// the import): every field the importer filled, where it came from and how
// sure it is, and every item a person must look at before publishing.

export type Confidence = 'certain' | 'likely' | 'guessed';

export interface SourceRef {
  file: string;
  line: number;
}

export interface FilledField {
  field: string;
  value: unknown;
  source: SourceRef;
  confidence: Confidence;
  /** How it was found, when not simply copied ("from the prose: 7 月 15 日"). */
  note?: string;
}

export type ReviewKind =
  | 'missing-city'
  | 'missing-venue'
  | 'role-not-split'
  | 'image-without-alt'
  | 'image-missing'
  | 'image-unreadable'
  | 'image-mislabelled'
  | 'image-refused'
  | 'possible-talk'
  | 'possible-translation'
  | 'speaker-match'
  | 'event-fact-from-prose'
  | 'description-replaced'
  | 'announcement'
  | 'removed-element'
  | 'unsafe-link'
  | 'shortcode'
  | 'front-matter'
  | 'gate';

export interface ReviewItem {
  kind: ReviewKind;
  message: string;
  source: SourceRef;
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
  talks: { title: string; speakers: string; source: SourceRef; confidence: Confidence }[];
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

  fill(field: string, value: unknown, line: number, confidence: Confidence, note?: string): void {
    const existing = this.fields.findIndex((f) => f.field === field);
    const entry: FilledField = { field, value, source: this.at(line), confidence, ...(note ? { note } : {}) };
    if (existing === -1) this.fields.push(entry);
    else this.fields[existing] = entry;
  }

  flag(kind: ReviewKind, message: string, line: number): void {
    this.review.push({ kind, message, source: this.at(line) });
  }

  build(rest: Pick<PostReport, 'slug' | 'locale' | 'outcome' | 'problems'>): PostReport {
    return { file: this.file, ...rest, fields: this.fields, talks: this.talks, review: this.review };
  }
}
