import path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../support/app-process.js';
import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { ExtractDialog, ExtractionJobsPage } from './pages/extraction-pages.js';
import { LoginPage } from './pages/auth-pages.js';
import { InterviewsPage } from './pages/interviews-page.js';
import { ProjectOverviewPage } from './pages/project-overview-page.js';
import { OpportunitiesPage } from './pages/opportunities-page.js';
import { ProjectsPage } from './pages/projects-page.js';
import { RatingsPage } from './pages/ratings-page.js';
import { ReaderPage } from './pages/reader-page.js';
import { ApiTokensPage } from './pages/settings-pages.js';
import { ControlCentrePage } from './pages/control-centre-page.js';
import { JourneyAtlasPage, JourneysPage } from './pages/journey-atlas-page.js';
import { KpiPage } from './pages/kpi-page.js';
import { TagBoardPage } from './pages/tag-board-page.js';
import { DEMO_USER } from './test-data.js';

const SCREENSHOTS = path.join(REPO_ROOT, 'docs/screenshots');

/** Waits until nothing is loading, moves the pointer out of the way and saves a 1440x900 PNG. */
async function capture(page: Page, name: string, options: { keepPointer?: boolean } = {}): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // Toasts from earlier steps (e.g. "Extraction finished") would cover the page.
  await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
  if (!options.keepPointer) await page.mouse.move(0, 899);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

test.describe('README screenshots', () => {
  test.skip(!process.env.SCREENSHOTS, 'run with SCREENSHOTS=1 to refresh README screenshots');
  test.use({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });

  test('the demo workspace, page by page', async ({ page }) => {
    const shell = new AppShell(page);
    const login = new LoginPage(page);
    await login.goto();
    await login.logIn(DEMO_USER.email, DEMO_USER.password);

    const projects = new ProjectsPage(page);
    await projects.expectLoaded();
    await expect(projects.projectLink('Month-end close')).toBeVisible();
    await capture(page, 'projects');

    await projects.projectLink('Month-end close').click();
    await new ProjectOverviewPage(page).expectLoaded('Month-end close');
    await expect(page.getByText('Finance controller').first()).toBeVisible();
    await capture(page, 'project-overview');

    await shell.open('Interviews');
    const interviews = new InterviewsPage(page);
    await interviews.searchFor('invoice');
    await expect(interviews.snippetMarks.first()).toBeVisible();
    await capture(page, 'interviews');

    await interviews.interviewLink('Marco, finance controller (WebVTT)').click();
    const reader = new ReaderPage(page);
    await reader.expectLoaded('Marco, finance controller (WebVTT)');
    await expect(reader.highlights).toHaveCount(2);
    await capture(page, 'reader');

    // One click extracts offline suggestions from the demo interview; the evidence is marked in the transcript.
    await reader.extractButton.click();
    const dialog = new ExtractDialog(page);
    await dialog.expectEstimateLoaded();
    await dialog.start();
    await expect(dialog.root.getByText('Succeeded', { exact: true })).toBeVisible({ timeout: 30_000 });
    await dialog.close();
    await reader.openOutcomes();
    await reader.outcomes.first().click();
    await capture(page, 'reader-outcomes');
    await shell.open('Extraction jobs');
    await expect(new ExtractionJobsPage(page).heading).toBeVisible();
    await capture(page, 'extraction-jobs');
    await shell.open('Outcomes');
    await expect(page.getByRole('heading', { name: 'Outcomes', level: 1 })).toBeVisible();
    await expect(page.getByText(/^O-\d+$/).first()).toBeVisible();
    await capture(page, 'outcomes');

    // The demo survey: 120 respondents rated the twelve accepted outcomes.
    await shell.open('Opportunities');
    const opportunities = new OpportunitiesPage(page);
    await expect(opportunities.heading).toBeVisible();
    // The table renders only the rows near the viewport (how many depends on their height); the figure counts them all.
    await expect(opportunities.row('O-1')).toBeVisible();
    expect(await opportunities.figure('Ranked outcomes')).toBe(12);
    await capture(page, 'opportunities');
    await opportunities.openView('Landscape');
    await expect(opportunities.points).toHaveCount(12);
    await opportunities.hoverPoint((await opportunities.points.first().getAttribute('data-outcome-key'))!);
    await capture(page, 'landscape', { keepPointer: true });
    await shell.open('Ratings');
    const ratings = new RatingsPage(page);
    await expect(ratings.heading).toBeVisible();
    await ratings.rate.chooseParticipant('S-001');
    await expect(ratings.rate.rows).toHaveCount(12);
    await ratings.rate.focusRow('O-1');
    await capture(page, 'ratings');
    await shell.open('Interviews');
    await interviews.interviewLink('Marco, finance controller (WebVTT)').click();
    await reader.expectLoaded('Marco, finance controller (WebVTT)');

    await reader.highlights.first().getByRole('link', { name: 'missing data' }).click();
    const board = new TagBoardPage(page);
    await board.expectLoaded('missing data');
    await expect(page.getByRole('link', { name: 'Open in reader' })).toHaveCount(2);
    await capture(page, 'tag-board');

    await shell.open('API tokens');
    const tokens = new ApiTokensPage(page);
    await tokens.createToken('BI export');
    await tokens.dismissSecret();
    await tokens.createToken('Roadmap sync', 'Read & write');
    await tokens.dismissSecret();
    await capture(page, 'settings-tokens');
  });

  test('the demo chain: journey atlas, control centre and a KPI', async ({ page }) => {
    const shell = new AppShell(page);
    const login = new LoginPage(page);
    await login.goto();
    await login.logIn(DEMO_USER.email, DEMO_USER.password);
    await new ProjectsPage(page).projectLink('Month-end close').click();
    await new ProjectOverviewPage(page).expectLoaded('Month-end close');

    await shell.open('Journeys');
    await new JourneysPage(page).journeyLink('Invoice to payment').click();
    const atlas = new JourneyAtlasPage(page);
    await expect(atlas.heading('Invoice to payment')).toBeVisible();
    await expect(atlas.painMarker('Three-way match screen')).toBeVisible();
    await capture(page, 'journey-atlas');

    await shell.open('Control centre');
    const centre = new ControlCentrePage(page);
    await expect(centre.gapItems('Solutions without a KPI')).toHaveCount(1);
    await capture(page, 'control-centre');

    await shell.open('KPIs');
    await page.getByRole('link', { name: 'CSAT at the three-way match' }).first().click();
    const kpi = new KpiPage(page);
    await expect(kpi.heading('CSAT at the three-way match')).toBeVisible();
    await expect(kpi.trendChart).toBeVisible();
    await capture(page, 'kpi');
  });
});
