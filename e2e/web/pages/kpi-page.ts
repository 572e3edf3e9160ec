import { expect, type Locator, type Page } from '@playwright/test';

export type NewKpi = {
  name: string;
  /** The type's option label, e.g. "NPS · Net Promoter Score". */
  type: string | RegExp;
  target?: number;
  attachTo?: { journey: string; touchpoint: string };
  /** Outcome keys the KPI measures, e.g. ["O-1"]. */
  measures?: string[];
};

/** Picks an option of a Mantine Select by its label. */
async function choose(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.click();
  await page.getByRole('option', { name: option }).click();
}

/** /projects/:projectId/kpis: KPI cards, filters and the "New KPI" form. */
export class KpisPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'KPIs', level: 1 });
  }

  async goto(projectId: string): Promise<void> {
    await this.page.goto(`/projects/${projectId}/kpis`);
    await expect(this.heading).toBeVisible();
  }

  get form() {
    return this.page.getByRole('form', { name: 'New KPI' });
  }

  /** Fills and submits "New KPI"; the new KPI's page opens. */
  async createKpi(kpi: NewKpi): Promise<void> {
    await this.page.getByRole('button', { name: 'New KPI' }).first().click();
    const form = this.form;
    await form.getByRole('textbox', { name: 'Name' }).fill(kpi.name);
    await choose(this.page, form.getByRole('combobox', { name: 'Type' }), kpi.type);
    if (kpi.target !== undefined) await form.getByRole('textbox', { name: 'Target' }).fill(String(kpi.target));
    if (kpi.attachTo) {
      // The segmented control hides its radios; the label is what a user clicks.
      await form.getByRole('radiogroup', { name: 'Attached to' }).getByText('Touchpoint', { exact: true }).click();
      await choose(this.page, form.getByRole('combobox', { name: 'Journey' }), kpi.attachTo.journey);
      await choose(this.page, form.getByRole('combobox', { name: 'Touchpoint' }), kpi.attachTo.touchpoint);
    }
    for (const key of kpi.measures ?? []) {
      await form.getByRole('combobox', { name: 'Measured outcomes' }).click();
      await this.page.getByRole('option', { name: new RegExp(`^${key} `) }).click();
      await this.page.keyboard.press('Escape');
    }
    await form.getByRole('button', { name: 'Create KPI' }).click();
    await expect(this.page.getByRole('heading', { name: kpi.name, level: 1 })).toBeVisible();
  }
}

/** /projects/:projectId/kpis/:kpiId: where it stands, definition and links, trend with ship dates, values. */
export class KpiPage {
  constructor(readonly page: Page) {}

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, level: 1, exact: true });
  }

  get standing() {
    return this.page.getByRole('region', { name: 'Where it stands' });
  }

  get attachedTo() {
    return this.page.getByRole('region', { name: 'Attached to' });
  }

  get measuredOutcomes() {
    return this.attachedTo.getByRole('list', { name: 'Measured outcomes' }).getByRole('link');
  }

  get trend() {
    return this.page.getByRole('region', { name: 'Trend' });
  }

  /** The chart, named with its summary ("Trend of …: 6 values, from … to …, target …, 1 solution shipped"). */
  get trendChart() {
    return this.trend.getByRole('img', { name: /^Trend of / });
  }

  get shipMarkers() {
    return this.trend.getByRole('list', { name: 'Shipped solutions' }).getByRole('listitem');
  }

  get measurements() {
    return this.page.getByRole('table', { name: 'Measurements' });
  }

  /** Value rows, newest period first. */
  get measurementRows() {
    return this.measurements.getByRole('rowgroup').nth(1).getByRole('row');
  }

  /** The cells of every value row as the user reads them: period, value, n, source, computed from. */
  async readMeasurements(): Promise<string[][]> {
    await expect(this.measurements).toBeVisible();
    const rows: string[][] = [];
    for (const row of await this.measurementRows.all()) rows.push((await row.getByRole('cell').allInnerTexts()).slice(0, 5).map((text) => text.trim()));
    return rows;
  }

  get recordValues() {
    return this.page.getByRole('region', { name: 'Record values' });
  }

  async addValue(value: { periodStart: string; periodEnd: string; value: number; sampleSize?: number }): Promise<void> {
    await this.recordValues.getByRole('tab', { name: 'Add value' }).click();
    const form = this.recordValues.getByRole('form', { name: 'Add value' });
    await form.getByRole('textbox', { name: 'Period start' }).fill(value.periodStart);
    await form.getByRole('textbox', { name: 'Period end' }).fill(value.periodEnd);
    await form.getByRole('textbox', { name: 'Value' }).fill(String(value.value));
    if (value.sampleSize !== undefined) await form.getByRole('textbox', { name: 'Sample size' }).fill(String(value.sampleSize));
    await form.getByRole('button', { name: 'Add value' }).click();
  }

  get importPanel() {
    return this.recordValues.getByRole('tabpanel', { name: 'Import CSV' });
  }

  /** Opens "Import CSV", says what the file holds and chooses it (nothing is sent yet). */
  async chooseImport(kind: 'Values per period' | 'Raw responses', file: { name: string; content: string }): Promise<void> {
    await this.recordValues.getByRole('tab', { name: 'Import CSV' }).click();
    await this.importPanel.getByRole('radiogroup', { name: 'What the file holds' }).getByText(kind, { exact: true }).click();
    await this.importPanel.getByLabel('CSV file').setInputFiles({ name: file.name, mimeType: 'text/csv', buffer: Buffer.from(file.content) });
    await expect(this.importPanel.getByTestId('chosen-file')).toHaveText(file.name);
  }

  async checkImport(): Promise<void> {
    await this.importPanel.getByRole('button', { name: 'Check (dry run)' }).click();
  }

  async runImport(): Promise<void> {
    await this.importPanel.getByRole('button', { name: 'Import', exact: true }).click();
  }

  /** The line-by-line problems of a rejected file (422). */
  get importProblems() {
    return this.importPanel.getByRole('table', { name: 'Problems in the file' });
  }

  /** The problem rows: line, column, problem. */
  async readImportProblems(): Promise<string[][]> {
    const rows: string[][] = [];
    for (const row of await this.importProblems.getByRole('rowgroup').nth(1).getByRole('row').all()) rows.push((await row.getByRole('cell').allInnerTexts()).map((text) => text.trim()));
    return rows;
  }

  /** The periods a check would record, or that an import recorded. */
  importedPeriods(dryRun: boolean): Locator {
    return this.importPanel.getByRole('table', { name: dryRun ? 'Periods the import would record' : 'Imported periods' });
  }
}
