import { describe, vi } from 'vitest';
import { databaseBeforeAuthorization, itRefusesTheUnauthorized } from '@/lib/testing/refusals';
import { EMPTY_FIELDS } from './editor-fields';

// Every exported mutation of lib/recaps refuses an inactive user and an
// unknown role before it reads or writes anything: the database here throws.
vi.mock('@/lib/db/ready', () => ({ db: databaseBeforeAuthorization }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, unstable_cache: <T>(fn: T) => fn }));

const fields = { ...EMPTY_FIELDS, title: 'T', slug: 'refused-recap', date: '2024-05-01' };

describe('lib/recaps/mutations', async () => {
  const m = await import('./mutations');
  itRefusesTheUnauthorized(m, {
    mutations: {
      createRecapDraft: (user) => m.createRecapDraft(user, fields, ''),
      saveRecapDraft: (user) => m.saveRecapDraft(user, 1, { baseVersion: 1, fields, body: '' }),
      publishRecap: (user) => m.publishRecap(user, 1),
      updateLivePage: (user) => m.updateLivePage(user, 1, 1),
      discardRecapChanges: (user) => m.discardRecapChanges(user, 1, 1),
      scheduleRecap: (user) => m.scheduleRecap(user, 1, new Date('2099-01-01')),
      unpublishRecap: (user) => m.unpublishRecap(user, 1),
      deleteRecapDraft: (user) => m.deleteRecapDraft(user, 1),
    },
    notMutations: {
      RecapInputError: 'an error class',
      EventChangeNotConfirmedError: 'an error class: a change of a live event awaiting confirmation',
      slugProblem: 'a read: whether a slug is free, for the mutations and the editor',
      reviewDraft: 'a pure check of fields and body, changes nothing (the live preview uses it)',
    },
  });
});

describe('lib/recaps/restore-revision', async () => {
  const m = await import('./restore-revision');
  itRefusesTheUnauthorized(m, {
    mutations: { restoreRecapRevision: (user) => m.restoreRecapRevision(user, 1, 1, 1) },
    notMutations: {},
  });
});

describe('lib/recaps/preview-links', async () => {
  const m = await import('./preview-links');
  itRefusesTheUnauthorized(m, {
    mutations: {
      createPreviewLink: (user) => m.createPreviewLink(user, 1),
      revokePreviewLinks: (user) => m.revokePreviewLinks(user, 1),
    },
    notMutations: {
      getPreviewRecap: 'a read by whoever holds the link (the token is the permission)',
      isLivePreviewToken: 'a read by whoever holds the link, for proxy.ts',
      previewGoneResponse: 'builds a 404 page',
    },
  });
});

describe('lib/recaps/add-translation', async () => {
  const m = await import('./add-translation');
  itRefusesTheUnauthorized(m, {
    mutations: { addRecapTranslation: (user) => m.addRecapTranslation(user, 1) },
    notMutations: {
      TranslationExistsError: 'an error class',
      TRANSLATION_PLACEHOLDERS: 'the placeholder texts a translation starts with',
    },
  });
});

describe('lib/recaps/duplicate', async () => {
  const m = await import('./duplicate');
  itRefusesTheUnauthorized(m, {
    mutations: { duplicateFileRecap: (user) => m.duplicateFileRecap(user, 'shenzhen-cloud-native-meetup-2023', 'refused-copy') },
    notMutations: {},
  });
});
