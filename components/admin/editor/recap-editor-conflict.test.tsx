// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { renderInAdmin } from '@/lib/testing/admin-intl';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_FIELDS } from '@/lib/recaps/editor-fields';
import { RecapEditor } from './recap-editor';
import type { ConflictCopy, EditorInitial, SaveInput, SaveState } from './types';

// What "Keep mine" and "Use theirs" do, seen from the server: the save that follows each choice.

const fields = { ...EMPTY_FIELDS, title: 'Shenzhen meetup', slug: 'shenzhen-meetup', date: '2024-05-01', city: 'Shenzhen' };
const initial: EditorInitial = { version: 3, fields, body: 'Our body.\n', status: 'draft', updatedAt: '2024-05-02T09:00:00.000Z', updatedByName: 'Ada' };
const theirs: ConflictCopy = {
  version: 4,
  fields: { ...fields, title: 'Their title' },
  body: 'Their body.\n',
  updatedByName: 'Bo',
  updatedAt: '2024-05-02T10:00:00.000Z',
};
const ok = (version: number): SaveState => ({ status: 'saved', version, savedAt: new Date().toISOString(), fieldErrors: {}, diagnostics: [] });

let saves: SaveInput[];
let answers: SaveState[];

beforeEach(() => {
  saves = [];
  answers = [{ status: 'conflict', current: theirs, fieldErrors: {}, diagnostics: [] }];
  localStorage.clear();
});
afterEach(cleanup);

async function editAndHitConflict() {
  const save = vi.fn(async (input: SaveInput) => (saves.push(input), answers.shift() ?? ok(saves.length + 10)));
  const preview = vi.fn(async () => ({ status: 'ok', html: '', fieldErrors: {}, diagnostics: [] }) as never);
  renderInAdmin(<RecapEditor recapId={1} initial={initial} saveAction={save} previewAction={preview} uploadUrl="/api/media" />);
  const user = userEvent.setup();
  const title = screen.getByLabelText('Title');
  await user.clear(title);
  await user.type(title, 'My title');
  await user.click(screen.getByRole('button', { name: 'Save now' }));
  await screen.findByRole('alertdialog', { name: 'Someone else saved this recap' });
  expect(saves.at(-1)).toMatchObject({ baseVersion: 3, fields: { title: 'My title' } });
  return { user, title: title as HTMLInputElement };
}

describe('the editor after a conflict', () => {
  it('"Keep mine" saves my text over theirs, based on their version, and closes the panel', async () => {
    const { title } = await editAndHitConflict();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    await vi.waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1]).toMatchObject({ baseVersion: 4, startedFrom: 3, fields: { title: 'My title' }, body: 'Our body.\n' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(title.value).toBe('My title');
  });

  it('"Use theirs" shows their text, saves nothing, and keeps mine in the browser', async () => {
    const { title } = await editAndHitConflict();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Use theirs' }));
    expect(title.value).toBe('Their title');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(saves, 'their text is already saved').toHaveLength(1);
    expect(JSON.stringify(Object.values({ ...localStorage }))).toContain('My title');
    // The next edit is based on their version.
    await user.type(title, '!');
    await user.click(screen.getByRole('button', { name: 'Save now' }));
    await vi.waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1]).toMatchObject({ baseVersion: 4, startedFrom: 4, fields: { title: 'Their title!' }, body: 'Their body.\n' });
  });
});
