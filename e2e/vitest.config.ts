import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// The API suite runs against one built app (support/global-setup.ts); Playwright specs in web/ stay out.
export default defineConfig({
  resolve: { conditions: ['source', ...defaultServerConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    include: ['api/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 90_000,
    teardownTimeout: 60_000,
  },
});
