import type { Locator, Page } from '@playwright/test';

/**
 * The "Outcome O-n" details drawer of the outcomes page (opened there, or from any page with `?outcome=`):
 * its evidence quotes and the rest of its chain (journey places, KPIs, solutions).
 */
export class OutcomeDrawer {
  constructor(readonly page: Page) {}

  get root() {
    return this.page.getByRole('dialog', { name: /^Outcome O-\d+$/ });
  }

  /** The drawer of one outcome, e.g. "O-1". */
  of(key: string): Locator {
    return this.page.getByRole('dialog', { name: `Outcome ${key}`, exact: true });
  }

  get statement() {
    return this.root.getByTestId('detail-statement');
  }

  get evidence() {
    return this.root.getByRole('region', { name: /^Evidence/ });
  }

  /** The blockquote holding this quote, with its "Open the interview" link. */
  quote(text: string): Locator {
    return this.evidence.getByRole('blockquote').filter({ hasText: text });
  }

  get chain() {
    return this.root.getByRole('region', { name: 'Where it shows and how it is measured' });
  }

  /** "Journeys", "KPIs" or "Solutions" of the chain section: one list item per link. */
  chainItems(list: 'Journeys' | 'KPIs' | 'Solutions'): Locator {
    return this.chain.getByRole('list', { name: list }).getByRole('listitem');
  }
}
