import { test as base, expect, type BrowserContext, type Page, type TestInfo } from '@playwright/test';

type Allowed = { status: number; url: RegExp };

const LOAD_FAILURE = /^Failed to load resource: the server responded with a status of (\d{3})/;

/**
 * Collects what a user would never want to see: console errors and warnings, uncaught page
 * errors, failed requests and error responses. A test declares the 4xx answers it provokes
 * with `allow`; anything else fails the test when it ends.
 */
export class BrowserProblems {
  private readonly problems: string[] = [];
  private readonly allowed: Allowed[] = [];

  /** An expected error answer, e.g. `allow(404, /\/api\/v1\/interviews\//)`. Only 4xx can be allowed. */
  allow(status: number, url: RegExp): void {
    if (status < 400 || status > 499) throw new Error(`Only 4xx answers can be expected, not ${status}`);
    this.allowed.push({ status, url });
  }

  private isAllowed(status: number, url: string): boolean {
    return this.allowed.some((entry) => entry.status === status && entry.url.test(url));
  }

  watch(context: BrowserContext): void {
    context.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      const status = LOAD_FAILURE.exec(message.text())?.[1];
      // Chromium logs every error answer as well; those are judged by their response below.
      if (status !== undefined) return;
      this.problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
    });
    context.on('weberror', (error) => this.problems.push(`uncaught error: ${error.error().message}`));
    context.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? 'unknown';
      // A read cancelled by navigation (or by React Query when its page unmounts) is not a failure.
      if (request.method() === 'GET' && reason === 'net::ERR_ABORTED') return;
      this.problems.push(`request failed: ${request.method()} ${request.url()}: ${reason}`);
    });
    context.on('response', (response) => {
      const status = response.status();
      if (status < 400 || this.isAllowed(status, response.url())) return;
      this.problems.push(`HTTP ${status}: ${response.request().method()} ${response.url()}`);
    });
  }

  assertNone(): void {
    expect(this.problems, 'console errors/warnings, page errors, failed requests or unexpected error answers').toEqual([]);
  }
}

type Fixtures = {
  problems: BrowserProblems;
  /** A page in a fresh context (another user), watched like the default page. */
  newUserPage: () => Promise<Page>;
};

const contextOptionsOf = (testInfo: TestInfo) => {
  const { baseURL, viewport, locale, timezoneId, colorScheme } = testInfo.project.use;
  return { baseURL, viewport, locale, timezoneId, colorScheme };
};

export const test = base.extend<Fixtures>({
  problems: [
    async ({ context }, use) => {
      const problems = new BrowserProblems();
      problems.watch(context);
      await use(problems);
      problems.assertNone();
    },
    { auto: true },
  ],
  newUserPage: async ({ browser, problems }, use, testInfo) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext(contextOptionsOf(testInfo));
      problems.watch(context);
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect };
