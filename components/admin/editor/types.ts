import type { ConflictCopy, PreviewState, SaveState } from '@/app/(admin)/admin/recaps/[id]/actions';
import type { Diagnostic } from '@/lib/mdx/diagnostic';
import { EVENT_FIELD_KEYS, type RecapFields } from '@/lib/recaps/editor-fields';
// The statuses the database stores (a type only: nothing server-side reaches the browser).
import type { RecapStatus } from '@/lib/sql/types';

export type { ConflictCopy, PreviewState, SaveState, Diagnostic, RecapFields, RecapStatus };

export interface EditorInitial {
  version: number;
  fields: RecapFields;
  body: string;
  status: RecapStatus;
  updatedAt: string;
  updatedByName: string;
}

/** The text the editor owns: what is saved, previewed and kept in localStorage. */
export interface DraftContent {
  fields: RecapFields;
  body: string;
}

/** `startedFrom`: the version the text was edited from (older than baseVersion after "Keep mine"). */
export type SaveInput = { baseVersion: number; startedFrom: number } & DraftContent;
export type SaveFn = (input: SaveInput) => Promise<SaveState>;
export type PreviewFn = (input: DraftContent) => Promise<PreviewState>;

export type SaveStatus =
  | { kind: 'clean' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'retrying'; attempt: number }
  | { kind: 'error'; message: string }
  | { kind: 'conflict' };

/** Problems the server found in the latest text, from either a preview or a save. */
export interface Review {
  fieldErrors: Record<string, string>;
  diagnostics: Diagnostic[];
}

/** The editor's fields, in form order; their labels are `editor.fields.<key>` in the catalog. */
export const FIELD_KEYS: readonly (keyof RecapFields)[] = [
  'title',
  'slug',
  'date',
  'city',
  'venue',
  'community',
  'tags',
  'description',
  'cover',
  'locale',
  'author',
  ...EVENT_FIELD_KEYS,
];

export const isFieldKey = (key: string): key is keyof RecapFields => (FIELD_KEYS as readonly string[]).includes(key);

/** The DOM id of a field, which the diagnostics list links to. */
export const fieldId = (key: string) => `recap-field-${key}`;

export function sameContent(a: DraftContent, b: DraftContent): boolean {
  if (a.body !== b.body) return false;
  return (Object.keys(a.fields) as Array<keyof RecapFields>).every((k) => a.fields[k] === b.fields[k]);
}
