import { expect, test, type Page } from '@playwright/test';
import { ADMIN, bodyText, createDraftUi, createOrganizer, dbQuery, editorReady, signInUi, signedInContext, typeAtEnd, uid, waitSaved } from '../support/admin';

// Two people edit one draft at once. Whoever saves second is told, sees both
// texts, and chooses; neither text is lost.

test.describe.configure({ mode: 'serial' });

const body = (id: number) => dbQuery<{ body: string; version: number }>('select body, version from recaps where id = ?', id)[0];

async function expectConflict(page: Page, theirs: string, mine: string) {
  const conflict = page.getByTestId('conflict');
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('save-status')).toHaveText('Not saved — someone else saved this recap');
  await expect(conflict.getByRole('textbox', { name: 'Their version' })).toHaveValue(new RegExp(theirs));
  await expect(conflict.getByRole('textbox', { name: 'Their version' })).not.toHaveValue(new RegExp(mine));
  await expect(conflict.getByRole('textbox', { name: 'Your version' })).toHaveValue(new RegExp(mine));
  return conflict;
}

test('the second save conflicts, shows both texts, and neither is lost', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const id = uid();
  const aliceContext = await browser.newContext({ baseURL });
  const alice = await aliceContext.newPage();
  await signInUi(alice, ADMIN.email, ADMIN.password);
  const bobPerson = await createOrganizer(alice, browser, baseURL!, 'conflict');
  const recapId = await createDraftUi(alice, `Conflict ${id}`, `conflict-${id}`);

  const bobContext = await signedInContext(browser, baseURL!, bobPerson.email, bobPerson.password);
  const bob = await bobContext.newPage();
  await bob.goto(`/admin/recaps/${recapId}`);
  await editorReady(bob);
  const startVersion = body(recapId).version;
  await expect(alice.getByTestId('recap-editor')).toHaveAttribute('data-version', String(startVersion));
  await expect(bob.getByTestId('recap-editor')).toHaveAttribute('data-version', String(startVersion));

  // Round 1: Alice saves first; Bob's save is refused; Bob uses theirs.
  const alpha = `Alpha paragraph from Alice ${id}.`;
  const beta = `Beta paragraph from Bob ${id}.`;
  await typeAtEnd(alice, `\n${alpha}\n`);
  await waitSaved(alice);
  expect(body(recapId)).toMatchObject({ version: startVersion + 1 });
  await typeAtEnd(bob, `\n${beta}\n`);
  await expectConflict(bob, alpha, beta);
  // The refused save wrote nothing.
  expect(body(recapId).body).toContain(alpha);
  expect(body(recapId).body).not.toContain(beta);

  await bob.getByTestId('conflict').getByRole('button', { name: 'Use theirs' }).click();
  await expect(bob.getByTestId('conflict')).toHaveCount(0);
  const bobBody = await bodyText(bob);
  expect(bobBody).toContain(alpha);
  expect(bobBody).not.toContain(beta);
  // Bob's own text is still offered to him (kept copy), not silently dropped.
  await expect(bob.getByText(beta)).toBeVisible();
  await expect(bob.getByTestId('save-status')).toHaveText(/^Saved/);
  expect(body(recapId).body).toContain(alpha);

  // Round 2: Alice saves again; Bob's next edit conflicts; Bob keeps his.
  const delta = `Delta paragraph from Alice ${id}.`;
  const gamma = `Gamma paragraph from Bob ${id}.`;
  await typeAtEnd(alice, `\n${delta}\n`);
  await waitSaved(alice);
  const aliceVersion = body(recapId).version;
  await typeAtEnd(bob, `\n${gamma}\n`);
  await expectConflict(bob, delta, gamma);
  await bob.getByTestId('conflict').getByRole('button', { name: 'Keep mine' }).click();
  await waitSaved(bob);
  const final = body(recapId);
  expect(final.version).toBe(aliceVersion + 1);
  expect(final.body).toContain(gamma);
  expect(final.body).toContain(alpha);
  expect(final.body).not.toContain(delta);
  // Alice's overwritten text survives as a revision (History can restore it).
  const revisions = dbQuery<{ body: string }>('select body from revisions where recap_id = ? order by version', recapId);
  expect(revisions.some((r) => r.body.includes(delta))).toBe(true);

  // A fresh load shows what the database has.
  await bob.reload();
  await editorReady(bob);
  expect(await bodyText(bob)).toContain(gamma);

  await aliceContext.close();
  await bobContext.close();
});
