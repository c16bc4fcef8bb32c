import type { Migration } from 'kysely';
import { init } from './0001-init';
import { searchIndex } from './0002-search';
import { catalogVersion } from './0003-catalog-version';
import { workingCopy } from './0004-working-copy';
import { readModel } from './0005-read-model';
import { translations } from './0006-translations';
import { speakerRegistry } from './0007-speakers';
import { userLocale } from './0008-user-locale';
import { events } from './0009-events';
import { imports } from './0010-imports';
import { importSitesAndJobs } from './0011-import-sites-and-jobs';

/**
 * Every migration, keyed by name (applied in name order). Listed statically
 * rather than globbed from disk so it survives Next's bundling. Append only:
 * never rename or edit a migration that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '0001-init': init,
  '0002-search': searchIndex,
  '0003-catalog-version': catalogVersion,
  '0004-working-copy': workingCopy,
  '0005-read-model': readModel,
  '0006-translations': translations,
  '0007-speakers': speakerRegistry,
  '0008-user-locale': userLocale,
  '0009-events': events,
  '0010-imports': imports,
  '0011-import-sites-and-jobs': importSitesAndJobs,
};
