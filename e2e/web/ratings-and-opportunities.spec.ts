import type { Outcome } from '@outcome-atlas/contracts';
import type { Page } from '@playwright/test';
import {
  createAcceptedOutcomesViaApi,
  createOutcomeViaApi,
  createProjectViaApi,
  createRespondentViaApi,
  registerViaApi,
  upsertRatingsViaApi,
} from './api.js';
import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { OpportunitiesPage } from './pages/opportunities-page.js';
import { OutcomesPage } from './pages/outcomes-page.js';
import { RatingsPage } from './pages/ratings-page.js';

/**
 * Issue 5 against the real API: curate (merge duplicates), rate (workshop keys, survey import) and rank
 * (backlog, landscape, CSV, segment comparison, segmentation).
 */

test('a researcher merges two duplicate outcomes from the drawer and undoes it', async ({ page }) => {
  const user = await registerViaApi(page.request, 'Merger');
  const project = await createProjectViaApi(page.request, user, { name: 'Bank reconciliation' });
  await createOutcomeViaApi(page.request, user, project.id, 'Minimize the time it takes to reconcile the bank feed with the ledger');
  const second = await createOutcomeViaApi(page.request, user, project.id, 'Minimize the time it takes to reconcile the bank feeds with the ledger');
  await createOutcomeViaApi(page.request, user, project.id, 'Minimize the likelihood that a supplier invoice is paid twice');
  // The API flags a manual outcome that says what an existing one says.
  expect(second.possibleDuplicateOf?.key).toBe('O-1');
  const outcomes = new OutcomesPage(page);

  await test.step('the drawer proposes the pair', async () => {
    await outcomes.goto(project.id);
    await expect(outcomes.rows).toHaveCount(3);
    const drawer = await outcomes.openDuplicates();
    await expect(drawer.groups).toHaveCount(1);
    await expect(drawer.group('O-1', 'O-2')).toContainText('bank feeds');
    await expect(drawer.group('O-1', 'O-2')).not.toContainText('paid twice');
  });

  await test.step('keep O-2, merge O-1 into it: O-1 shows as merged', async () => {
    const drawer = outcomes.duplicates;
    await drawer.mergeInto(drawer.group('O-1', 'O-2'), 'O-2');
    await expect(drawer.mergedNotification('O-2')).toBeVisible();
    await expect(drawer.emptyState).toBeVisible();
    await drawer.close();
    await outcomes.expectStatus('O-1', 'Merged');
    await outcomes.focusRow('O-1');
    await outcomes.press('Enter');
    await expect(outcomes.mergedInto).toHaveText('Merged into O-2.');
    await page.keyboard.press('Escape');
    await expect(outcomes.detailDrawer).toBeHidden();
  });

  await test.step('Undo in the notification restores O-1', async () => {
    await outcomes.duplicates.undo('O-2');
    await outcomes.expectStatus('O-1', 'Proposed');
    await page.reload();
    await outcomes.expectStatus('O-1', 'Proposed');
    const drawer = await outcomes.openDuplicates();
    await expect(drawer.group('O-1', 'O-2')).toBeVisible();
  });
});

