import { expect, type Locator, type Page } from '@playwright/test';

export type SectionLink =
  | 'Overview'
  | 'Interviews'
  | 'Outcomes'
  | 'Ratings'
  | 'Opportunities'
  | 'Control centre'
  | 'Journeys'
  | 'KPIs'
  | 'Solutions'
  | 'Tags'
  | 'Extraction jobs'
  | 'Projects'
  | 'Members'
  | 'API tokens';

/** Header and sidebar around every signed-in page. */
export class AppShell {
  constructor(readonly page: Page) {}

  get navigation() {
    return this.page.getByRole('navigation', { name: 'Sections' });
  }

  get workspace() {
    return this.page.getByRole('combobox', { name: 'Workspace' });
  }

  get userMenu() {
    return this.page.getByRole('button', { name: 'User menu' });
  }

  get main() {
    return this.page.locator('main');
  }

  link(name: SectionLink): Locator {
    return this.navigation.getByRole('link', { name, exact: true });
  }

  async open(name: SectionLink): Promise<void> {
    await this.link(name).click();
    await expect(this.link(name)).toHaveAttribute('aria-current', 'page');
  }

  async switchWorkspace(name: string): Promise<void> {
    await this.workspace.click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(this.workspace).toHaveValue(name);
  }

  async logOut(): Promise<void> {
    await this.userMenu.click();
    await this.page.getByRole('menuitem', { name: 'Log out' }).click();
    await expect(this.page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  }
}
