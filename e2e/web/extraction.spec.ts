import { createProjectViaApi, registerViaApi } from './api.js';
import { expect, test } from './fixtures.js';
import { AppShell } from './pages/app-shell.js';
import { RegisterPage } from './pages/auth-pages.js';
import { ExtractDialog, ExtractionJobsPage } from './pages/extraction-pages.js';
import { InterviewsPage } from './pages/interviews-page.js';
import { ProjectOverviewPage } from './pages/project-overview-page.js';
import { ProjectsPage } from './pages/projects-page.js';
import { ReaderPage } from './pages/reader-page.js';
import { newUser, txt } from './test-data.js';

const STRUGGLE = 'Honestly it takes me two full days to reconcile the bank feed with the ledger.';
const WORRY = "I'm always afraid I'll miss a supplier payment.";
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Neutral turns first, so the two cue sentences sit below the fold of the reader. */
const MONTH_END_TXT = [
  'Interviewer: Tell me about your month-end close.',
  ...MONTHS.flatMap((month) => [`Interviewer: What happened at the close in ${month}?`, `Priya: In ${month} we closed on the fifth working day, as usual.`]),
  'Interviewer: Which part is the hardest?',
  `Priya: ${STRUGGLE}`,
  `Priya: ${WORRY}`,
].join('\n');

