// @vitest-environment happy-dom
import { act, cleanup, screen, within } from '@testing-library/react';
import { renderInAdmin } from '@/lib/testing/admin-intl';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TalksPanel } from './talks-panel';

const BODY = [
  'Intro paragraph, untouched by the panel.',
  '',
  '<Talk title="Opening" speakers="Ada (Engineer, Acme)" slides="https://example.com/s">',
  '',
  'First summary.',
  '',
  '</Talk>',
  '',
  '<Talk title="Closing" speakers="Lin">',
  '',
  'Second summary.',
  '',
  '</Talk>',
  '',
].join('\n');

/** The panel as the editor holds it: the body lives in the parent, every change comes back through onBodyChange. */
function renderPanel(initial = BODY) {
  const bodies: string[] = [];
  function Harness() {
    const [body, setBody] = useState(initial);
    return (
      <>
        <TalksPanel body={body} onBodyChange={(next) => (bodies.push(next), setBody(next))} />
        <pre data-testid="body">{body}</pre>
      </>
    );
  }
  renderInAdmin(<Harness />);
  return { body: () => screen.getByTestId('body').textContent ?? '', bodies, user: userEvent.setup() };
}

const item = (name: RegExp) => screen.getAllByTestId('talk-item').find((li) => within(li).queryByRole('heading', { level: 3, name }))!;
const titles = () => screen.getAllByTestId('talk-item').map((li) => within(li).getByRole('heading', { level: 3 }).textContent);

afterEach(cleanup);

describe('TalksPanel', () => {
  it('lists the body’s talks with their speakers', () => {
    renderPanel();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Talks (2)');
    expect(titles()).toEqual(['1. Opening', '2. Closing']);
    expect(within(item(/Opening/)).getByText('Ada')).toBeTruthy();
  });

  it('editing a talk’s title rewrites only that attribute of the MDX; nothing else in the body moves', async () => {
    const { body, user } = renderPanel();
    await user.click(within(item(/Opening/)).getByRole('button', { name: 'Edit' }));
    const title = screen.getByLabelText('Talk title');
    expect(document.activeElement).toBe(title);
    await user.clear(title);
    await user.type(title, 'Keynote "live"');
    expect(body(), 'nothing is written before Save talk').toBe(BODY);
    await user.click(screen.getByRole('button', { name: 'Save talk' }));
    // A straight quote would end the attribute: the panel types a closing curly quote.
    expect(body()).toBe(BODY.replace('title="Opening"', 'title="Keynote ”live”"'));
    expect(titles()).toEqual(['1. Keynote ”live”', '2. Closing']);
    expect(screen.getByText('Saved talk “Keynote ”live”” into the body.')).toBeTruthy();
  });

  it('edits a speaker into the speakers attribute in the Name (Role, Affiliation) form', async () => {
    const { body, user } = renderPanel();
    await user.click(within(item(/Closing/)).getByRole('button', { name: 'Edit' }));
    await user.type(screen.getByLabelText('Role'), 'Host');
    await user.click(screen.getByRole('button', { name: 'Add speaker' }));
    await user.type(screen.getAllByLabelText('Speaker name')[1], 'Bo');
    await user.click(screen.getByRole('button', { name: 'Save talk' }));
    expect(body()).toBe(BODY.replace('speakers="Lin"', 'speakers="Lin (Host); Bo"'));
  });

  it('refuses to save a talk without a title, and says so at the field', async () => {
    const { body, bodies, user } = renderPanel();
    await user.click(within(item(/Opening/)).getByRole('button', { name: 'Edit' }));
    await user.clear(screen.getByLabelText('Talk title'));
    await user.click(screen.getByRole('button', { name: 'Save talk' }));
    expect(screen.getByLabelText('Talk title').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter the talk title.')).toBeTruthy();
    expect(bodies).toEqual([]);
    expect(body()).toBe(BODY);
  });

  it('adds a new talk at the end of the body', async () => {
    const { body, user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Add talk' }));
    await user.type(screen.getByLabelText('Talk title'), 'Lightning');
    await user.type(screen.getByLabelText('Speaker name'), 'Kim');
    await user.type(screen.getByLabelText('Summary'), 'Quick one.');
    await user.click(screen.getByRole('button', { name: 'Save talk' }));
    expect(body().startsWith(BODY.trimEnd())).toBe(true);
    expect(body()).toMatch(/<Talk title="Lightning" speakers="Kim">\s+Quick one\.\s+<\/Talk>\s*$/);
    expect(titles()).toEqual(['1. Opening', '2. Closing', '3. Lightning']);
  });

  it('moves a talk with its summary, and the first talk cannot move up', async () => {
    const { body, user } = renderPanel();
    expect((within(item(/Opening/)).getByRole('button', { name: 'Move up' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(item(/Opening/)).getByRole('button', { name: 'Move down' }));
    expect(titles()).toEqual(['1. Closing', '2. Opening']);
    expect(body().indexOf('Second summary.')).toBeLessThan(body().indexOf('First summary.'));
    expect(body().startsWith('Intro paragraph, untouched by the panel.')).toBe(true);
  });

  it('removes a talk only after confirmation; "Keep talk" keeps it and has the focus', async () => {
    const { body, bodies, user } = renderPanel();
    await user.click(within(item(/Opening/)).getByRole('button', { name: 'Remove' }));
    await act(() => new Promise(requestAnimationFrame));
    expect(document.activeElement?.textContent).toBe('Keep talk');
    await user.click(screen.getByRole('button', { name: 'Keep talk' }));
    expect(bodies).toEqual([]);
    await user.click(within(item(/Opening/)).getByRole('button', { name: 'Remove' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(titles()).toEqual(['1. Closing']);
    expect(body()).not.toContain('Opening');
    expect(body()).not.toContain('First summary.');
    expect(body()).toContain('Intro paragraph');
  });
});
