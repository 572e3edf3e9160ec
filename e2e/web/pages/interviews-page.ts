import { expect, type Locator, type Page } from '@playwright/test';

export type TranscriptFile = { name: string; mimeType: string; content: string };

/** /projects/:projectId/interviews: list, search and filters. */
export class InterviewsPage {
  constructor(readonly page: Page) {}

  get heading() {
    return this.page.getByRole('heading', { name: 'Interviews', level: 1 });
  }

  get uploadButton() {
    return this.page.getByRole('button', { name: 'Upload interviews' });
  }

  get search() {
    return this.page.getByRole('searchbox', { name: 'Search transcripts' });
  }

  get list() {
    return this.page.getByRole('list', { name: 'Interviews' });
  }

  get snippets() {
    return this.page.getByTestId('search-snippet');
  }

  get snippetMarks() {
    return this.page.locator('[data-testid=search-snippet] mark');
  }

  get emptyState() {
    return this.page.getByText('No interviews yet');
  }

  async goto(projectId: string): Promise<void> {
    await this.page.goto(`/projects/${projectId}/interviews`);
    await expect(this.heading).toBeVisible();
  }

  interviewLink(title: string): Locator {
    return this.list.getByRole('link', { name: title, exact: true });
  }

  /** Types into the search box and waits out its 300 ms debounce and the request behind it. */
  async searchFor(query: string): Promise<void> {
    await this.search.fill(query);
    await expect(this.page).toHaveURL((url) => url.searchParams.get('q') === query);
    await expect(this.page.getByLabel('Searching', { exact: true })).toHaveCount(0);
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0);
  }

  async openUploadDialog(): Promise<UploadDialog> {
    await this.uploadButton.click();
    const dialog = new UploadDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }
}

/** The "Upload interviews" dialog: a queue of files, each with its own title, progress and outcome. */
export class UploadDialog {
  constructor(readonly page: Page) {}

  get root() {
    return this.page.getByRole('dialog', { name: 'Upload interviews' });
  }

  get fileInput() {
    return this.root.getByLabel('Interview files');
  }

  get startButton() {
    return this.root.getByRole('button', { name: /^Start upload/ });
  }

  get doneButton() {
    return this.root.getByRole('button', { name: 'Done' });
  }

  row(fileName: string): Locator {
    return this.root.getByRole('listitem', { name: fileName, exact: true });
  }

  async addFiles(files: TranscriptFile[]): Promise<void> {
    await this.fileInput.setInputFiles(files.map((file) => ({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.content, 'utf8') })));
    for (const file of files) await expect(this.row(file.name)).toBeVisible();
  }

  async setTitle(fileName: string, title: string): Promise<void> {
    await this.root.getByLabel(`Title for ${fileName}`).fill(title);
  }

  async start(): Promise<void> {
    await this.startButton.click();
  }

  async expectUploaded(fileName: string, title: string): Promise<void> {
    const row = this.row(fileName);
    await expect(row.getByText('Uploaded')).toBeVisible();
    await expect(row.getByRole('progressbar', { name: `Upload progress for ${fileName}` })).toBeVisible();
    await expect(this.openLink(title)).toBeVisible();
  }

  async expectFailed(fileName: string, message: string | RegExp): Promise<void> {
    await expect(this.row(fileName).getByRole('alert')).toContainText(message);
  }

  openLink(title: string): Locator {
    return this.root.getByRole('link', { name: `Open “${title}”` });
  }

  async done(): Promise<void> {
    await this.doneButton.click();
    await expect(this.root).toBeHidden();
  }
}
