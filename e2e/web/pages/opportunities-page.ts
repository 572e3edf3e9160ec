import { expect, type Download, type Locator, type Page } from '@playwright/test';

export type OpportunityView = 'Backlog' | 'Landscape' | 'Compare segments' | 'Segmentation';
export type ZoneLabel = 'Extreme' | 'High' | 'Solid' | 'Served' | 'Over-served';

/** One row of the backlog table as the user reads it (scores as displayed, one decimal). */
export type OpportunityRowText = {
  rank: string;
  tied: boolean;
  key: string;
  statement: string;
  jobStep: string;
  importance: string;
  satisfaction: string;
  opportunity: string;
  zone: string;
  answers: string;
  lowSample: boolean;
  evidence: string;
};

/**
 * /projects/:projectId/opportunities: the ranked backlog (virtualized table, filters in the URL, CSV download),
 * the landscape chart, the segment comparison and the segmentation, as tabs (`?view=`).
 */
export class OpportunitiesPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'Opportunities', level: 1 });
  }

  tab(name: OpportunityView): Locator {
    return this.page.getByRole('tablist', { name: 'Opportunity views' }).getByRole('tab', { name, exact: true });
  }

  async goto(projectId: string, search = ''): Promise<void> {
    await this.page.goto(`/projects/${projectId}/opportunities${search ? `?${search}` : ''}`);
    await expect(this.heading).toBeVisible();
  }

  async openView(name: OpportunityView): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  // Backlog

  get table() {
    return this.page.getByRole('table', { name: 'Opportunities' });
  }

  /** The rendered rows only: the table is virtualized, so rows far below the viewport are not in the DOM. */
  get rows() {
    return this.table.locator('tbody tr[data-index]');
  }

  /** A row by outcome key, e.g. "O-12" (scroll it into view first with {@link scrollToRow} if the backlog is long). */
  row(key: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name: key, exact: true }) });
  }

  get figures() {
    return this.page.getByLabel('Backlog figures');
  }

  /** "Ranked outcomes", "Not rated yet" or "Respondents" as a number. */
  async figure(label: 'Ranked outcomes' | 'Not rated yet' | 'Respondents'): Promise<number> {
    const text = await this.figures.locator('div', { has: this.page.locator('dt', { hasText: label }) }).locator('dd').innerText();
    return Number(text.replace(/[^\d]/g, ''));
  }

  async readRow(row: Locator): Promise<OpportunityRowText> {
    const cells = row.getByRole('cell');
    const text = async (index: number) => (await cells.nth(index).innerText()).trim();
    const rankCell = await text(0);
    return {
      rank: rankCell.replace(/=.*$/s, ''),
      tied: rankCell.includes('='),
      key: await text(1),
      statement: await text(2),
      jobStep: await text(3),
      importance: await text(4),
      satisfaction: await text(5),
      opportunity: (await text(6)).split(/\s/)[0] ?? '',
      zone: await text(7),
      answers: (await text(8)).trim(),
      lowSample: (await cells.nth(8).getByRole('img', { name: /^Low sample/ }).count()) > 0,
      evidence: await text(9),
    };
  }

  /** Every row currently rendered, top to bottom. */
  async readRows(): Promise<OpportunityRowText[]> {
    await expect(this.table).toBeVisible();
    const rows: OpportunityRowText[] = [];
    for (const row of await this.rows.all()) rows.push(await this.readRow(row));
    return rows;
  }

  /** Scrolls the window until the row with this key is rendered (loading further pages on the way). */
  async scrollToRow(key: string, maxSteps = 200): Promise<Locator> {
    for (let step = 0; step < maxSteps && (await this.row(key).count()) === 0; step += 1) await this.page.mouse.wheel(0, 1200);
    await this.row(key).scrollIntoViewIfNeeded();
    return this.row(key);
  }

  intervalBar(key: string): Locator {
    return this.row(key).getByRole('img', { name: /^95% interval/ });
  }

  lowSampleWarning(key: string): Locator {
    return this.row(key).getByRole('img', { name: /^Low sample/ });
  }

  /** The evidence count link of a row; it opens the outcomes page searched for this outcome. */
  evidenceLink(key: string): Locator {
    return this.row(key).getByRole('link', { name: new RegExp(`for ${key}$`) });
  }

  get segmentSelect() {
    return this.page.getByRole('combobox', { name: 'Segment', exact: true });
  }

  get jobStepSelect() {
    return this.page.getByRole('combobox', { name: 'Job step' });
  }

  get minOpportunityInput() {
    return this.page.getByRole('textbox', { name: 'Min. opportunity' });
  }

  zoneChip(zone: ZoneLabel): Locator {
    return this.page.getByRole('group', { name: 'Zone' }).getByRole('checkbox', { name: zone, exact: true });
  }

  /** Picks an option of a Mantine Select by its visible label (e.g. "SMB · 42 respondents", "All respondents"). */
  async choose(select: Locator, option: string | RegExp): Promise<void> {
    await select.click();
    await this.page.getByRole('option', { name: option }).click();
  }

  async chooseSegment(option: string | RegExp): Promise<void> {
    await this.choose(this.segmentSelect, option);
  }

  /** Chips hide their checkbox; the label is what a user clicks. */
  async toggleZone(zone: ZoneLabel): Promise<void> {
    await this.page.getByRole('group', { name: 'Zone' }).locator('label', { hasText: new RegExp(`^${zone}$`) }).click();
  }

  async setMinOpportunity(value: number | null): Promise<void> {
    await this.minOpportunityInput.fill(value === null ? '' : String(value));
  }

  get csvLink() {
    return this.page.getByRole('link', { name: 'Download CSV' });
  }

  /** Clicks "Download CSV" and returns the file's text. */
  async downloadCsv(): Promise<{ download: Download; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.csvLink.click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { download, text: Buffer.concat(chunks).toString('utf8') };
  }

  get emptyRatingsLink() {
    return this.page.getByRole('link', { name: 'Go to the ratings' });
  }

  // Landscape

  get landscape() {
    return this.page.getByRole('img', { name: /^Opportunity landscape/ });
  }

  /** The point of one outcome, e.g. "O-3" (an SVG circle). */
  point(key: string): Locator {
    return this.landscape.locator(`circle[data-outcome-key="${key}"]`);
  }

  get points() {
    return this.landscape.locator('circle[data-outcome-key]');
  }

  get landscapeTooltip() {
    return this.page.getByTestId('landscape-tooltip');
  }

  /** Hovers a point and returns its tooltip (key, statement, scores and n). */
  async hoverPoint(key: string): Promise<Locator> {
    await this.point(key).hover({ force: true });
    await expect(this.landscapeTooltip).toBeVisible();
    return this.landscapeTooltip;
  }

  /** Clicks a point; the outcomes page opens, searched for that outcome. */
  async clickPoint(key: string): Promise<void> {
    await this.point(key).click({ force: true });
    await expect(this.page).toHaveURL(/\/outcomes\?/);
  }

  /** The visually hidden text alternative of the chart. */
  get landscapeSummary() {
    return this.page.getByTestId('landscape-summary');
  }

  // Compare segments

  get segmentASelect() {
    return this.page.getByRole('combobox', { name: 'Segment A' });
  }

  get segmentBSelect() {
    return this.page.getByRole('combobox', { name: 'Segment B' });
  }

  async compare(a: string | RegExp, b: string | RegExp): Promise<Locator> {
    await this.choose(this.segmentASelect, a);
    await this.choose(this.segmentBSelect, b);
    const table = this.page.getByRole('table', { name: /^Opportunity of .+ compared with / });
    await expect(table).toBeVisible();
    return table;
  }

  // Segmentation

  get segmentationForm() {
    return this.page.getByRole('form', { name: 'New segmentation' });
  }

  /** Runs a segmentation; `k` null lets the silhouette choose. Waits for the result's heading. */
  async runSegmentation(name: string, options: { k?: number | null; seed?: number } = {}): Promise<void> {
    await this.segmentationForm.getByRole('textbox', { name: 'Name' }).fill(name);
    if (options.k !== undefined) {
      await this.choose(this.segmentationForm.getByRole('combobox', { name: 'Number of segments' }), options.k === null ? /^Automatic/ : `${options.k} segments`);
    }
    if (options.seed !== undefined) await this.segmentationForm.getByRole('textbox', { name: 'Seed' }).fill(String(options.seed));
    await this.segmentationForm.getByRole('button', { name: 'Run segmentation' }).click();
    await expect(this.page.getByRole('heading', { name, level: 3 })).toBeVisible({ timeout: 30_000 });
  }

  /** A saved segment's card, by its name (e.g. "Unmet needs, November · 1"). */
  segmentCard(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  async viewSegmentBacklog(name: string): Promise<void> {
    await this.segmentCard(name).getByRole('link', { name: `View backlog for ${name}` }).click();
    await expect(this.tab('Backlog')).toHaveAttribute('aria-selected', 'true');
    await expect(this.page).toHaveURL(/[?&]segment=saved%3A/);
  }
}
