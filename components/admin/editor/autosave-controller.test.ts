import { describe, expect, it, vi } from 'vitest';
import { EMPTY_FIELDS } from '@/lib/recaps/editor-fields';
import { AutosaveController } from './autosave-controller';
import type { SaveInput, SaveState, SaveStatus } from './types';

function setup(version = 1) {
  const statuses: SaveStatus[] = [];
  const sent: SaveInput[] = [];
  let next: SaveState = { status: 'saved', version: version + 1, savedAt: '2025-01-01T00:00:00.000Z', fieldErrors: {}, diagnostics: [] } as SaveState;
  const save = vi.fn(async (input: SaveInput) => {
    sent.push(input);
    return next;
  });
  const controller = new AutosaveController(save, version, { fields: EMPTY_FIELDS, body: '' }, { status: (s) => statuses.push(s), version: () => {} }, 10);
  controller.attach();
  return { controller, save, sent, statuses, respond: (state: SaveState) => (next = state) };
}

const settle = () => new Promise((r) => setTimeout(r, 30));

describe('AutosaveController', () => {
  it('says why a body over the byte limit is not saved, without sending it, and saves once it fits', async () => {
    const { controller, save, statuses } = setup();
    // Within the old character limit, over 500 KB in UTF-8.
    controller.change({ fields: EMPTY_FIELDS, body: '中'.repeat(180_000) });
    controller.flush();
    await settle();
    expect(save).not.toHaveBeenCalled();
    expect(statuses.at(-1)).toMatchObject({ kind: 'error', message: expect.stringMatching(/over the 500 KB limit \(measured in UTF-8 bytes/) });
    controller.change({ fields: EMPTY_FIELDS, body: '中'.repeat(1000) });
    controller.flush();
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toMatchObject({ kind: 'saved' });
  });

  it('sends startedFrom: the version the text was edited from, which stays behind after "Keep mine"', async () => {
    const { controller, sent, respond } = setup(1);
    controller.change({ fields: EMPTY_FIELDS, body: 'a' });
    controller.flush();
    await settle();
    expect(sent.at(-1)).toMatchObject({ baseVersion: 1, startedFrom: 1 });
    // Someone saved version 3 meanwhile: conflict, then "Keep mine".
    respond({ status: 'conflict' } as SaveState);
    controller.change({ fields: EMPTY_FIELDS, body: 'ab' });
    controller.flush();
    await settle();
    expect(sent.at(-1)).toMatchObject({ baseVersion: 2, startedFrom: 2 });
    respond({ status: 'saved', version: 4, savedAt: '2025-01-01T00:00:00.000Z', fieldErrors: {}, diagnostics: [] } as SaveState);
    controller.keepMine(3);
    await settle();
    expect(sent.at(-1)).toMatchObject({ baseVersion: 3, startedFrom: 2, body: 'ab' });
    // Later edits continue from what this tab saved.
    controller.change({ fields: EMPTY_FIELDS, body: 'abc' });
    controller.flush();
    await settle();
    expect(sent.at(-1)).toMatchObject({ baseVersion: 4, startedFrom: 4 });
  });

  it('shows a refusal that names its reason and waits for an edit; retries a network failure', async () => {
    const statuses: SaveStatus[] = [];
    const failures: unknown[] = [new Error('This request is over the 4 MB limit.'), new TypeError('Failed to fetch')];
    const save = vi.fn(async () => {
      throw failures.shift();
    });
    const controller = new AutosaveController(save, 1, { fields: EMPTY_FIELDS, body: '' }, { status: (s) => statuses.push(s), version: () => {} }, 10);
    controller.attach();
    controller.change({ fields: EMPTY_FIELDS, body: 'a' });
    controller.flush();
    await settle();
    expect(statuses.at(-1)).toEqual({ kind: 'error', message: 'This request is over the 4 MB limit.' });
    controller.change({ fields: EMPTY_FIELDS, body: 'ab' });
    controller.flush();
    await settle();
    expect(statuses.at(-1)).toEqual({ kind: 'retrying', attempt: 1 });
    expect(save).toHaveBeenCalledTimes(2);
    controller.dispose();
  });
});