test('a researcher extracts offline outcome suggestions from an interview and follows their evidence', async ({ page }) => {
  test.setTimeout(90_000);
  const shell = new AppShell(page);
  const projects = new ProjectsPage(page);
  const interviews = new InterviewsPage(page);
  const reader = new ReaderPage(page);
  const dialog = new ExtractDialog(page);
  const jobs = new ExtractionJobsPage(page);
  const title = 'Priya, month-end close';

  await test.step('register, create a project and upload an interview', async () => {
    await new RegisterPage(page).goto();
    await new RegisterPage(page).register(newUser('Extractor'));
    await projects.createProject({ name: 'Month-end close', jobStatement: 'Close the books at month end' });
    await new ProjectOverviewPage(page).expectLoaded('Month-end close');
    await shell.open('Interviews');
    const upload = await interviews.openUploadDialog();
    await upload.addFiles([txt('priya.txt', MONTH_END_TXT)]);
    await upload.setTitle('priya.txt', title);
    await upload.start();
    await upload.expectUploaded('priya.txt', title);
    await upload.openLink(title).click();
    await reader.expectLoaded(title);
  });

  await test.step('before extracting, the outcomes tab invites an extraction', async () => {
    await reader.openOutcomes();
    await expect(reader.outcomesPanel).toContainText('No outcomes yet');
    await expect(reader.outcomesPanel.getByRole('button', { name: 'Extract outcomes' })).toBeVisible();
  });

  await test.step('the estimate says the extraction runs offline and costs nothing', async () => {
    await reader.extractButton.click();
    await expect(dialog.root).toBeVisible();
    await dialog.expectEstimateLoaded();
    await expect(dialog.estimateValue('Cost')).toHaveText('Free, runs offline');
    await expect(dialog.estimateValue('Interviews')).toHaveText('1');
    await expect(dialog.root.getByRole('radio', { name: 'Offline suggestions' })).toBeChecked();
    await expect(dialog.root).toContainText('Offline suggestions, not AI');
    await expect(dialog.root).toContainText('cue lexicon');
  });

  await test.step('start it and watch the progress complete', async () => {
    await dialog.start();
    const progress = dialog.root.getByRole('group', { name: `Extraction of ${title}` });
    await expect(progress.getByText('Succeeded', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    await expect(progress).toContainText('2 outcomes proposed');
    await expect(progress).toContainText('Offline suggestions');
    await expect(page.getByText(`Extraction finished: ${title}`)).toBeVisible();
    await dialog.close();
  });

  await test.step('the outcomes appear beside the transcript, labelled as offline suggestions', async () => {
    await expect(reader.outcomesTab).toHaveAttribute('aria-selected', 'true');
    await expect(reader.outcomes).toHaveCount(2);
    await expect(reader.outcome('Minimize the time it takes to reconcile the bank feed with the ledger')).toBeVisible();
    await expect(reader.outcome('Minimize the likelihood of missing a supplier payment')).toBeVisible();
    for (const card of await reader.outcomes.all()) await expect(card.getByText('Offline suggestion', { exact: true })).toBeVisible();
    await expect(reader.evidenceMarks()).toHaveCount(0);
    await expect(reader.transcript.getByText(WORRY)).not.toBeInViewport();
  });

  await test.step('clicking an outcome scrolls to its evidence and marks it', async () => {
    await reader.outcome('missing a supplier payment').getByRole('button', { name: /missing a supplier payment/ }).click();
    await expect(reader.evidenceMarks()).toHaveText([WORRY]);
    await expect(reader.evidenceMarks().first()).toBeInViewport();
    await expect(reader.evidenceMarks().first()).toHaveAttribute('title', /^Evidence for O-\d+$/);
  });

  await test.step('the outcome list works from the keyboard', async () => {
    const worryButton = reader.outcome('missing a supplier payment').getByRole('button', { name: /missing a supplier payment/ });
    await expect(worryButton).toHaveAttribute('aria-pressed', 'true');
    await worryButton.focus();
    await page.keyboard.press('ArrowUp');
    const struggleButton = reader.outcome('reconcile the bank feed').getByRole('button', { name: /reconcile the bank feed/ });
    await expect(struggleButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(reader.evidenceMarks()).toHaveText([STRUGGLE]);
    await expect(struggleButton).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('the jobs page lists the succeeded job', async () => {
    await shell.open('Extraction jobs');
    await expect(jobs.heading).toBeVisible();
    const row = jobs.rows(title);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Succeeded');
    await expect(row).toContainText('Offline suggestions');
    await expect(row).toContainText('2 outcomes');
    await expect(row).toContainText('Free, ran offline');
    await expect(row.getByRole('button', { name: /Retry|Cancel/ })).toHaveCount(0);
    await expect(page).toHaveTitle('Extraction jobs · Month-end close · Outcome Atlas');
  });

  await test.step('the status filter narrows the list', async () => {
    await jobs.filterByStatus('Failed');
    await expect(page).toHaveURL(/status=failed/);
    await expect(page.getByText('No failed jobs')).toBeVisible();
    await jobs.filterByStatus('Succeeded');
    await expect(jobs.rows(title)).toHaveCount(1);
  });

  await test.step('a project extraction has nothing left to do', async () => {
    await page.getByRole('main').getByRole('button', { name: 'Extract outcomes' }).click();
    await expect(dialog.root).toBeVisible();
    await expect(dialog.root).toContainText('Nothing to extract');
    await expect(dialog.estimateValue('Interviews not yet extracted')).toHaveText('0');
    await expect(dialog.startButton).toBeDisabled();
    await dialog.root.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog.root).toBeHidden();
  });
});

test('the project keeps its extraction settings', async ({ page }) => {
  const user = await registerViaApi(page.request, 'Settings');
  const project = await createProjectViaApi(page.request, user, { name: 'Card payments' });
  await page.goto(`/projects/${project.id}`);
  await new ProjectOverviewPage(page).expectLoaded('Card payments');
  const form = page.getByRole('form', { name: 'Extraction settings' });
  const model = form.getByRole('textbox', { name: 'Model' });
  const redact = form.getByRole('switch', { name: /Redact personal data/ });
  await expect(model).toHaveValue('');
  await expect(redact).not.toBeChecked();

  await model.fill('gpt 4o; drop');
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(form).toContainText('Model names contain');

  await model.fill('gpt-4o-mini');
  await redact.check();
  await form.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Extraction settings saved')).toBeVisible();

  await page.reload();
  await expect(model).toHaveValue('gpt-4o-mini');
  await expect(redact).toBeChecked();
});
