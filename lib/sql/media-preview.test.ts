import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dialects, useTestDatabase } from '@/lib/db/test-support';
import { getMedia, putMedia } from './media';
import { createPreviewToken, resolvePreviewToken, revokePreviewTokens } from './preview-tokens';
import { insertDraft } from './recaps';
import { deleteDraftRow } from './recap-status';
import { createUser } from './users';

const T0 = new Date('2025-03-01T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const DAY = 24 * 60 * 60 * 1000;

describe.each(dialects)('media and preview tokens ($dialect)', ({ dialect, skip }) => {
  const t = useTestDatabase(dialect, skip);
  const test = it.skipIf(skip);
  const user = () => createUser(t.db, { email: 'u@example.org', name: 'U', role: 'organizer', now: T0 });

  test('putMedia dedupes by hash and round-trips binary data', async () => {
    const u = await user();
    const bytes = new Uint8Array([0, 255, 1, 254, 0, 0, 10, 13]);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const input = { hash, mime: 'image/png', ext: 'png', width: 2, height: 1, data: bytes, createdBy: u.id, now: T0 };
    expect(await putMedia(t.db, input)).toBe(true);
    expect(await putMedia(t.db, { ...input, now: at(1000) })).toBe(false);
    const m = await getMedia(t.db, hash);
    expect(m).toMatchObject({ mime: 'image/png', size: 8, width: 2, createdAt: T0.toISOString() });
    expect(Buffer.compare(m!.data, Buffer.from(bytes))).toBe(0);
    expect(await t.db.selectFrom('media').select('hash').execute()).toHaveLength(1);
    expect(await getMedia(t.db, 'f'.repeat(64))).toBeNull();
  });

  test('preview tokens resolve until expiry or revocation', async () => {
    const u = await user();
    const r = await insertDraft(t.db, { slug: 'p', frontMatter: {}, body: '', actorId: u.id, now: T0 });
    const token = await createPreviewToken(t.db, r.id, u.id, T0);
    expect(await resolvePreviewToken(t.db, token, at(1000))).toBe(r.id);
    expect(await resolvePreviewToken(t.db, token, at(7 * DAY - 1))).toBe(r.id);
    expect(await resolvePreviewToken(t.db, token, at(7 * DAY))).toBeNull();
    expect(await resolvePreviewToken(t.db, 'bogus', at(0))).toBeNull();

    const second = await createPreviewToken(t.db, r.id, u.id, T0);
    expect(await revokePreviewTokens(t.db, r.id, at(5))).toBe(2);
    expect(await resolvePreviewToken(t.db, second, at(10))).toBeNull();
  });

  test('deleting a draft cascades to its preview tokens', async () => {
    const u = await user();
    const r = await insertDraft(t.db, { slug: 'gone', frontMatter: {}, body: '', actorId: u.id, now: T0 });
    const token = await createPreviewToken(t.db, r.id, u.id, T0);
    await deleteDraftRow(t.db, r.id);
    expect(await resolvePreviewToken(t.db, token, at(1))).toBeNull();
    expect(await t.db.selectFrom('preview_tokens').select('id').execute()).toHaveLength(0);
  });
});
