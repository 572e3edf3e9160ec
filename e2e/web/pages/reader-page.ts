import { expect, type Locator, type Page } from '@playwright/test';

/** /projects/:projectId/interviews/:interviewId: transcript, highlight composer and margin. */
export class ReaderPage {
  constructor(readonly page: Page) {}

  get transcript() {
    return this.page.getByRole('region', { name: 'Transcript' });
  }

  get composer() {
    return this.page.getByRole('dialog', { name: 'New highlight' });
  }

  get sidePanel() {
    return this.page.getByRole('complementary', { name: 'Side panel' });
  }

  /** The "Highlights" tab of the side panel (shown by default). */
  get highlightsPanel() {
    return this.sidePanel.getByRole('tabpanel', { name: 'Highlights' });
  }

  get outcomesTab() {
    return this.sidePanel.getByRole('tab', { name: /^Outcomes/ });
  }

  get outcomesPanel() {
    return this.sidePanel.getByRole('tabpanel', { name: /^Outcomes/ });
  }

  get outcomes() {
    return this.outcomesPanel.getByRole('list', { name: 'Proposed outcomes' }).getByRole('listitem');
  }

  get extractButton() {
    return this.page.getByRole('main').getByRole('button', { name: 'Extract outcomes' }).first();
  }

  /** The card of the outcome whose statement contains `statement`. */
  outcome(statement: string | RegExp): Locator {
    return this.outcomes.filter({ hasText: statement });
  }

  /** Marks of the selected outcome's evidence in the transcript (drawn apart from tag highlights). */
  evidenceMarks(): Locator {
    return this.transcript.locator('mark[data-evidence]');
  }

  async openOutcomes(): Promise<void> {
    await this.outcomesTab.click();
    await expect(this.outcomesTab).toHaveAttribute('aria-selected', 'true');
  }

  get highlights() {
    return this.highlightsPanel.getByRole('list', { name: 'Highlights' }).getByRole('listitem');
  }

  get deleteButton() {
    return this.page.getByRole('button', { name: 'Delete interview' });
  }

  title(title: string): Locator {
    return this.page.getByRole('heading', { name: title, level: 1, exact: true });
  }

  async expectLoaded(title: string): Promise<void> {
    await expect(this.title(title)).toBeVisible();
    await expect(this.transcript).toBeVisible();
  }

  /**
   * Selects `passage` in the transcript as a user's drag would, but exactly: a DOM Range over the
   * text node that contains it. The reader listens to `selectionchange` and opens the composer
   * once the selection has settled.
   */
  async selectPassage(passage: string): Promise<void> {
    await expect(this.transcript).toContainText(passage);
    await this.transcript.evaluate((root, text) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const start = node.textContent?.indexOf(text) ?? -1;
        if (start < 0) continue;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + text.length);
        const selection = window.getSelection();
        if (!selection) throw new Error('No selection API');
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`No single text node in the transcript contains: ${text}`);
    }, passage);
    await expect(this.composer).toBeVisible();
  }

  /** Highlights `passage` with tags (new ones are created by typing them) and a note. */
  async highlightPassage(passage: string, options: { tags: string[]; note?: string }): Promise<void> {
    await this.selectPassage(passage);
    await expect(this.composer).toContainText(passage.slice(0, 40));
    const tags = this.composer.getByRole('combobox', { name: 'Tags' });
    for (const tag of options.tags) {
      await tags.fill(tag);
      await tags.press('Enter');
      await expect(this.composer.getByText(tag, { exact: true })).toBeVisible();
    }
    if (options.note) await this.composer.getByRole('textbox', { name: 'Note' }).fill(options.note);
    await this.composer.getByRole('button', { name: 'Save highlight' }).click();
    await expect(this.composer).toBeHidden();
    await expect(this.highlight(passage)).toBeVisible();
  }

  /** Adds tags to an existing highlight from its card in the margin. */
  async addTagsToHighlight(quote: string, tags: string[]): Promise<void> {
    const card = this.highlight(quote);
    await card.getByRole('button', { name: 'Edit tags' }).click();
    const input = card.getByRole('combobox', { name: 'Edit tags' });
    for (const tag of tags) {
      await input.fill(tag);
      await input.press('Enter');
    }
    await card.getByRole('button', { name: 'Save tags' }).click();
    for (const tag of tags) await expect(card.getByRole('link', { name: tag })).toBeVisible();
  }

  highlight(quote: string): Locator {
    return this.highlights.filter({ hasText: quote });
  }

  /** The `<mark>` elements that render highlights inside the transcript. */
  marks(): Locator {
    return this.transcript.locator('mark[data-highlight-ids]');
  }
}
