import { expect, type Page } from '@playwright/test';

/** /projects/:projectId: name, job statement, job map and personas. */
export class ProjectOverviewPage {
  constructor(readonly page: Page) {}

  get editName() {
    return this.page.getByRole('button', { name: 'Edit Project name' });
  }

  heading(name: string) {
    return this.page.getByRole('heading', { name, level: 1, exact: true });
  }

  async expectLoaded(name: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
    await expect(this.heading(name)).toBeVisible();
  }

  projectId(): string {
    const id = /\/projects\/([0-9a-f-]{36})/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`Not on a project page: ${this.page.url()}`);
    return id;
  }
}
