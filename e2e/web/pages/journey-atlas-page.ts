import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** /projects/:projectId/journeys: the project's journeys and the "New journey" form. */
export class JourneysPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'Journeys', level: 1 });
  }

  async goto(projectId: string): Promise<void> {
    await this.page.goto(`/projects/${projectId}/journeys`);
    await expect(this.heading).toBeVisible();
  }

  journeyLink(name: string): Locator {
    return this.page.getByRole('list', { name: 'Journeys' }).getByRole('link', { name, exact: true });
  }

  get form() {
    return this.page.getByRole('form', { name: 'New journey' });
  }

  /** Creates a journey with exactly these first stages (the form proposes defaults, removed first); its atlas opens. */
  async createJourney(name: string, stages: readonly string[]): Promise<void> {
    await this.page.getByRole('button', { name: 'New journey' }).first().click();
    await this.form.getByRole('textbox', { name: 'Journey name' }).fill(name);
    const stagesInput = this.form.getByRole('combobox', { name: 'First stages' });
    await stagesInput.click();
    // Backspace in the empty input removes the last stage; more presses than default stages leave none.
    for (let press = 0; press < 10; press += 1) await stagesInput.press('Backspace');
    for (const stage of stages) {
      await stagesInput.fill(stage);
      await stagesInput.press('Enter');
    }
    await this.form.getByRole('button', { name: 'Create journey' }).click();
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }
}

export type Direction = 'up' | 'down' | 'left' | 'right';
const DIRECTION_LABEL: Record<Direction, string> = { up: 'Move up', down: 'Move down', left: 'Move left', right: 'Move right' };

export type TouchpointFields = { name: string; channel?: string; ownerTeam?: string; cxLevel?: 1 | 2 | 3 | 4 | 5; expectation?: string; description?: string };