test('a researcher rates a workshop participant from the keyboard with the live preview', async ({ page }) => {
  const user = await registerViaApi(page.request, 'Rater');
  const project = await createProjectViaApi(page.request, user, { name: 'Workshop ratings' });
  const [first] = await createAcceptedOutcomesViaApi(page.request, user, project.id, [
    'Minimize the time it takes to reconcile the bank feed with the ledger',
    'Minimize the likelihood that a supplier invoice is paid twice',
  ]);
  await createOutcomeViaApi(page.request, user, project.id, 'Minimize the number of receipts that go missing each month');
  // Three earlier participants: O-1 importance 5, 4, 2 (2 of 3 important), satisfaction 1, 2, 5 (1 of 3 satisfied).
  const earlier = [
    [5, 1],
    [4, 2],
    [2, 5],
  ] as const;
  for (const [index, [importance, satisfaction]] of earlier.entries()) {
    const respondent = await createRespondentViaApi(page.request, user, project.id, { externalId: `Earlier ${index + 1}` });
    await upsertRatingsViaApi(page.request, user, project.id, [{ respondentId: respondent.id, outcomeId: outcomeOf(first).id, importance, satisfaction }]);
  }
  const ratings = new RatingsPage(page);
  const rate = ratings.rate;

  await test.step('add a participant', async () => {
    await ratings.goto(project.id);
    await rate.addParticipant('Workshop participant 4', { segment: 'SMB' });
    await expect(rate.rows).toHaveCount(2);
    await expect(rate.progress).toHaveText('Workshop participant 4: 0 of 2 outcomes fully rated');
    await rate.expectAnswer('O-1', 'Importance', null);
    await rate.expectPreview('O-1', 'Imp 6.7 · Sat 3.3 · Opp 10.0', 'Solid opportunity');
  });

  await test.step('focus O-1 and press 5 then 2', async () => {
    await rate.focusRow('O-1');
    await rate.expectActiveQuestion('O-1', 'Importance');
    // Each key saves at once; the test waits for both saves before it reloads (a reload would cut them off).
    const savedImportance = waitForRatingSave(page, '"importance":5');
    const savedSatisfaction = waitForRatingSave(page, '"satisfaction":2');
    await rate.press('5');
    await rate.expectAnswer('O-1', 'Importance', 5);
    await rate.expectActiveQuestion('O-1', 'Satisfaction');
    await rate.expectPreview('O-1', 'Imp 7.5 · Sat 3.3 · Opp 11.7', 'Solid opportunity');
    await rate.press('2');
    expect((await savedImportance).status()).toBe(200);
    expect((await savedSatisfaction).status()).toBe(200);
    await rate.expectAnswer('O-1', 'Satisfaction', 2);
    await rate.expectPreview('O-1', 'Imp 7.5 · Sat 2.5 · Opp 12.5', 'High opportunity');
    // On to the next outcome.
    await expect(rate.row('O-2')).toBeFocused();
    await rate.expectActiveQuestion('O-2', 'Importance');
    await expect(rate.progress).toHaveText('Workshop participant 4: 1 of 2 outcomes fully rated');
  });

  await test.step('the answers are saved', async () => {
    await page.reload();
    await rate.chooseParticipant('Workshop participant 4');
    await rate.expectAnswer('O-1', 'Importance', 5);
    await rate.expectAnswer('O-1', 'Satisfaction', 2);
    await rate.expectAnswer('O-2', 'Importance', null);
    await rate.expectPreview('O-1', 'Imp 7.5 · Sat 2.5 · Opp 12.5', 'High opportunity');
    await expect(rate.progress).toHaveText('Workshop participant 4: 1 of 2 outcomes fully rated');
  });

  await test.step('an outcome accepted meanwhile joins the list', async () => {
    const shell = new AppShell(page);
    const outcomes = new OutcomesPage(page);
    await shell.open('Outcomes');
    await outcomes.focusRow('O-3');
    await outcomes.press('a');
    await outcomes.expectStatus('O-3', 'Accepted');
    await shell.open('Ratings');
    await rate.chooseParticipant('Workshop participant 4');
    await expect(rate.rows).toHaveCount(3);
    await expect(rate.progress).toHaveText('Workshop participant 4: 1 of 3 outcomes fully rated');
    await expect(rate.preview('O-3')).toContainText('No answers yet');
  });

  await test.step('the backlog ranks the workshop answers', async () => {
    const opportunities = new OpportunitiesPage(page);
    await new AppShell(page).open('Opportunities');
    await expect(opportunities.rows).toHaveCount(1);
    expect(await opportunities.figure('Ranked outcomes')).toBe(1);
    expect(await opportunities.figure('Not rated yet')).toBe(2);
    expect(await opportunities.figure('Respondents')).toBe(4);
    expect(await opportunities.readRow(opportunities.row('O-1'))).toMatchObject({ rank: '1', importance: '7.5', satisfaction: '2.5', opportunity: '12.5', zone: 'High', answers: '4', lowSample: true });
  });
});

