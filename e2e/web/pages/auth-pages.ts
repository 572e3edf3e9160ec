import { expect, type Page } from '@playwright/test';

export class LoginPage {
  constructor(readonly page: Page) {}

  get email() {
    return this.page.getByRole('textbox', { name: 'Email', exact: true });
  }

  get password() {
    return this.page.getByRole('textbox', { name: 'Password', exact: true });
  }

  get submit() {
    return this.page.getByRole('button', { name: 'Log in' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/login');
    await expect(this.page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  }

  async logIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
    await expect(this.page.getByRole('button', { name: 'User menu' })).toBeVisible();
  }
}

export class RegisterPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/register');
    await expect(this.page.getByRole('heading', { name: 'Create your account' })).toBeVisible();
  }

  async register(user: { name: string; email: string; password: string }): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Name', exact: true }).fill(user.name);
    await this.page.getByRole('textbox', { name: 'Email', exact: true }).fill(user.email);
    await this.page.getByRole('textbox', { name: 'Password', exact: true }).fill(user.password);
    await this.page.getByRole('button', { name: 'Register' }).click();
    await expect(this.page.getByRole('button', { name: 'User menu' })).toBeVisible();
  }
}
