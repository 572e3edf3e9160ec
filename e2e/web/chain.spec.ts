import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { LoginPage } from './pages/auth-pages.js';
import { ControlCentrePage } from './pages/control-centre-page.js';
import { InterviewsPage } from './pages/interviews-page.js';
import { JourneyAtlasPage } from './pages/journey-atlas-page.js';
import { KpiPage } from './pages/kpi-page.js';
import { OpportunitiesPage } from './pages/opportunities-page.js';
import { OutcomeDrawer } from './pages/outcome-drawer.js';
import { ProjectOverviewPage } from './pages/project-overview-page.js';
import { ProjectsPage } from './pages/projects-page.js';
import { ReaderPage } from './pages/reader-page.js';
import { SolutionPage } from './pages/solutions-page.js';
import { DEMO_USER } from './test-data.js';

/**
 * Issue 6 on the demo seed (read only, so it shares the demo with other specs): the chain from a customer's
 * quote to the outcome, the journey touchpoint where it shows, the KPI that measures it and the solution
 * shipped for it, and back; then the gaps the control centre lists and the chain on the backlog.
 */

const PROJECT = 'Month-end close';
const INTERVIEW = 'Priya, accounts payable (plain text)';
const QUOTE = 'The worst part is matching invoices to purchase orders.';
const O1 = 'Minimize the time it takes to match an invoice to its purchase order';
const JOURNEY = 'Invoice to payment';
const TOUCHPOINT = 'Three-way match screen';
const PLACE = `${JOURNEY} › Match and approve › ${TOUCHPOINT}`;
const KPI = 'CSAT at the three-way match';
const SOLUTION = 'Auto-suggest purchase-order matches';

/** Logs the demo user in and opens the demo project; answers its id. */
async function openDemoProject(page: Page): Promise<string> {
  const login = new LoginPage(page);
  await login.goto();
  await login.logIn(DEMO_USER.email, DEMO_USER.password);
  const projects = new ProjectsPage(page);
  await projects.expectLoaded();
  await projects.projectLink(PROJECT).click();
  const overview = new ProjectOverviewPage(page);
  await overview.expectLoaded(PROJECT);
  return overview.projectId();
}

