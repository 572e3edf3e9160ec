import { expect, type Locator, type Page } from '@playwright/test';

/** /projects/:projectId/tags/:tagId: every quote with one tag, grouped by interview. */
export class TagBoardPage {
  constructor(readonly page: Page) {}

  heading(tag: string): Locator {
    return this.page.getByRole('heading', { name: `Tag: ${tag}`, level: 1 });
  }

  async expectLoaded(tag: string): Promise<void> {
    await expect(this.heading(tag)).toBeVisible();
  }

  quote(text: string): Locator {
    return this.page.getByRole('listitem').filter({ hasText: text });
  }

  async openInReader(quote: string): Promise<void> {
    await this.quote(quote).getByRole('link', { name: 'Open in reader' }).click();
  }
}
