import { expect, type Locator, type Page } from '@playwright/test';

export type NewProject = { name: string; jobStatement?: string; description?: string };

/** /w/:workspaceId: the workspace's projects. */
export class ProjectsPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'Projects', level: 1 });
  }

  get createButton() {
    return this.page.getByRole('button', { name: 'Create project' });
  }

  get list() {
    return this.page.getByRole('list', { name: 'Projects' });
  }

  get dialog() {
    return this.page.getByRole('dialog', { name: 'New project' });
  }

  projectLink(name: string): Locator {
    return this.list.getByRole('link', { name, exact: true });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async createProject(project: NewProject): Promise<void> {
    await this.createButton.click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('textbox', { name: 'Project name', exact: true }).fill(project.name);
    if (project.jobStatement) await this.dialog.getByRole('textbox', { name: 'Core job statement', exact: true }).fill(project.jobStatement);
    if (project.description) await this.dialog.getByRole('textbox', { name: 'Description', exact: true }).fill(project.description);
    await this.dialog.getByRole('button', { name: 'Create project' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
