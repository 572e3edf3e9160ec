import { expect, type Locator, type Page } from '@playwright/test';

export type Question = 'Importance' | 'Satisfaction';
export type SurveyFile = { name: string; mimeType?: string; content: string };

/** /projects/:projectId/ratings: the "Rate" tab (workshop entry from the keyboard) and the "Import survey" tab. */
export class RatingsPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'Ratings', level: 1 });
  }

  tab(name: 'Rate' | 'Import survey'): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async goto(projectId: string, tab: 'rate' | 'import' = 'rate'): Promise<void> {
    await this.page.goto(`/projects/${projectId}/ratings${tab === 'import' ? '?tab=import' : ''}`);
    await expect(this.heading).toBeVisible();
  }

  async openTab(name: 'Rate' | 'Import survey'): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  get rate(): RateTab {
    return new RateTab(this.page);
  }

  get importSurvey(): ImportSurveyTab {
    return new ImportSurveyTab(this.page);
  }
}

/** The "Rate" tab: a participant, then their answers to every accepted outcome with the live opportunity preview. */
export class RateTab {
  constructor(readonly page: Page) {}

  get participant() {
    return this.page.getByRole('combobox', { name: 'Participant' });
  }

  get newParticipantButton() {
    return this.page.getByRole('button', { name: 'New participant' });
  }

  get newParticipantDialog() {
    return this.page.getByRole('dialog', { name: 'New participant' });
  }

  get list() {
    return this.page.getByRole('list', { name: 'Outcomes to rate' });
  }

  get rows() {
    return this.list.getByRole('listitem');
  }

  /** "Workshop participant 3: 2 of 5 outcomes fully rated". */
  get progress() {
    return this.page.getByText(/ fully rated$/);
  }

  get shortcutsLegend() {
    return this.page.getByRole('table', { name: 'Keyboard shortcuts' });
  }

  /** A row by its outcome key, e.g. "O-2". */
  row(key: string): Locator {
    return this.list.getByRole('listitem', { name: new RegExp(`^${key}:`) });
  }

  /** One 1–5 button of a row's question. */
  answer(key: string, question: Question, value: number): Locator {
    return this.row(key).getByRole('radio', { name: `${question} ${value}`, exact: true });
  }

  /** The "Imp · Sat · Opp" preview beside a row. */
  preview(key: string): Locator {
    return this.row(key).getByRole('group', { name: `Preview for ${key}` });
  }

  /** Picks a participant by typing the start of their id. */
  async chooseParticipant(externalId: string): Promise<void> {
    await this.participant.click();
    await this.participant.fill(externalId);
    await this.page.getByRole('option', { name: new RegExp(`^${escapeRegExp(externalId)}`) }).first().click();
    await expect(this.participant).toHaveValue(externalId);
    await expect(this.list).toBeVisible();
  }

  /** Adds a participant in the dialog; they become the chosen one. */
  async addParticipant(externalId: string, options: { segment?: string; attributes?: Record<string, string> } = {}): Promise<void> {
    await this.newParticipantButton.click();
    const dialog = this.newParticipantDialog;
    await dialog.getByRole('textbox', { name: 'Participant id' }).fill(externalId);
    if (options.segment) await dialog.getByRole('textbox', { name: 'Segment' }).fill(options.segment);
    const attributes = Object.entries(options.attributes ?? {});
    for (const [index, [name, value]] of attributes.entries()) {
      if (index > 0) await dialog.getByRole('button', { name: 'Add attribute' }).click();
      await dialog.getByRole('textbox', { name: `Attribute ${index + 1} name` }).fill(name);
      await dialog.getByRole('textbox', { name: `Attribute ${index + 1} value` }).fill(value);
    }
    await dialog.getByRole('button', { name: 'Add participant' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.participant).toHaveValue(externalId);
  }

  /** Clicks a row's statement, which makes it the active row and gives the list keyboard focus. */
  async focusRow(key: string): Promise<void> {
    await this.row(key).getByTestId('outcome-statement').click();
    await expect(this.row(key)).toBeFocused();
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** The question 1–5 answers now on the active row. */
  async expectActiveQuestion(key: string, question: Question): Promise<void> {
    await expect(this.row(key).getByText(`${question} ▸`, { exact: true })).toBeVisible();
  }

  /** `null`: the question is not answered. */
  async expectAnswer(key: string, question: Question, value: number | null): Promise<void> {
    for (const option of [1, 2, 3, 4, 5]) {
      await expect(this.answer(key, question, option)).toHaveAttribute('aria-checked', String(option === value));
    }
  }

  /** e.g. expectPreview('O-1', 'Imp 6.0 · Sat 2.0 · Opp 10.0', 'Solid opportunity'). */
  async expectPreview(key: string, scores: string, zone?: string): Promise<void> {
    await expect(this.preview(key).getByTestId('preview-scores')).toHaveText(scores);
    if (zone) await expect(this.preview(key).getByText(zone, { exact: true })).toBeVisible();
  }
}

/** The "Import survey" tab: format, file, column mapping (wide), check, import and their results. */
export class ImportSurveyTab {
  constructor(readonly page: Page) {}

  get fileInput() {
    return this.page.getByLabel('Survey file');
  }

  get chosenFile() {
    return this.page.getByTestId('chosen-file');
  }

  get mapping() {
    return this.page.getByRole('table', { name: 'Column mapping' });
  }

  get confirmMapping() {
    return this.page.getByRole('checkbox', { name: 'These columns are read correctly' });
  }

  get checkButton() {
    return this.page.getByRole('button', { name: 'Check file' });
  }

  get importButton() {
    return this.page.getByRole('button', { name: 'Import', exact: true });
  }

  get progress() {
    return this.page.getByRole('progressbar', { name: 'Upload progress' });
  }

  /** The counts after "Check file". */
  get checkResult() {
    return this.page.getByRole('table', { name: 'What the import would do' });
  }

  /** The counts after "Import". */
  get importResult() {
    return this.page.getByRole('table', { name: 'What the import did' });
  }

  get rejectedLines() {
    return this.page.getByRole('table', { name: 'Rejected lines' });
  }

  get alert() {
    return this.page.getByRole('alert');
  }

  async chooseFormat(format: 'wide' | 'long'): Promise<void> {
    await this.page.getByText(format === 'wide' ? 'Wide: one row per respondent' : 'Long: one row per answer', { exact: true }).click();
  }

  async chooseFile(file: SurveyFile): Promise<void> {
    await this.fileInput.setInputFiles({ name: file.name, mimeType: file.mimeType ?? 'text/csv', buffer: Buffer.from(file.content, 'utf8') });
    await expect(this.chosenFile).toHaveText(file.name);
  }

  /** The mapping row of a column (1-based, as the table numbers them). */
  mappingRow(column: number): Locator {
    return this.mapping.getByRole('row').nth(column);
  }

  async check(): Promise<void> {
    await this.checkButton.click();
    await expect(this.checkResult.or(this.rejectedLines).or(this.alert).first()).toBeVisible();
  }

  async import(): Promise<void> {
    await this.importButton.click();
    await expect(this.importResult.or(this.rejectedLines).or(this.alert).first()).toBeVisible();
  }

  /** A count of the result table, e.g. count('Ratings', 'Created'). */
  count(table: Locator, row: 'Respondents' | 'Ratings' | 'Lines read', column: 1 | 2 | 3 = 1): Locator {
    return table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: row, exact: true }) }).getByRole('cell').nth(column - 1);
  }

  rejectedLine(line: number): Locator {
    return this.rejectedLines.getByRole('row').filter({ has: this.page.getByRole('cell', { name: String(line), exact: true }) });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
