// Data access for the portal. Every function takes the Kysely db (or a
// transaction) first, so tests inject a temp database; app code passes getDb().
export { getCatalogVersion } from './catalog-version';
export * from './errors';
export * from './invites';
export * from './media';
export * from './preview-tokens';
export * from './recap-live';
export { copyRevisionToWorking, writeWorkingCopy, type SaveInput, type SaveResult } from './recap-save';
export * from './recap-status';
export * from './recaps';
export { getRevision, listRevisions, REVISION_COALESCE_MS, type RevisionWithAuthor } from './revisions';
export * from './sign-in-attempts';
export type { FrontMatterJson, LiveText, RecapRow, RecapStatus, RevisionRow, Role, User } from './types';
export * from './users';
