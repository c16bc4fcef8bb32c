// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { renderInAdmin } from '@/lib/testing/admin-intl';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_FIELDS } from '@/lib/recaps/editor-fields';
import { ConflictPanel } from './conflict-panel';
import type { ConflictCopy, DraftContent } from './types';

const fields = { ...EMPTY_FIELDS, title: 'Shenzhen meetup', slug: 'shenzhen-meetup', date: '2024-05-01', city: 'Shenzhen' };
const mine: DraftContent = { fields: { ...fields, title: 'Shenzhen meetup, May' }, body: 'Shared line.\nMy new paragraph.\n' };
const theirs: ConflictCopy = {
  version: 7,
  fields: { ...fields, city: 'Guangzhou' },
  body: 'Shared line.\nTheir new paragraph.\n',
  updatedByName: 'Bo Organizer',
  updatedAt: '2024-05-02T10:00:00.000Z',
};

function renderPanel() {
  const onKeepMine = vi.fn();
  const onUseTheirs = vi.fn();
  renderInAdmin(<ConflictPanel theirs={theirs} mine={mine} onKeepMine={onKeepMine} onUseTheirs={onUseTheirs} />);
  return { onKeepMine, onUseTheirs, user: userEvent.setup() };
}

afterEach(cleanup);

describe('ConflictPanel', () => {
  it('says who saved which version, and takes the focus as an alert dialog', () => {
    renderPanel();
    const dialog = screen.getByRole('alertdialog', { name: 'Someone else saved this recap' });
    expect(dialog.textContent).toContain('Bo Organizer saved version 7');
    expect(document.activeElement).toBe(within(dialog).getByRole('heading', { level: 2 }));
  });

  it('shows both bodies in full, each labelled', () => {
    renderPanel();
    expect((screen.getByLabelText('Their version') as HTMLTextAreaElement).value).toBe(theirs.body);
    expect((screen.getByLabelText('Your version') as HTMLTextAreaElement).value).toBe(mine.body);
  });

  it('lists only the fields that differ, theirs beside mine', () => {
    renderPanel();
    const table = screen.getByRole('table', { name: 'Changed fields' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Title', 'Shenzhen meetup', 'Shenzhen meetup, May'],
      ['City', 'Guangzhou', 'Shenzhen'],
    ]);
  });

  it('marks the lines only in their version and only in mine', () => {
    renderPanel();
    expect(document.body.textContent).toContain('Their new paragraph.');
    const diff = document.body.innerHTML;
    expect(diff).toMatch(/Only in their version[^<]*<\/span>Their new paragraph\./);
    expect(diff).toMatch(/Only in your version[^<]*<\/span>My new paragraph\./);
  });

  it('"Keep mine" and "Use theirs" each do their own thing, once', async () => {
    const { onKeepMine, onUseTheirs, user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect([onKeepMine.mock.calls.length, onUseTheirs.mock.calls.length]).toEqual([1, 0]);
    await user.click(screen.getByRole('button', { name: 'Use theirs' }));
    expect([onKeepMine.mock.calls.length, onUseTheirs.mock.calls.length]).toEqual([1, 1]);
  });
});
