import { expect, type Locator, type Page } from '@playwright/test';

/** The "Extract outcomes" dialog: an estimate first, then the live progress of the started jobs. */
export class ExtractDialog {
  constructor(readonly page: Page) {}

  get root() {
    return this.page.getByRole('dialog', { name: 'Extract outcomes' });
  }

  get estimate() {
    return this.root.getByRole('table', { name: 'Extraction estimate' });
  }

  get startButton() {
    return this.root.getByRole('button', { name: 'Start extraction' });
  }

  get progressBars() {
    return this.root.getByRole('progressbar');
  }

  get closeButton() {
    return this.root.getByRole('button', { name: 'Close', exact: true });
  }

  /** The estimate's value for a row such as "Cost" or "Words". */
  estimateValue(name: string): Locator {
    return this.estimate.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) }).getByRole('cell');
  }

  async expectEstimateLoaded(): Promise<void> {
    await expect(this.estimate).toBeVisible();
    await expect(this.startButton).toBeEnabled();
  }

  async start(): Promise<void> {
    await this.startButton.click();
    await expect(this.progressBars.first()).toBeVisible();
  }

  async close(): Promise<void> {
    await this.closeButton.click();
    await expect(this.root).toBeHidden();
  }
}

/** /projects/:projectId/extraction-jobs: the project's extraction jobs, newest first. */
export class ExtractionJobsPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'Extraction jobs', level: 1 });
  }

  get table() {
    return this.page.getByRole('table', { name: 'Extraction jobs' });
  }

  get statusFilter() {
    return this.page.getByRole('combobox', { name: 'Status' });
  }

  get emptyState() {
    return this.page.getByText('No extractions yet');
  }

  async goto(projectId: string): Promise<void> {
    await this.page.goto(`/projects/${projectId}/extraction-jobs`);
    await expect(this.heading).toBeVisible();
  }

  /** Rows of the jobs table for one interview (header row excluded). */
  rows(interviewTitle: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name: interviewTitle, exact: true }) });
  }

  async filterByStatus(label: 'All statuses' | 'Queued' | 'Running' | 'Succeeded' | 'Failed' | 'Cancelled'): Promise<void> {
    await this.statusFilter.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }
}
