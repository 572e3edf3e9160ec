import { expect, type Locator, type Page } from '@playwright/test';

/** /projects/:projectId/outcomes: the curation list with filters, keyboard triage, editor and detail drawer. */
export class OutcomesPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'Outcomes', level: 1 });
  }

  get list() {
    return this.page.getByRole('list', { name: 'Outcomes' });
  }

  get rows() {
    return this.list.getByRole('listitem');
  }

  /** A row by its key, e.g. "O-2". */
  row(key: string): Locator {
    return this.list.getByRole('listitem', { name: new RegExp(`^${key},`) });
  }

  statusChip(label: 'Proposed' | 'Accepted' | 'Rejected' | 'Merged'): Locator {
    return this.page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: label, exact: true });
  }

  /** Chips hide their checkbox; the label is what a user clicks. */
  async toggleStatus(label: 'Proposed' | 'Accepted' | 'Rejected' | 'Merged'): Promise<void> {
    await this.page.getByRole('group', { name: 'Status' }).locator('label', { hasText: label }).click();
  }

  get editDialog() {
    return this.page.getByRole('dialog', { name: /^Edit O-\d+$/ });
  }

  get statementInput() {
    return this.editDialog.getByRole('textbox', { name: 'Statement' });
  }

  get lintIssues() {
    return this.editDialog.getByRole('list', { name: 'Statement issues' });
  }

  get detailDrawer() {
    return this.page.getByRole('dialog', { name: /^Outcome O-\d+$/ });
  }

  get history() {
    return this.detailDrawer.getByRole('list', { name: 'History' });
  }

  async goto(projectId: string): Promise<void> {
    await this.page.goto(`/projects/${projectId}/outcomes`);
    await expect(this.heading).toBeVisible();
  }

  /** Clicks a row's statement, which makes it the active row and gives the list keyboard focus. */
  async focusRow(key: string): Promise<void> {
    await this.row(key).getByTestId('outcome-statement').click();
    await expect(this.row(key)).toBeFocused();
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  async expectStatus(key: string, status: 'Proposed' | 'Accepted' | 'Rejected' | 'Merged'): Promise<void> {
    await expect(this.row(key).getByText(status, { exact: true })).toBeVisible();
  }
}