/**
 * Per outcome, how many of each segment's 20 respondents answer 4 or 5: O-1 is planted to matter far more
 * to SMB than to Enterprise. Over all 40: O-2 extreme (9.0/1.0 → 17.0), O-3 high (7.5/2.5 → 12.5),
 * O-1 solid (6.0/1.0 → 11.0), O-4 served (5.0/5.0 → 5.0), O-5 over-served (2.0/8.0 → 2.0).
 */
const PLAN = [
  { importance: { SMB: 20, Enterprise: 4 }, satisfaction: { SMB: 2, Enterprise: 2 } },
  { importance: { SMB: 18, Enterprise: 18 }, satisfaction: { SMB: 2, Enterprise: 2 } },
  { importance: { SMB: 15, Enterprise: 15 }, satisfaction: { SMB: 5, Enterprise: 5 } },
  { importance: { SMB: 10, Enterprise: 10 }, satisfaction: { SMB: 10, Enterprise: 10 } },
  { importance: { SMB: 4, Enterprise: 4 }, satisfaction: { SMB: 16, Enterprise: 16 } },
] as const;
const STATEMENTS = [
  'Minimize the time it takes to reconcile the bank feed with the ledger',
  'Minimize the likelihood that a supplier invoice is paid twice',
  'Minimize the time it takes to collect missing receipts from colleagues',
  'Minimize the number of manual journal entries at month end',
  'Minimize the effort it takes to export the trial balance',
];
const SEGMENTS = ['SMB', 'Enterprise'] as const;

