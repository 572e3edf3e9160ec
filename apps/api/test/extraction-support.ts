import { afterAll, beforeAll, expect } from 'vitest';
import { startFakeOpenAI, type FakeOpenAIServer } from '../../../tools/fake-openai/index.ts';
import { useTestApp, type TestContext } from './test-app.js';

/**
 * The app pointed at a local OpenAI-compatible server for one test file: small chunks, one call at a time and
 * no job retries, so every failure path finishes in seconds. `model()` is the server (started before the app).
 */
export function useAppWithFakeModel(overrides: Record<string, string> = {}): { ctx: TestContext; model: () => FakeOpenAIServer } {
  let server: FakeOpenAIServer | undefined;
  beforeAll(async () => {
    server = await startFakeOpenAI();
  });
  afterAll(async () => {
    await server?.close();
  });
  const ctx = useTestApp(() => ({
    OPENAI_API_KEY: 'sk-test',
    OPENAI_BASE_URL: server!.url,
    OPENAI_MODEL: 'gpt-4o-mini',
    EXTRACTION_RETRY_LIMIT: '0',
    EXTRACTION_CONCURRENCY: '1',
    EXTRACTION_CHUNK_TOKENS: '500',
    EXTRACTION_CHUNK_OVERLAP_TOKENS: '0',
    ...overrides,
  }));
  return { ctx, model: () => server! };
}

/** Polls an extraction job until it leaves queued/running (20 s at most). */
export async function settledJob(ctx: TestContext, token: string, jobId: string) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const job = await ctx.client.request('GET', `/api/v1/extraction-jobs/${jobId}`, { token });
    if (!['queued', 'running'].includes(job.body.status)) return job.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('extraction job did not finish in 20 s');
}

/** Starts an extraction of one interview and waits for its job to finish. */
export async function extractInterview(ctx: TestContext, token: string, interviewId: string, body: object = {}) {
  const started = await ctx.client.request('POST', `/api/v1/interviews/${interviewId}/extractions`, { token, body });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  return settledJob(ctx, token, started.body.jobs[0].id as string);
}
