import { createInterviewViaApi, createOutcomeViaApi, createProjectViaApi, extractOfflineViaApi, registerViaApi } from './api.js';
import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { OutcomesPage } from './pages/outcomes-page.js';

const TRANSCRIPT = [
  'Interviewer: Which part of the month-end close is the hardest?',
  'Priya: Honestly it takes me two full days to reconcile the bank feed with the ledger.',
  "Priya: I'm always afraid I'll miss a supplier payment.",
].join('\n');

test('a researcher triages, filters and edits outcomes from the keyboard', async ({ page }) => {
  test.setTimeout(90_000);
  const user = await registerViaApi(page.request, 'Curator');
  const project = await createProjectViaApi(page.request, user, { name: 'Month-end close' });
  const interview = await createInterviewViaApi(page.request, user, project.id, { title: 'Priya, month-end close', content: TRANSCRIPT });
  await extractOfflineViaApi(page.request, user, project.id, interview.id, 2);
  await createOutcomeViaApi(page.request, user, project.id, 'Minimize the number of invoices that are paid twice');
  const outcomes = new OutcomesPage(page);

  await test.step('the project navigation leads to the outcomes', async () => {
    await page.goto(`/projects/${project.id}`);
    await new AppShell(page).open('Outcomes');
    await expect(outcomes.heading).toBeVisible();
    await expect(page).toHaveTitle('Outcomes · Month-end close · Outcome Atlas');
    await expect(outcomes.rows).toHaveCount(3);
    await expect(outcomes.row('O-1').getByText('Offline suggestion', { exact: true })).toBeVisible();
  });

  await test.step('triage with j, a, j, r', async () => {
    await outcomes.focusRow('O-1');
    await outcomes.press('j', 'a');
    await outcomes.expectStatus('O-2', 'Accepted');
    await outcomes.press('j', 'r');
    await outcomes.expectStatus('O-3', 'Rejected');
    await expect(outcomes.row('O-3')).toBeFocused();
    await outcomes.expectStatus('O-1', 'Proposed');
  });

  await test.step('filter by status', async () => {
    await outcomes.toggleStatus('Accepted');
    await expect(page).toHaveURL(/status=accepted/);
    await expect(outcomes.rows).toHaveCount(1);
    await expect(outcomes.row('O-2')).toBeVisible();
    await outcomes.toggleStatus('Rejected');
    await expect(page).toHaveURL(/status=accepted%2Crejected|status=accepted,rejected/);
    await expect(outcomes.rows).toHaveCount(2);
    await page.reload();
    await expect(outcomes.statusChip('Accepted')).toBeChecked();
    await expect(outcomes.rows).toHaveCount(2);
    await outcomes.toggleStatus('Accepted');
    await outcomes.toggleStatus('Rejected');
    await expect(outcomes.rows).toHaveCount(3);
  });

  await test.step('edit a statement with live lint feedback and save it', async () => {
    await outcomes.focusRow('O-1');
    await outcomes.press('e');
    await expect(outcomes.editDialog).toBeVisible();
    await outcomes.statementInput.fill('I want a dashboard');
    await expect(outcomes.lintIssues).toBeVisible();
    await expect(outcomes.lintIssues).toContainText('Problem:');
    await outcomes.statementInput.fill('Minimize the time it takes to reconcile the bank feed with the ledger at month end');
    await expect(outcomes.lintIssues).toBeHidden();
    await expect(outcomes.editDialog).toContainText('No issues');
    await outcomes.editDialog.getByRole('button', { name: 'Save' }).click();
    await expect(outcomes.editDialog).toBeHidden();
    await expect(outcomes.row('O-1')).toContainText('at month end');
  });

  await test.step('the detail drawer shows the evidence and the history entry', async () => {
    await outcomes.focusRow('O-1');
    await outcomes.press('Enter');
    await expect(outcomes.detailDrawer).toBeVisible();
    await expect(outcomes.detailDrawer).toContainText('reconcile the bank feed with the ledger.');
    await expect(outcomes.detailDrawer.getByRole('link', { name: 'Open the interview' }).first()).toHaveAttribute(
      'href',
      new RegExp(`^/projects/${project.id}/interviews/${interview.id}\\?outcome=[0-9a-f-]{36}$`),
    );
    const entries = outcomes.history.getByRole('listitem');
    await expect(entries.first()).toContainText('Edited');
    await expect(entries.first()).toContainText(user.name);
    await expect(entries.first()).toContainText('at month end');
    await expect(outcomes.history).toContainText('Created');
    await page.keyboard.press('Escape');
    await expect(outcomes.detailDrawer).toBeHidden();
  });

  await test.step('? opens the shortcuts legend', async () => {
    await outcomes.focusRow('O-2');
    await outcomes.press('?');
    await expect(page.getByRole('table', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
  });
});