test('walks the demo chain from a quote to the KPI and back', async ({ page }) => {
  test.setTimeout(60_000);
  await openDemoProject(page);
  const shell = new AppShell(page);
  const reader = new ReaderPage(page);
  const drawer = new OutcomeDrawer(page);
  const atlas = new JourneyAtlasPage(page);
  const kpi = new KpiPage(page);
  const solution = new SolutionPage(page);

  await test.step("Priya's interview, at the quote: O-1 marks it in the transcript", async () => {
    await shell.open('Interviews');
    await new InterviewsPage(page).interviewLink(INTERVIEW).click();
    await reader.expectLoaded(INTERVIEW);
    await reader.openOutcomes();
    const card = reader.outcome(O1);
    await expect(card).toContainText(`“${QUOTE}”`);
    await card.getByRole('button', { name: new RegExp(`^O-1 ${O1}`) }).click();
    await expect(card.getByRole('button', { name: new RegExp(`^O-1 `) })).toHaveAttribute('aria-pressed', 'true');
    await expect(reader.evidenceMarks()).toHaveText([QUOTE]);
    await expect(reader.evidenceMarks().first()).toBeInViewport();
  });

  await test.step('on to O-1: where it shows, what measures it, what is aimed at it', async () => {
    await reader.outcome(O1).getByRole('link', { name: 'Open O-1 details' }).click();
    await expect(drawer.of('O-1')).toBeVisible();
    await expect(drawer.statement).toHaveText(O1);
    await expect(drawer.quote(QUOTE)).toBeVisible();
    await expect(drawer.chainItems('Journeys')).toHaveText([PLACE]);
    await expect(drawer.chainItems('KPIs')).toHaveCount(1);
    await expect(drawer.chainItems('KPIs').first()).toContainText(KPI);
    await expect(drawer.chainItems('KPIs').first()).toContainText('70.8% (target 80%)');
    await expect(drawer.chainItems('KPIs').first()).toContainText('Misses target');
    await expect(drawer.chainItems('Solutions')).toHaveCount(1);
    await expect(drawer.chainItems('Solutions').first()).toContainText(SOLUTION);
    await expect(drawer.chainItems('Solutions').first()).toContainText('Shipped');
    await expect(drawer.chainItems('Solutions').first()).toContainText('ship date Sep 1, 2026');
  });

  await test.step('the touchpoint in the journey atlas: its details, O-1 with its zone, the KPI against target, pain', async () => {
    await drawer.chain.getByRole('link', { name: PLACE }).click();
    await expect(atlas.heading(JOURNEY)).toBeVisible();
    const details = atlas.drawer;
    await expect(details.title(TOUCHPOINT)).toBeVisible();
    await expect(details.root).toContainText(`${JOURNEY} · Match and approve`);
    await expect(details.linkedOutcomes.filter({ hasText: O1 })).toContainText(/^O-1 13\.\d/);
    await expect(details.kpis).toHaveCount(1);
    await expect(details.kpis.first()).toContainText(KPI);
    await expect(details.quotes).toHaveText(['“It takes me most of two days because the PO numbers are often missing.”Open in Priya, accounts payable (plain text)']);
    await details.close();
    await expect(page).not.toHaveURL(/touchpoint=/);

    await expect(atlas.stage('Match and approve').getByRole('article')).toHaveCount(2);
    const o1 = atlas.opportunityBadges(TOUCHPOINT).first();
    await expect(o1).toHaveText(/^O-1 13\.\d/);
    await expect(o1).toContainText('High zone');
    const kpiLine = atlas.kpiLine(TOUCHPOINT, KPI);
    await expect(kpiLine).toContainText('70.8% (target 80%)');
    await expect(kpiLine).toContainText('misses target');
    await expect(atlas.painMarker(TOUCHPOINT)).toHaveText('Pain');
    await expect(atlas.painMarker(TOUCHPOINT)).toHaveAccessibleName(/^Pain: best opportunity 13\.\d \(≥ 12\); a linked KPI misses its target$/);
  });

  await test.step('the KPI: trend with its target line and the ship date, missing its target, six values', async () => {
    await atlas.kpiLine(TOUCHPOINT, KPI).getByRole('link', { name: KPI }).click();
    await expect(kpi.heading(KPI)).toBeVisible();
    await expect(kpi.standing).toContainText('70.8%');
    await expect(kpi.standing).toContainText('Target 80%');
    await expect(kpi.standing).toContainText('Misses target');
    await expect(kpi.attachedTo.getByRole('link', { name: TOUCHPOINT })).toBeVisible();
    await expect(kpi.trendChart).toHaveAccessibleName(/^Trend of CSAT at the three-way match: 6 values, from 51\.7% \(.+\) to 70\.8% \(.+\), target 80%, 1 solution shipped$/);
    // The target line and the ship date line carry their labels in the chart itself.
    await expect(kpi.trendChart.getByText('Target', { exact: true })).toBeVisible();
    await expect(kpi.trendChart.getByText(/^Auto-suggest purchase-ord/)).toBeVisible();
    await expect(kpi.shipMarkers).toHaveCount(1);
    await expect(kpi.shipMarkers.first()).toContainText('Sep 1, 2026');
    const values = await kpi.readMeasurements();
    expect(values.map(([, value]) => value)).toEqual(['70.8%', '67.5%', '63.3%', '53.3%', '55%', '51.7%']);
    expect(values.every(([, , n, source]) => n === '120' && source === 'Computed')).toBe(true);
  });

  await test.step('the shipped solution from the ship date list: before against after, improved as expected', async () => {
    await kpi.shipMarkers.getByRole('link', { name: SOLUTION }).click();
    await expect(solution.heading(SOLUTION)).toBeVisible();
    await expect(solution.verdict).toHaveText('Improved');
    await expect(solution.figure('Before', 'Mean')).toHaveText('53.3%');
    await expect(solution.figure('Before', 'Periods')).toHaveText('3 periods');
    await expect(solution.figure('After', 'Mean')).toHaveText('67.2%');
    await expect(solution.figure('After', 'Latest')).toHaveText('70.8%');
    await expect(solution.change).toContainText('+13.9 pp');
    await expect(solution.change).toContainText('Moved as expected (expected to increase).');
    await expect(solution.targets.getByRole('row', { name: new RegExp(`^O-1: High opportunity`) })).toBeVisible();
  });

  await test.step('back: the KPI, its measured outcome O-1, and the quote in the reader at that passage', async () => {
    await solution.expectedKpi.getByRole('link', { name: KPI }).click();
    await expect(kpi.heading(KPI)).toBeVisible();
    await kpi.measuredOutcomes.filter({ hasText: /^O-1 / }).click();
    await expect(drawer.of('O-1')).toBeVisible();
    await drawer.quote(QUOTE).getByRole('link', { name: 'Open the interview' }).click();
    await reader.expectLoaded(INTERVIEW);
    await expect(reader.outcomesTab).toHaveAttribute('aria-selected', 'true');
    await expect(reader.outcome(O1).getByRole('button', { name: new RegExp(`^O-1 `) })).toHaveAttribute('aria-pressed', 'true');
    await expect(reader.evidenceMarks()).toHaveText([QUOTE]);
    await expect(reader.evidenceMarks().first()).toBeInViewport();
  });
});

