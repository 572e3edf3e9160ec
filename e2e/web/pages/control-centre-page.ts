import { expect, type Locator, type Page } from '@playwright/test';

export type GapKind = 'Top opportunities without a solution' | 'Solutions without a KPI' | 'Touchpoints whose KPI misses target' | 'Job steps with no evidence';

/** /projects/:projectId/control-centre: headline figures, the gaps, and the problem, solution and evaluation spaces. */
export class ControlCentrePage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'Control centre', level: 1 });
  }

  async goto(projectId: string): Promise<void> {
    await this.page.goto(`/projects/${projectId}/control-centre`);
    await expect(this.heading).toBeVisible();
  }

  /** A headline figure ("Interviews", "KPIs on target" …) as shown. */
  figure(label: string): Locator {
    return this.page.getByLabel('Where we stand').getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]');
  }

  get gaps() {
    return this.page.getByRole('region', { name: 'Gaps', exact: true });
  }

  /** One list of gaps; its heading carries the count, e.g. "Solutions without a KPI (1)". */
  gapList(kind: GapKind): Locator {
    return this.gaps.getByRole('region', { name: new RegExp(`^${kind} \\(\\d+\\)$`) });
  }

  gapItems(kind: GapKind): Locator {
    return this.gapList(kind).getByRole('listitem');
  }

  space(name: 'Problem space' | 'Solution space' | 'Evaluation space'): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }
}