/** A wide survey export: 20 SMB and 20 Enterprise respondents answering every outcome of PLAN. */
function surveyCsv(): string {
  const header = ['respondent_id', 'segment', ...PLAN.flatMap((_, index) => [`O-${index + 1} importance`, `O-${index + 1} satisfaction`])];
  const lines = [header.join(',')];
  for (const [segmentIndex, segment] of SEGMENTS.entries()) {
    for (let position = 0; position < 20; position += 1) {
      // Top-two-box answers alternate 5/4, the others cycle 1/2/3; the first `count` respondents of a segment say 4 or 5.
      const answer = (count: number) => (position < count ? 5 - (position % 2) : 1 + (position % 3));
      const cells = PLAN.flatMap((plan) => [answer(plan.importance[segment]), answer(plan.satisfaction[segment])]);
      lines.push([`R-${String(segmentIndex * 20 + position + 1).padStart(3, '0')}`, segment, ...cells].join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

test('a researcher imports a survey, reads the ranked backlog, the landscape and the segments', async ({ page, problems }) => {
  test.setTimeout(60_000);
  const user = await registerViaApi(page.request, 'Ranker');
  const project = await createProjectViaApi(page.request, user, { name: 'Month-end close survey' });
  const outcomes = await createAcceptedOutcomesViaApi(page.request, user, project.id, STATEMENTS);
  const ratings = new RatingsPage(page);
  const survey = ratings.importSurvey;
  const opportunities = new OpportunitiesPage(page);

  await test.step('import a wide survey file: mapping preview, check, import', async () => {
    await ratings.goto(project.id);
    await ratings.openTab('Import survey');
    await survey.chooseFile({ name: 'month-end-survey.csv', content: surveyCsv() });
    await expect(survey.mapping.getByRole('row')).toHaveCount(1 + 2 + 2 * PLAN.length);
    await expect(survey.mappingRow(1)).toContainText('respondent_id');
    await expect(survey.mappingRow(1)).toContainText('Respondent id');
    await expect(survey.mappingRow(2)).toContainText('Segment');
    await expect(survey.mappingRow(3)).toContainText('O-1 importance');
    await expect(survey.mappingRow(3).getByRole('cell').nth(2)).toHaveText('Importance');
    await expect(survey.mappingRow(4).getByRole('cell').nth(2)).toHaveText('Satisfaction');
    await expect(survey.mappingRow(12).getByRole('cell').nth(3)).toHaveText('O-5');
    await expect(page.getByText('12 columns: 5 outcomes, segment.')).toBeVisible();
    await expect(survey.importButton).toBeDisabled();
    await survey.confirmMapping.check();
    await expect(survey.importButton).toBeEnabled();

    await survey.check();
    await expect(survey.checkResult).toBeVisible();
    await expect(survey.count(survey.checkResult, 'Respondents')).toHaveText('40');
    await expect(survey.count(survey.checkResult, 'Ratings')).toHaveText('200');
    await expect(survey.count(survey.checkResult, 'Lines read')).toHaveText('40');

    await survey.import();
    await expect(survey.importResult).toBeVisible();
    await expect(page.getByText('Imported 40 lines')).toBeVisible();
    await expect(survey.count(survey.importResult, 'Respondents')).toHaveText('40');
    await expect(survey.count(survey.importResult, 'Ratings')).toHaveText('200');
  });

  await test.step('a file with a 6 and an x is rejected line by line, nothing imported', async () => {
    problems.allow(422, /\/ratings\/import/);
    const bad = ['respondent_id,segment,O-1 importance,O-1 satisfaction', 'R-900,SMB,6,2', 'R-901,SMB,4,3', 'R-902,Enterprise,3,x'].join('\n');
    await survey.chooseFile({ name: 'bad-survey.csv', content: bad });
    await survey.confirmMapping.check();
    await survey.check();
    await expect(survey.rejectedLines).toBeVisible();
    await expect(page.getByText('2 lines rejected: nothing was imported')).toBeVisible();
    await expect(survey.rejectedLine(2)).toContainText('O-1 importance');
    await expect(survey.rejectedLine(2)).toContainText('"6"');
    await expect(survey.rejectedLine(4)).toContainText('O-1 satisfaction');
    await expect(survey.rejectedLine(4)).toContainText('"x"');
    await expect(survey.rejectedLines.getByRole('row')).toHaveCount(3);
    await survey.import();
    await expect(page.getByText('2 lines rejected: nothing was imported')).toBeVisible();
    await expect(page.getByText('The import is all or nothing, so no respondent or rating was saved.', { exact: false })).toBeVisible();
  });

  await test.step('the backlog ranks the outcomes with zones and figures', async () => {
    await opportunities.goto(project.id);
    await expect(opportunities.rows).toHaveCount(5);
    expect(await opportunities.figure('Ranked outcomes')).toBe(5);
    expect(await opportunities.figure('Not rated yet')).toBe(0);
    expect(await opportunities.figure('Respondents')).toBe(40);
    const rows = await opportunities.readRows();
    expect(rows.map((row) => [row.rank, row.key, row.importance, row.satisfaction, row.opportunity, row.zone, row.answers])).toEqual([
      ['1', 'O-2', '9.0', '1.0', '17.0', 'Extreme', '40'],
      ['2', 'O-3', '7.5', '2.5', '12.5', 'High', '40'],
      ['3', 'O-1', '6.0', '1.0', '11.0', 'Solid', '40'],
      ['4', 'O-4', '5.0', '5.0', '5.0', 'Served', '40'],
      ['5', 'O-5', '2.0', '8.0', '2.0', 'Over-served', '40'],
    ]);
    expect(rows.every((row) => !row.tied && !row.lowSample)).toBe(true);
    expect(rows[0]?.statement).toBe(STATEMENTS[1]);
  });

  await test.step('zone chips hide rows without re-ranking', async () => {
    await opportunities.toggleZone('High');
    await opportunities.toggleZone('Solid');
    await expect(page).toHaveURL(/[?&]zone=high%2Csolid/);
    await expect(opportunities.rows).toHaveCount(2);
    expect((await opportunities.readRows()).map((row) => [row.rank, row.key])).toEqual([
      ['2', 'O-3'],
      ['3', 'O-1'],
    ]);
    await opportunities.toggleZone('High');
    await opportunities.toggleZone('Solid');
    await expect(opportunities.rows).toHaveCount(5);
  });

  await test.step('the CSV download matches the table', async () => {
    const { download, text } = await opportunities.downloadCsv();
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const [header, ...lines] = text.trimEnd().split(/\r?\n/);
    expect(header?.split(',').slice(0, 8)).toEqual(['rank', 'key', 'statement', 'job_step', 'importance', 'satisfaction', 'opportunity', 'zone']);
    const table = await opportunities.readRows();
    expect(lines).toHaveLength(table.length);
    const csvRows = lines.map((line) => line.split(','));
    expect(csvRows.map((cells) => [cells[0], cells[1], cells[2], Number(cells[6]).toFixed(1), cells[7]])).toEqual(
      table.map((row) => [row.rank, row.key, row.statement, row.opportunity, row.zone.toLowerCase().replace('-', '')]),
    );
  });

  await test.step('filtered to SMB, the planted outcome leads', async () => {
    await opportunities.chooseSegment(/^SMB · 20 respondents/);
    await expect(page).toHaveURL(/[?&]segment=SMB/);
    await expect.poll(() => opportunities.figure('Respondents')).toBe(20);
    await expect(opportunities.rows.first()).toContainText('O-1');
    const rows = await opportunities.readRows();
    expect(rows[0]).toMatchObject({ rank: '1', key: 'O-1', importance: '10.0', satisfaction: '1.0', opportunity: '19.0', zone: 'Extreme', answers: '20', lowSample: true });
    await expect(opportunities.lowSampleWarning('O-1')).toBeVisible();
  });

  await test.step('the landscape shows the points; hover and click a point', async () => {
    await opportunities.chooseSegment('All respondents');
    await opportunities.openView('Landscape');
    await expect(opportunities.points).toHaveCount(5);
    await expect(opportunities.landscapeSummary).toContainText('5 rated outcomes over 40 respondents');
    const tooltip = await opportunities.hoverPoint('O-2');
    await expect(tooltip).toContainText('O-2 · rank 1');
    await expect(tooltip).toContainText(STATEMENTS[1] ?? '');
    await expect(tooltip).toContainText('Opportunity 17.0 · importance 9.0 · satisfaction 1.0');
    await opportunities.clickPoint('O-2');
    await expect(page).toHaveURL(`/projects/${project.id}/outcomes?outcome=${outcomeOf(outcomes[1]).id}`);
    const outcomesPage = new OutcomesPage(page);
    await expect(outcomesPage.detailDrawer).toBeVisible();
    await expect(outcomesPage.detailDrawer).toHaveAccessibleName('Outcome O-2');
    await expect(outcomesPage.detailDrawer.getByTestId('detail-statement')).toHaveText(STATEMENTS[1] ?? '');
    await page.keyboard.press('Escape');
    await expect(outcomesPage.detailDrawer).toBeHidden();
    await expect(page).toHaveURL(`/projects/${project.id}/outcomes`);
  });

  await test.step('comparing SMB with Enterprise shows the planted difference as significant', async () => {
    await opportunities.goto(project.id, 'view=compare');
    const table = await opportunities.compare(/^SMB · 20 respondents/, /^Enterprise · 20 respondents/);
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(5);
    await expect(rows.first()).toContainText('O-1');
    await expect(rows.first()).toContainText('+16.0');
    await expect(rows.first().getByRole('cell').nth(4)).toContainText('p < 0.001');
    await expect(rows.first().getByRole('cell').nth(4)).toContainText('Significant');
    await expect(rows.nth(1).getByRole('cell').nth(4)).not.toContainText('Significant');
  });

  await test.step('a segmentation saves segments and each links to its backlog', async () => {
    await opportunities.openView('Segmentation');
    await opportunities.runSegmentation('Unmet needs', { k: 2, seed: 7 });
    const cards = page.getByRole('region', { name: /^Unmet needs · \d$/ });
    await expect(cards).toHaveCount(2);
    const name = (await cards.first().getByText(/^Unmet needs · \d$/).innerText()).trim();
    const size = Number((await cards.first().getByText(/ respondents? · /).innerText()).replace(/ respondents? · .*$/, ''));
    expect(size).toBeGreaterThan(0);
    await opportunities.viewSegmentBacklog(name);
    await expect.poll(() => opportunities.figure('Respondents')).toBe(size);
    await expect(opportunities.segmentSelect).toHaveValue(new RegExp(`^${name}`));
  });
});

function waitForRatingSave(page: Page, body: string) {
  return page.waitForResponse((response) => response.request().method() === 'POST' && /\/ratings$/.test(response.url()) && (response.request().postData() ?? '').includes(body));
}

function outcomeOf(outcome: Outcome | undefined): Outcome {
  if (!outcome) throw new Error('The outcome was not created');
  return outcome;
}
