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

  get duplicatesButton() {
    return this.page.getByRole('button', { name: 'Duplicates', exact: true });
  }

  /** The "Duplicate outcomes" drawer: proposed groups, each with the outcome to keep and a merge button. */
  get duplicates(): DuplicatesDrawer {
    return new DuplicatesDrawer(this.page);
  }

  async openDuplicates(): Promise<DuplicatesDrawer> {
    await this.duplicatesButton.click();
    await expect(this.duplicates.root).toBeVisible();
    return this.duplicates;
  }

  /** "Merged into O-1." and the Unmerge button of the detail drawer, for a merged outcome. */
  get mergedInto() {
    return this.detailDrawer.getByTestId('merged-into');
  }

  get unmergeButton() {
    return this.detailDrawer.getByRole('button', { name: 'Unmerge' });
  }
}

export class DuplicatesDrawer {
  constructor(readonly page: Page) {}

  get root() {
    return this.page.getByRole('dialog', { name: 'Duplicate outcomes' });
  }

  get threshold() {
    return this.root.getByRole('combobox', { name: 'Similarity at least' });
  }

  get groups() {
    return this.root.getByRole('region');
  }

  get emptyState() {
    return this.root.getByText('No duplicates found');
  }

  /** The group holding these keys, e.g. group('O-1', 'O-3'); its heading lists every key of the group. */
  group(...keys: string[]): Locator {
    return this.root.getByRole('region', { name: new RegExp(`^${keys.map((key) => `(?=.*\\b${key}\\b)`).join('')}.* similar$`) });
  }

  /** Picks the outcome that stays and merges the others of its group into it. */
  async mergeInto(group: Locator, keepKey: string): Promise<void> {
    await group.getByRole('radio', { name: `Keep ${keepKey}` }).check();
    await group.getByRole('button', { name: `Merge the others into ${keepKey}` }).click();
  }

  /** The notification a merge shows, with its Undo button. */
  mergedNotification(keepKey: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: new RegExp(`^Merged \\d+ outcomes? into ${keepKey}`) });
  }

  async undo(keepKey: string): Promise<void> {
    await this.mergedNotification(keepKey).getByRole('button', { name: 'Undo' }).click();
    await expect(this.page.getByText(/^Merge undone:/)).toBeVisible();
  }

  async selectThreshold(label: '90%' | '80%' | '70%' | '60%'): Promise<void> {
    await this.threshold.click();
    await this.page.getByRole('option', { name: new RegExp(`^${label}`) }).click();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.root).toBeHidden();
  }
}
