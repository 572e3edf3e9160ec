import { expect, type Locator, type Page } from '@playwright/test';

export type NewSolution = {
  title: string;
  hypothesis?: string;
  /** The KPI the solution should move, by name; the form proposes its better direction. */
  expectedKpi?: string;
  /** Outcome keys it targets, e.g. ["O-1"]. */
  targets?: string[];
};

/** /projects/:projectId/solutions: the list with its status filter and the "New solution" form. */
export class SolutionsPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'Solutions', level: 1 });
  }

  async goto(projectId: string): Promise<void> {
    await this.page.goto(`/projects/${projectId}/solutions`);
    await expect(this.heading).toBeVisible();
  }

  get form() {
    return this.page.getByRole('form', { name: 'New solution' });
  }

  /** Fills and submits "New solution" (status Idea); the solution's page opens. */
  async createSolution(solution: NewSolution): Promise<void> {
    await this.page.getByRole('button', { name: 'New solution' }).first().click();
    const form = this.form;
    await form.getByRole('textbox', { name: 'Title' }).fill(solution.title);
    if (solution.hypothesis) await form.getByRole('textbox', { name: 'Hypothesis' }).fill(solution.hypothesis);
    if (solution.expectedKpi) {
      await form.getByRole('combobox', { name: 'Expected KPI' }).click();
      await this.page.getByRole('option', { name: solution.expectedKpi, exact: true }).click();
    }
    for (const key of solution.targets ?? []) {
      await form.getByRole('combobox', { name: 'Targeted opportunities' }).click();
      await this.page.getByRole('option', { name: new RegExp(`^${key} `) }).click();
      await this.page.keyboard.press('Escape');
    }
    await form.getByRole('button', { name: 'Create solution' }).click();
    await expect(this.page.getByRole('heading', { name: solution.title, level: 1 })).toBeVisible();
  }
}

/** /projects/:projectId/solutions/:solutionId: hypothesis, status, expected KPI, targets and the evaluation. */
export class SolutionPage {
  constructor(readonly page: Page) {}

  heading(title: string): Locator {
    return this.page.getByRole('heading', { name: title, level: 1, exact: true });
  }

  get statusCard() {
    return this.page.getByRole('region', { name: 'Status', exact: true });
  }

  get expectedKpi() {
    return this.page.getByRole('region', { name: 'Expected KPI' });
  }

  get targets() {
    return this.page.getByRole('table', { name: 'Targeted opportunities' });
  }

  /** Sets the status (and the ship date when it ships) and saves it. */
  async setStatus(status: 'Idea' | 'Testing' | 'Shipped' | 'Evaluated' | 'Dropped', shipDate?: string): Promise<void> {
    await this.statusCard.getByRole('combobox', { name: 'Status' }).click();
    await this.page.getByRole('option', { name: status, exact: true }).click();
    if (shipDate) await this.statusCard.getByRole('textbox', { name: 'Ship date' }).fill(shipDate);
    await this.statusCard.getByRole('button', { name: 'Save status' }).click();
    await expect(this.statusCard.getByRole('button', { name: 'Save status' })).toBeDisabled();
  }

  get evaluation() {
    return this.page.getByRole('region', { name: 'Evaluation: before and after the ship date' });
  }

  get verdict() {
    return this.evaluation.getByTestId('evaluation-verdict');
  }

  get change() {
    return this.evaluation.getByRole('region', { name: 'Change' });
  }

  /** "Mean", "Latest" or "Periods" of the Before or After side, as shown. */
  figure(side: 'Before' | 'After', term: 'Mean' | 'Latest' | 'Periods'): Locator {
    return this.evaluation.getByRole('region', { name: side, exact: true }).getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd[1]');
  }
}
