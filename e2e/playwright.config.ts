import { defineConfig } from '@playwright/test';
import { freePort } from './support/app-process.js';

// Chosen once in the runner; workers re-evaluate this file but inherit the variable.
process.env.E2E_WEB_PORT ??= String(await freePort());
const baseURL = `http://localhost:${process.env.E2E_WEB_PORT}`;

/** The browser suite: the built app (support/web-server.ts) in Debian's Chromium. */
export default defineConfig({
  testDir: 'web',
  outputDir: 'test-results',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  fullyParallel: false,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    viewport: { width: 1440, height: 900 },
    colorScheme: 'light',
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node support/web-server.ts',
    url: `${baseURL}/api/health`,
    env: { PORT: process.env.E2E_WEB_PORT },
    reuseExistingServer: false,
    timeout: 90_000,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
  },
});
