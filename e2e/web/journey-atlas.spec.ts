import {
  createAcceptedOutcomesViaApi,
  createJourneyViaApi,
  createProjectViaApi,
  createTouchpointViaApi,
  linkTouchpointOutcomeViaApi,
  rateOutcomeViaApi,
  registerViaApi,
} from './api.js';
import { expect, test } from './fixtures.js';
import { JourneyAtlasPage, JourneysPage } from './pages/journey-atlas-page.js';
import { KpiPage, KpisPage } from './pages/kpi-page.js';
import { SolutionPage, SolutionsPage } from './pages/solutions-page.js';

/**
 * Issue 6 on a fresh user's project: map a journey in the atlas (stages, touchpoints, moves by menu and
 * keyboard, outcome links, CSV and PNG export), then evaluate: a KPI on a touchpoint with values entered and
 * imported, and a solution that shipped, judged before against after its ship date.
 */

const BANK_DETAILS = 'Minimize the time it takes to verify a new supplier’s bank details';
const DUPLICATE = 'Minimize the likelihood that a supplier is created twice';
/** Importance 7.5, satisfaction 2.5: opportunity 12.5, the High zone. */
const HIGH = [
  [5, 1],
  [5, 2],
  [5, 5],
  [2, 1],
] as const;

/** RFC 4180 fields: quoted ones may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

test('a researcher maps a journey: stages, touchpoints, moves, an outcome link and the exports', async ({ page }) => {
  test.setTimeout(90_000);
  const user = await registerViaApi(page.request, 'Mapper');
  const project = await createProjectViaApi(page.request, user, { name: 'Supplier onboarding' });
  const [bankDetails] = await createAcceptedOutcomesViaApi(page.request, user, project.id, [BANK_DETAILS, DUPLICATE]);
  await rateOutcomeViaApi(page.request, user, project.id, bankDetails!, HIGH);
  const journeys = new JourneysPage(page);
  const atlas = new JourneyAtlasPage(page);

  await test.step('create a journey with its stages', async () => {
    await journeys.goto(project.id);
    await journeys.createJourney('New supplier', ['Find a supplier', 'Onboard', 'Pay']);
    await expect.poll(() => atlas.stageNames()).toEqual(['Find a supplier', 'Onboard', 'Pay']);
    await expect(atlas.stage('Onboard')).toContainText('No touchpoints yet');
  });

  await test.step('add touchpoints with channel, CX pyramid level and the expectation', async () => {
    await atlas.addTouchpoint('Onboard', {
      name: 'Supplier portal sign-up',
      channel: 'Web',
      ownerTeam: 'Procurement',
      cxLevel: 2,
      expectation: 'Let me sign up without calling anyone.',
    });
    await atlas.addTouchpoint('Onboard', { name: 'Bank details check', channel: 'Phone', cxLevel: 4, expectation: 'Tell me my bank details are wrong before the first payment, not after.' });
    await atlas.addTouchpoint('Pay', { name: 'Remittance email', channel: 'Email', cxLevel: 1, expectation: 'Tell me what was paid, for which invoice.' });
    await expect.poll(() => atlas.cardNames('Onboard')).toEqual(['Supplier portal sign-up', 'Bank details check']);
    await expect(atlas.card('Bank details check')).toContainText('Phone');
    await expect(atlas.card('Bank details check')).toContainText('CX 4 · Proactivity');
    await expect(atlas.card('Supplier portal sign-up')).toContainText('Owner: Procurement');
    await expect(page.getByText('No persona · 3 stages · 3 touchpoints')).toBeVisible();
  });

  await test.step('move touchpoints with the card menu', async () => {
    await atlas.moveTouchpoint('Supplier portal sign-up', 'left');
    await expect(atlas.announcement).toHaveText('Supplier portal sign-up moved to Find a supplier, position 1 of 1.');
    await expect.poll(() => atlas.cardNames('Find a supplier')).toEqual(['Supplier portal sign-up']);
    await expect.poll(() => atlas.cardNames('Onboard')).toEqual(['Bank details check']);
    await atlas.moveTouchpointToStage('Remittance email', 'Onboard');
    await expect(atlas.stage('Onboard').getByRole('article')).toHaveCount(2);
    await expect.poll(() => atlas.cardNames('Onboard')).toEqual(['Bank details check', 'Remittance email']);
    await expect(atlas.stage('Pay')).toContainText('No touchpoints yet');
  });

  await test.step('move a touchpoint with the keyboard drag: Space, arrow, Space', async () => {
    // Down over the next card of its stage, then dropped: it takes that card's place.
    await atlas.keyboardDrag('Bank details check', ['ArrowDown'], 'Remittance email');
    await expect(atlas.announcement).toHaveText('Bank details check moved to Onboard, position 2 of 2.');
    await expect.poll(() => atlas.cardNames('Onboard')).toEqual(['Remittance email', 'Bank details check']);
  });

  await test.step('reorder a stage with its menu; the order survives a reload', async () => {
    await atlas.moveStage('Pay', 'left');
    await expect(atlas.announcement).toHaveText('Stage Pay moved to position 2 of 3.');
    await expect.poll(() => atlas.stageNames()).toEqual(['Find a supplier', 'Pay', 'Onboard']);
    await page.reload();
    await expect(atlas.heading('New supplier')).toBeVisible();
    await expect.poll(() => atlas.stageNames()).toEqual(['Find a supplier', 'Pay', 'Onboard']);
    await expect.poll(() => atlas.cardNames('Find a supplier')).toEqual(['Supplier portal sign-up']);
    await expect.poll(() => atlas.cardNames('Onboard')).toEqual(['Remittance email', 'Bank details check']);
  });

  await test.step('link an accepted outcome in the touchpoint drawer: its badge shows on the card with its zone', async () => {
    const drawer = await atlas.openTouchpoint('Bank details check');
    await expect(drawer.root).toContainText('New supplier · Onboard');
    await expect(drawer.section('Expectation')).toContainText('“Tell me my bank details are wrong before the first payment, not after.”');
    await expect(drawer.root).toContainText('No outcome is linked to this touchpoint yet.');
    await drawer.linkOutcome('bank details', BANK_DETAILS);
    await expect(drawer.linkedOutcomes).toHaveCount(1);
    await expect(drawer.linkedOutcomes.first()).toContainText('O-1 12.5');
    await expect(drawer.section('Opportunities (1)')).toBeVisible();
    await drawer.close();
    await expect(atlas.opportunityBadges('Bank details check')).toHaveText(['O-1 12.5, High zone']);
    // 12.5 is at least 12: the touchpoint hurts.
    await expect(atlas.painMarker('Bank details check')).toHaveAccessibleName('Pain: best opportunity 12.5 (≥ 12)');
    await expect(atlas.painMarker('Remittance email')).toHaveCount(0);
  });

  await test.step('export the data as CSV: one row per touchpoint in board order, empty stages too', async () => {
    const { fileName, text } = await atlas.exportCsv();
    expect(fileName).toMatch(/\.csv$/);
    const [header, ...rows] = parseCsv(text.trimEnd());
    expect(header).toEqual(['Journey', 'Stage', 'Stage position', 'Touchpoint', 'Touchpoint position', 'Channel', 'Owner team', 'CX level', 'Expectation', 'Opportunities', 'Best opportunity', 'KPIs', 'Pain', 'Quotes']);
    expect(rows).toEqual([
      ['New supplier', 'Find a supplier', '1', 'Supplier portal sign-up', '1', 'web', 'Procurement', '2', 'Let me sign up without calling anyone.', '', '', '', 'no', '0'],
      ['New supplier', 'Pay', '2', '', '', '', '', '', '', '', '', '', '', ''],
      ['New supplier', 'Onboard', '3', 'Remittance email', '1', 'email', '', '1', 'Tell me what was paid, for which invoice.', '', '', '', 'no', '0'],
      ['New supplier', 'Onboard', '3', 'Bank details check', '2', 'phone', '', '4', 'Tell me my bank details are wrong before the first payment, not after.', 'O-1 12.5 (high)', '12.5', '', 'yes (opportunity)', '0'],
    ]);
  });

  await test.step('export the map as PNG', async () => {
    const { fileName, bytes } = await atlas.exportPng();
    expect(fileName).toMatch(/\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(2_000);
    await expect(page.getByRole('button', { name: 'Export' })).toBeEnabled();
  });
});

test('a researcher measures a touchpoint with a KPI and evaluates a shipped solution against it', async ({ page, problems }) => {
  test.setTimeout(90_000);
  const user = await registerViaApi(page.request, 'Evaluator');
  const project = await createProjectViaApi(page.request, user, { name: 'Supplier payments' });
  const [bankDetails] = await createAcceptedOutcomesViaApi(page.request, user, project.id, [BANK_DETAILS, DUPLICATE]);
  await rateOutcomeViaApi(page.request, user, project.id, bankDetails!, HIGH);
  const journey = await createJourneyViaApi(page.request, user, project.id, { name: 'New supplier', stages: ['Onboard', 'Pay'] });
  const touchpoint = await createTouchpointViaApi(page.request, user, journey.stages[0]!.id, { name: 'Bank details check', channel: 'phone', cxLevel: 4 });
  await linkTouchpointOutcomeViaApi(page.request, user, touchpoint.id, bankDetails!.id);
  const kpis = new KpisPage(page);
  const kpi = new KpiPage(page);
  const KPI = 'Supplier NPS after onboarding';

  await test.step('define an NPS KPI attached to the touchpoint, measuring O-1', async () => {
    await kpis.goto(project.id);
    await kpis.createKpi({ name: KPI, type: /^NPS · /, target: 20, attachTo: { journey: 'New supplier', touchpoint: 'Bank details check' }, measures: ['O-1'] });
    await expect(kpi.attachedTo).toContainText('Touchpoint: Bank details check');
    await expect(kpi.measuredOutcomes).toHaveText([`O-1 ${BANK_DETAILS}`]);
    await expect(kpi.standing).toContainText('No value yet');
  });

  await test.step('enter the value of January by hand', async () => {
    await kpi.addValue({ periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 10, sampleSize: 40 });
    await expect(kpi.measurementRows).toHaveCount(1);
    expect(await kpi.readMeasurements()).toEqual([['Jan 1, 2026 – Jan 31, 2026', '+10', '40', 'Entered', '—']]);
    await expect(kpi.standing).toContainText('Misses target');
  });

  await test.step('a file of raw answers with bad lines is rejected line by line, nothing saved', async () => {
    problems.allow(422, /\/kpis\/[^/]+\/measurements\/import/);
    const bad = ['period_start,period_end,score', '2026-03-01,2026-03-31,11', '2026-03-01,2026-03-31,x', '2026-03-31,2026-03-01,9', '2026-03-01,2026-03-31,10'].join('\n');
    await kpi.chooseImport('Raw responses', { name: 'march-bad.csv', content: bad });
    await kpi.checkImport();
    await expect(kpi.importProblems).toBeVisible();
    await expect(kpi.importPanel.getByRole('alert').filter({ hasText: /problems? in the file/ })).toContainText('The check found problems.');
    const problemRows = await kpi.readImportProblems();
    expect(problemRows.map(([line, column]) => [line, column])).toEqual([
      ['2', 'score'],
      ['3', 'score'],
      ['4', expect.stringMatching(/^period/)],
    ]);
    await kpi.runImport();
    await expect(kpi.importPanel.getByRole('alert').filter({ hasText: /problems? in the file: nothing was imported/ })).toBeVisible();
    await expect(kpi.measurementRows).toHaveCount(1);
  });

  await test.step('raw NPS answers: the dry run shows the computed value and its counts, the import records it', async () => {
    // 5 promoters, 3 passives, 2 detractors of 10: NPS = 50% − 20% = 30.
    const answers = [10, 9, 9, 10, 9, 8, 7, 7, 3, 6];
    const csv = ['period_start,period_end,score', ...answers.map((score) => `2026-03-01,2026-03-31,${score}`)].join('\n');
    await kpi.chooseImport('Raw responses', { name: 'march-answers.csv', content: csv });
    await kpi.checkImport();
    const wouldRecord = kpi.importedPeriods(true);
    await expect(wouldRecord).toBeVisible();
    await expect(wouldRecord.getByRole('row')).toHaveCount(2);
    await expect(wouldRecord.getByRole('row').nth(1)).toHaveText(/^Mar 1, 2026 – Mar 31, 2026\s*\+30\s*10\s*P 5 · Pa 3 · D 2 · n 10\s*New$/);
    await expect(kpi.measurementRows).toHaveCount(1);

    await kpi.runImport();
    await expect(kpi.importPanel.getByRole('status').filter({ hasText: 'Imported 1 period' })).toBeVisible();
    await expect(kpi.measurementRows).toHaveCount(2);
    expect((await kpi.readMeasurements())[0]).toEqual(['Mar 1, 2026 – Mar 31, 2026', '+30', '10', 'Computed', 'P 5 · Pa 3 · D 2 · n 10']);
    await expect(kpi.standing).toContainText('Meets target');
    await expect(kpi.trendChart).toHaveAccessibleName(/: 2 values, from \+10 .* to \+30 .*, target \+20/);
  });

  await test.step('a solution aimed at O-1, shipped between the two values: improved, as expected', async () => {
    const solutions = new SolutionsPage(page);
    const solution = new SolutionPage(page);
    await solutions.goto(project.id);
    await solutions.createSolution({
      title: 'Check bank details during sign-up',
      hypothesis: `If we check bank details while the supplier signs up, then ${KPI} rises by 15.`,
      expectedKpi: KPI,
      targets: ['O-1'],
    });
    await expect(solution.expectedKpi).toContainText(`${KPI}, expected to increase`);
    await expect(solution.targets.getByRole('row', { name: /^O-1: High opportunity, score 12\.5/ })).toBeVisible();
    await expect(solution.verdict).toHaveText('Not shipped yet');

    await solution.setStatus('Shipped', '2026-02-15');
    await expect(solution.statusCard).toContainText('Shipped: released to customers · ship date Feb 15, 2026.');
    await expect(solution.verdict).toHaveText('Improved');
    await expect(solution.figure('Before', 'Mean')).toHaveText('+10');
    await expect(solution.figure('After', 'Mean')).toHaveText('+30');
    await expect(solution.change).toContainText('+20');
    await expect(solution.change).toContainText('Moved as expected (expected to increase).');
    await expect(solution.evaluation.getByRole('img', { name: /^Trend of / })).toHaveAccessibleName(/1 solution shipped$/);
  });

  await test.step('the atlas card shows the KPI against its target', async () => {
    const atlas = new JourneyAtlasPage(page);
    await page.goto(`/projects/${project.id}/journeys/${journey.id}`);
    await expect(atlas.kpiLine('Bank details check', KPI)).toContainText('+30 (target +20)');
    await expect(atlas.kpiLine('Bank details check', KPI)).toContainText('meets target');
  });
});
