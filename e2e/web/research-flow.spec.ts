import { expect, test } from './fixtures.js';
import { RegisterPage } from './pages/auth-pages.js';
import { AppShell } from './pages/app-shell.js';
import { InterviewsPage } from './pages/interviews-page.js';
import { ProjectOverviewPage } from './pages/project-overview-page.js';
import { ProjectsPage } from './pages/projects-page.js';
import { ReaderPage } from './pages/reader-page.js';
import { TagBoardPage } from './pages/tag-board-page.js';
import { CARD_PAYMENTS_VTT, newUser, vtt } from './test-data.js';

test('a researcher registers, uploads an interview, tags a passage and finds it again', async ({ page }) => {
  const shell = new AppShell(page);
  const projects = new ProjectsPage(page);
  const overview = new ProjectOverviewPage(page);
  const interviews = new InterviewsPage(page);
  const reader = new ReaderPage(page);
  const board = new TagBoardPage(page);
  const passage = 'chasing colleagues for them takes hours every week';
  const tag = 'receipt chasing';
  const note = 'Weekly time sink for the AP team';

  await test.step('register a new account', async () => {
    await new RegisterPage(page).goto();
    await new RegisterPage(page).register(newUser('Researcher'));
    await projects.expectLoaded();
    await expect(page.getByText('No projects yet')).toBeVisible();
  });

  await test.step('create a project', async () => {
    await projects.createProject({ name: 'Card payments', jobStatement: 'Reconcile company card payments with receipts' });
    await overview.expectLoaded('Card payments');
    await expect(page.getByText('Reconcile company card payments with receipts')).toBeVisible();
  });

  await test.step('upload a WebVTT transcript', async () => {
    await shell.open('Interviews');
    await expect(interviews.emptyState).toBeVisible();
    const dialog = await interviews.openUploadDialog();
    await dialog.addFiles([vtt('ana-card-payments.vtt', CARD_PAYMENTS_VTT)]);
    await expect(dialog.root.getByLabel('Title for ana-card-payments.vtt')).toHaveValue('ana-card-payments');
    await dialog.setTitle('ana-card-payments.vtt', 'Ana, card payments');
    await dialog.start();
    await dialog.expectUploaded('ana-card-payments.vtt', 'Ana, card payments');
    await dialog.openLink('Ana, card payments').click();
  });

  await test.step('read it with speakers and timestamps', async () => {
    await reader.expectLoaded('Ana, card payments');
    await expect(reader.transcript.getByText('Ana', { exact: true }).first()).toBeVisible();
    await expect(reader.transcript.getByText('00:05')).toBeVisible();
    await expect(reader.highlightsPanel).toContainText('No highlights yet');
  });

  await test.step('highlight a passage with a new tag and a note', async () => {
    await reader.highlightPassage(passage, { tags: [tag], note });
    await expect(page.getByText('Highlight saved')).toBeVisible();
    const card = reader.highlight(passage);
    await expect(card).toContainText(note);
    await expect(card.getByRole('link', { name: tag })).toBeVisible();
    await expect(reader.marks().filter({ hasText: passage })).toHaveAttribute('title', `Tagged: ${tag}`);
  });

  await test.step('Escape closes the tag suggestions first, then discards the draft', async () => {
    await reader.selectPassage('tick off receipts by hand');
    const tags = reader.composer.getByRole('combobox', { name: 'Tags' });
    await tags.fill('rec');
    await expect(page.getByRole('option', { name: tag })).toBeVisible();
    await tags.press('Escape');
    await expect(page.getByRole('option', { name: tag })).toBeHidden();
    await expect(reader.composer).toBeVisible();
    await tags.press('Escape');
    await expect(reader.composer).toBeHidden();
    await expect(reader.highlights).toHaveCount(1);
  });

  await test.step('add a tag to the existing highlight from its card', async () => {
    await reader.addTagsToHighlight(passage, ['follow-up']);
    await expect(reader.highlight(passage).getByRole('link', { name: tag })).toBeVisible();
  });

  await test.step('find it with full-text search', async () => {
    await shell.open('Interviews');
    await interviews.searchFor('colleagues');
    await expect(interviews.snippetMarks.first()).toHaveText(/^colleagues$/i);
    await expect(interviews.list.getByRole('listitem')).toHaveCount(1);
    await interviews.interviewLink('Ana, card payments').click();
    await reader.expectLoaded('Ana, card payments');
  });

  await test.step('see the quote on the tag board and go back to the reader', async () => {
    await reader.highlight(passage).getByRole('link', { name: tag }).click();
    await board.expectLoaded(tag);
    await expect(board.quote(passage)).toContainText(note);
    await expect(page.getByRole('region', { name: 'Ana, card payments' })).toBeVisible();
    await board.openInReader(passage);
    await expect(page).toHaveURL(/\/interviews\/[0-9a-f-]{36}\?highlight=[0-9a-f-]{36}$/);
    await reader.expectLoaded('Ana, card payments');
    await expect(reader.marks().filter({ hasText: passage })).toBeVisible();
  });
});
