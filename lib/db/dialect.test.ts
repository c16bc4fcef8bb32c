import { describe, expect, it } from 'vitest';
import { createDb } from './connection';
import { dialectOf } from './dialect';
import { createTestDatabase, dialects } from './test-support';

// Guards the replacement of `adapter instanceof PostgresAdapter` (which needed
// kysely outside the server bundle): the answer comes from public API only.
describe.each(dialects)('dialectOf on $dialect', ({ dialect, skip }) => {
  it.skipIf(skip)('names the dialect of a handle and of a transaction on it, without connecting first', async () => {
    const test = await createTestDatabase(dialect);
    try {
      expect(dialectOf(test.db)).toBe(dialect);
      await test.db.transaction().execute(async (trx) => {
        expect(dialectOf(trx)).toBe(dialect);
      });
    } finally {
      await test.cleanup();
    }
  });
});

it('needs no connection: a handle to a server that is not there is still PostgreSQL', async () => {
  const db = createDb({ dialect: 'postgres', connectionString: 'postgres://nobody@127.0.0.1:1/none' });
  expect(dialectOf(db)).toBe('postgres');
  await db.destroy();
});
