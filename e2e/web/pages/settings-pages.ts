import { expect, type Locator, type Page } from '@playwright/test';

export type Role = 'Owner' | 'Researcher' | 'Viewer';

/** /w/:workspaceId/settings/members */
export class MembersPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'Members', level: 1 });
  }

  get addForm() {
    return this.page.getByRole('form', { name: 'Add member' });
  }

  get table() {
    return this.page.getByRole('table', { name: 'Members' });
  }

  row(email: string): Locator {
    return this.table.getByRole('row').filter({ hasText: email });
  }

  async addMember(email: string, role: Role): Promise<void> {
    await this.addForm.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
    await this.addForm.getByRole('combobox', { name: 'Role' }).click();
    await this.page.getByRole('option', { name: role, exact: true }).click();
    await this.addForm.getByRole('button', { name: 'Add member' }).click();
    await expect(this.row(email)).toBeVisible();
  }
}

/** /w/:workspaceId/settings/tokens */
export class ApiTokensPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'API tokens', level: 1 });
  }

  get createForm() {
    return this.page.getByRole('form', { name: 'Create API token' });
  }

  get table() {
    return this.page.getByRole('table', { name: 'API tokens' });
  }

  get secret() {
    return this.page.getByLabel('New API token');
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ hasText: name });
  }

  /** Creates a token and returns its secret, shown once. */
  async createToken(name: string, scope: 'Read' | 'Read & write' = 'Read'): Promise<string> {
    await this.createForm.getByRole('textbox', { name: 'Token name', exact: true }).fill(name);
    await this.createForm.getByText(scope, { exact: true }).click();
    await this.createForm.getByRole('button', { name: 'Create token' }).click();
    await expect(this.secret).toHaveValue(/\S{20,}/);
    await expect(this.row(name)).toBeVisible();
    return this.secret.inputValue();
  }

  async dismissSecret(): Promise<void> {
    await this.page.getByRole('button', { name: 'I have stored it' }).click();
    await expect(this.secret).toBeHidden();
  }

  async revoke(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: `Revoke ${name}` }).click();
    const confirm = this.page.getByRole('dialog', { name: 'Revoke API token' });
    await confirm.getByRole('button', { name: 'Revoke token' }).click();
    await expect(confirm).toBeHidden();
    await expect(this.row(name)).toHaveCount(0);
  }
}