test('the control centre lists where the demo chain breaks', async ({ page }) => {
  const projectId = await openDemoProject(page);
  const centre = new ControlCentrePage(page);
  await new AppShell(page).open('Control centre');
  await expect(centre.heading).toBeVisible();

  await test.step('a solution without a KPI and a touchpoint whose KPI misses its target', async () => {
    const withoutKpi = centre.gapItems('Solutions without a KPI');
    await expect(withoutKpi).toHaveText(['Duplicate payment guardIdea']);
    await expect(withoutKpi.getByRole('link', { name: 'Duplicate payment guard' })).toHaveAttribute('href', /\/solutions\/[0-9a-f-]{36}$/);

    const missing = centre.gapItems('Touchpoints whose KPI misses target').filter({ has: page.getByRole('link', { name: PLACE }) });
    await expect(missing).toContainText(`${KPI}: 70.8% vs target 80%`);
    await expect(centre.figure('KPIs on target')).toHaveText('0 of 4');
  });

  await test.step('the gap leads to the touchpoint in the atlas', async () => {
    await centre.gapItems('Touchpoints whose KPI misses target').getByRole('link', { name: PLACE }).click();
    await expect(page).toHaveURL(new RegExp(`/projects/${projectId}/journeys/[0-9a-f-]{36}\\?touchpoint=`));
    await expect(new JourneyAtlasPage(page).drawer.title(TOUCHPOINT)).toBeVisible();
  });
});

test("the backlog row of O-1 carries its chain: a touchpoint, a KPI missing target, a shipped solution", async ({ page }) => {
  await openDemoProject(page);
  await new AppShell(page).open('Opportunities');
  const opportunities = new OpportunitiesPage(page);
  await expect(opportunities.heading).toBeVisible();
  const row = opportunities.row('O-1');
  await expect(row.getByRole('img', { name: 'Shows at 1 touchpoint' })).toHaveText('1');
  await expect(row.getByRole('img', { name: '1 KPI, 1 missing target' })).toHaveText('1');
  await expect(row.getByRole('img', { name: '1 solution, furthest: Shipped' })).toHaveText('1');
  // The details in each indicator's tooltip name the KPI against its target and the solution.
  await row.getByRole('img', { name: '1 KPI, 1 missing target' }).hover();
  await expect(page.getByRole('tooltip').filter({ hasText: '1 KPI, 1 missing target' })).toContainText(`${KPI}: 70.8% (target 80%), missing target`);
  await row.getByRole('img', { name: '1 solution, furthest: Shipped' }).hover();
  await expect(page.getByRole('tooltip').filter({ hasText: '1 solution, furthest: Shipped' })).toContainText(`${SOLUTION} (Shipped)`);
});