/** /projects/:projectId/journeys/:journeyId: stages as columns, touchpoints as cards, the details drawer and export. */
export class JourneyAtlasPage {
  constructor(readonly page: Page) {}

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, level: 1, exact: true });
  }

  get board() {
    return this.page.getByRole('group', { name: /^Stages of / });
  }

  get stages() {
    return this.board.getByRole('region', { name: /^Stage / });
  }

  stage(name: string): Locator {
    return this.board.getByRole('region', { name: `Stage ${name}`, exact: true });
  }

  /** Stage names, left to right. */
  async stageNames(): Promise<string[]> {
    return (await this.stages.evaluateAll((regions) => regions.map((region) => region.getAttribute('aria-label') ?? ''))).map((label) => label.replace(/^Stage /, ''));
  }

  /** The card of a touchpoint, wherever it is. */
  card(name: string): Locator {
    return this.board.getByRole('article', { name, exact: true });
  }

  /** Touchpoint names in one stage, top to bottom. */
  async cardNames(stage: string): Promise<string[]> {
    return this.stage(stage)
      .getByRole('article')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label') ?? ''));
  }

  /** The opportunity badges of a card ("O-1 17.5"), each named with its zone. */
  opportunityBadges(touchpoint: string): Locator {
    return this.card(touchpoint).getByRole('list', { name: `Opportunities at ${touchpoint}` }).getByRole('listitem');
  }

  /** One KPI line of a card: its name (a link), latest against target and status in words. */
  kpiLine(touchpoint: string, kpi: string): Locator {
    return this.card(touchpoint).getByRole('group', { name: `KPIs at ${touchpoint}` }).getByTestId('kpi-glance').filter({ has: this.page.getByRole('link', { name: kpi, exact: true }) });
  }

  painMarker(touchpoint: string): Locator {
    return this.card(touchpoint).getByRole('img', { name: /^Pain: / });
  }

  async addStage(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add stage', exact: true }).click();
    const form = this.page.getByRole('form', { name: 'Add a stage' });
    await form.getByRole('textbox', { name: 'Stage name' }).fill(name);
    await form.getByRole('button', { name: 'Add stage' }).click();
    await expect(form).toBeHidden();
    await expect(this.stage(name)).toBeVisible();
  }

  /** Adds a touchpoint through the stage's "Add touchpoint" button and waits for its card. */
  async addTouchpoint(stage: string, fields: TouchpointFields): Promise<void> {
    await this.stage(stage).getByRole('button', { name: 'Add touchpoint', exact: true }).click();
    const form = this.page.getByRole('form', { name: 'Add a touchpoint' });
    await form.getByRole('textbox', { name: 'Touchpoint name' }).fill(fields.name);
    if (fields.channel) await this.choose(form.getByRole('combobox', { name: 'Channel' }), fields.channel);
    if (fields.ownerTeam) await form.getByRole('textbox', { name: 'Owner team' }).fill(fields.ownerTeam);
    if (fields.cxLevel) await this.choose(form.getByRole('combobox', { name: 'CX pyramid level' }), new RegExp(`^${fields.cxLevel} · `));
    if (fields.expectation) await form.getByRole('textbox', { name: 'Expectation' }).fill(fields.expectation);
    if (fields.description) await form.getByRole('textbox', { name: 'Description' }).fill(fields.description);
    await form.getByRole('button', { name: 'Add touchpoint' }).click();
    await expect(form).toBeHidden();
    await expect(this.stage(stage).getByRole('article', { name: fields.name, exact: true })).toBeVisible();
  }

  /** Picks an option of a Mantine Select by its label. */
  async choose(select: Locator, option: string | RegExp): Promise<void> {
    await select.click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** Runs a move and waits until the server has saved it (the board moves at once, before the answer). */
  private async saved(kind: 'touchpoint' | 'stages', move: () => Promise<void>): Promise<void> {
    const path = kind === 'touchpoint' ? /\/api\/v1\/touchpoints\/[0-9a-f-]{36}$/ : /\/api\/v1\/journeys\/[0-9a-f-]{36}\/stages\/order$/;
    const answer = this.page.waitForResponse((response) => path.test(new URL(response.url()).pathname) && response.request().method() !== 'GET');
    await move();
    expect((await answer).ok()).toBe(true);
  }

  private async menuItem(menuButton: Locator, item: string): Promise<void> {
    await menuButton.click();
    await this.page.getByRole('menuitem', { name: item, exact: true }).click();
  }

  /** Nudges a touchpoint with its card menu (Move up/down/left/right) and waits until it is saved. */
  async moveTouchpoint(name: string, direction: Direction): Promise<void> {
    await this.saved('touchpoint', () => this.menuItem(this.card(name).getByRole('button', { name: `Actions for ${name}` }), DIRECTION_LABEL[direction]));
  }

  /** "Move to stage…" in the card menu: picks the stage in the dialog and moves. */
  async moveTouchpointToStage(name: string, stage: string): Promise<void> {
    await this.menuItem(this.card(name).getByRole('button', { name: `Actions for ${name}` }), 'Move to stage…');
    const dialog = this.page.getByRole('dialog', { name: new RegExp(`^Move ${name}`) });
    await expect(dialog).toBeVisible();
    await this.choose(dialog.getByRole('combobox', { name: 'Stage' }), stage);
    await this.saved('touchpoint', () => dialog.getByRole('button', { name: 'Move', exact: true }).click());
    await expect(dialog).toBeHidden();
  }

  /** Moves a stage one place with its menu and waits until it is saved. */
  async moveStage(name: string, direction: 'left' | 'right'): Promise<void> {
    await this.saved('stages', () => this.menuItem(this.stage(name).getByRole('button', { name: `Actions for stage ${name}` }), DIRECTION_LABEL[direction]));
  }

  dragHandle(touchpoint: string): Locator {
    return this.card(touchpoint).getByRole('button', { name: `Drag ${touchpoint}` });
  }

  /**
   * The keyboard drag of dnd-kit: focus the handle, Space picks up, arrows move, Space drops. Each step waits
   * for the handle's pressed state or what dnd-kit announces to screen readers, so no key arrives before the
   * board has measured itself.
   */
  async keyboardDrag(touchpoint: string, keys: string[], over: string): Promise<void> {
    const handle = this.dragHandle(touchpoint);
    await handle.focus();
    await this.page.keyboard.press('Space');
    await expect(handle).toHaveAttribute('aria-pressed', 'true');
    for (const key of keys) await this.page.keyboard.press(key);
    await expect(this.page.getByText(`${touchpoint} is over ${over}.`, { exact: true })).toBeAttached();
    await this.saved('touchpoint', () => this.page.keyboard.press('Space'));
    await expect(this.page.getByText(`Dropped ${touchpoint} at ${over}.`, { exact: true })).toBeAttached();
  }

  /** The live region that announces every move ("Moved … to …"). */
  get announcement() {
    return this.page.getByTestId('atlas-announcement');
  }

  /** Opens a touchpoint's details from its card title. */
  async openTouchpoint(name: string): Promise<TouchpointDrawer> {
    await this.card(name).getByRole('link', { name, exact: true }).click();
    const drawer = new TouchpointDrawer(this.page);
    await expect(drawer.title(name)).toBeVisible();
    return drawer;
  }

  get drawer(): TouchpointDrawer {
    return new TouchpointDrawer(this.page);
  }

  private async exportAs(item: 'Map as PNG' | 'Map as SVG' | 'Data as CSV'): Promise<{ download: Download; body: Buffer }> {
    await this.page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('menuitem', { name: item }).click()]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    return { download, body: Buffer.concat(chunks) };
  }

  /** "Data as CSV": the file's name and text (without its byte-order mark). */
  async exportCsv(): Promise<{ fileName: string; text: string }> {
    const { download, body } = await this.exportAs('Data as CSV');
    return { fileName: download.suggestedFilename(), text: body.toString('utf8').replace(/^\uFEFF/, '') };
  }

  async exportPng(): Promise<{ fileName: string; bytes: Buffer }> {
    const { download, body } = await this.exportAs('Map as PNG');
    return { fileName: download.suggestedFilename(), bytes: body };
  }
}

/** The "Touchpoint details" drawer of the atlas. */
export class TouchpointDrawer {
  constructor(readonly page: Page) {}

  get root() {
    return this.page.getByRole('dialog', { name: 'Touchpoint details' });
  }

  title(name: string): Locator {
    return this.root.getByRole('heading', { name, level: 2, exact: true });
  }

  section(title: RegExp | string): Locator {
    return this.root.getByRole('region', { name: title });
  }

  get linkedOutcomes() {
    return this.root.getByRole('list', { name: 'Linked outcomes' }).getByRole('listitem');
  }

  get kpis() {
    return this.root.getByRole('list', { name: 'KPIs' }).getByRole('listitem');
  }

  get quotes() {
    return this.root.getByRole('list', { name: 'Linked quotes' }).getByRole('listitem');
  }

  /** Searches the accepted outcomes by words of their statement and links the one picked. */
  async linkOutcome(search: string, statement: string): Promise<void> {
    const picker = this.root.getByRole('combobox', { name: 'Link an accepted outcome' });
    await picker.fill(search);
    await this.page.getByRole('option', { name: new RegExp(escapeRegExp(statement)) }).click();
    await this.root.getByRole('button', { name: 'Link outcome' }).click();
    await expect(this.linkedOutcomes.filter({ hasText: statement })).toBeVisible();
  }

  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.root).toBeHidden();
  }
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
