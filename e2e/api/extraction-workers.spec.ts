import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { endpoints, type ExtractionJob, type InterviewSummary, type Project, type StartExtractionsResponse } from '@outcome-atlas/contracts';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAIServer } from '../../tools/fake-openai/index.ts';
import { makeDataDir, REPO_ROOT, removeDataDir, startApp, type RunningApp } from '../support/app-process.js';
import { ApiClient, expectSuccess } from '../support/http-client.js';
import { registerUser } from '../support/users.js';

/** A fresh database on the shared embedded server, so an app can be killed without orphaning a PostgreSQL. */
async function freshDatabase(): Promise<string> {
  const shared = inject('databaseUrl');
  const name = `oa_workers_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: shared.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return shared.replace(/\/[^/]+$/, `/${name}`);
}

const started: { stop(): Promise<unknown> }[] = [];
const dataDirs: string[] = [];
afterEach(async () => {
  for (const process of started.splice(0)) await process.stop().catch(() => undefined);
});
afterAll(async () => {
  for (const dir of dataDirs) await removeDataDir(dir);
});

async function app(env: Record<string, string>): Promise<RunningApp> {
  const dataDir = await makeDataDir('workers');
  dataDirs.push(dataDir);
  const running = await startApp({ dataDir, env });
  started.push(running);
  return running;
}

async function interviewWithJob(client: ApiClient, content: string, provider: 'offline' | 'openai') {
  const user = await registerUser(client, 'Worker test');
  const project = expectSuccess<Project>(await client.call(endpoints.createProject, { auth: user.token, params: { workspaceId: user.workspace.id }, json: { name: 'Close' } }), endpoints.createProject);
  const interview = expectSuccess<InterviewSummary>(
    await client.call(endpoints.createInterview, { auth: user.token, params: { projectId: project.id }, json: { title: 'Priya', format: 'txt', content } }),
    endpoints.createInterview,
  );
  const response = expectSuccess<StartExtractionsResponse>(
    await client.call(endpoints.startInterviewExtraction, { auth: user.token, params: { interviewId: interview.id }, json: { provider } }),
    endpoints.startInterviewExtraction,
  );
  return { token: user.token, job: response.jobs[0]! };
}

async function jobOf(client: ApiClient, token: string, jobId: string): Promise<ExtractionJob> {
  return expectSuccess<ExtractionJob>(await client.call(endpoints.getExtractionJob, { auth: token, params: { jobId } }), endpoints.getExtractionJob);
}

async function waitFor(client: ApiClient, token: string, jobId: string, done: (job: ExtractionJob) => boolean, timeoutMs: number): Promise<ExtractionJob> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await jobOf(client, token, jobId);
    if (done(job)) return job;
    if (Date.now() > deadline) throw new Error(`job did not reach the expected state in ${timeoutMs} ms: ${JSON.stringify(job)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const TRANSCRIPT = "Interviewer: What is hard?\nPriya: Honestly it takes me two full days to reconcile the bank feed with the ledger.\nPriya: I'm always afraid I'll miss a supplier payment.";

describe('extraction workers', () => {
  it('runs jobs in a separate `npm run worker` process when the API runs none', async () => {
    const databaseUrl = await freshDatabase();
    const api = await app({ DATABASE_URL: databaseUrl, EXTRACTION_WORKERS: 'false' });
    const client = new ApiClient(api.url);
    const { token, job } = await interviewWithJob(client, TRANSCRIPT, 'offline');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await jobOf(client, token, job.id)).status).toBe('queued');

    const worker = spawn(process.execPath, [path.join(REPO_ROOT, 'apps/api/dist/worker.js')], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    started.push({ stop: async () => (worker.exitCode === null ? (worker.kill('SIGTERM'), once(worker, 'exit')) : undefined) });
    const done = await waitFor(client, token, job.id, (current) => current.status === 'succeeded', 30_000);
    expect(done.outcomesCreated).toBeGreaterThan(0);
    worker.kill('SIGTERM');
    const [code] = (await once(worker, 'exit')) as [number | null];
    expect(code).toBe(0);
  });

  describe('a crash in the middle of a job', () => {
    let model: FakeOpenAIServer;
    afterAll(async () => {
      await model?.close();
    });

    it('is resumed by the next process without asking the model again for stored chunks', async () => {
      model = await startFakeOpenAI({ latencyMs: 700 });
      model.script(() => ({ kind: 'answer', content: { outcomes: [] } }));
      const databaseUrl = await freshDatabase();
      const env = {
        DATABASE_URL: databaseUrl,
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: model.url,
        EXTRACTION_CONCURRENCY: '1',
        EXTRACTION_CHUNK_TOKENS: '500',
        EXTRACTION_CHUNK_OVERLAP_TOKENS: '0',
        EXTRACTION_HEARTBEAT_SECONDS: '10',
      };
      const long = Array.from({ length: 160 }, (_, turn) => `Priya: Turn ${turn}: it takes me two full days to reconcile the bank feed, and then I check every entry twice.`).join('\n');
      const first = await app(env);
      const client = new ApiClient(first.url);
      const { token, job } = await interviewWithJob(client, long, 'openai');
      const partial = await waitFor(client, token, job.id, (current) => current.progress.chunksDone >= 2, 30_000);
      expect(partial.progress.chunksTotal).toBeGreaterThan(3);
      first.child.kill('SIGKILL');
      await first.exited;

      const second = await app(env);
      const resumed = await waitFor(new ApiClient(second.url), token, job.id, (current) => current.status === 'succeeded', 60_000);
      expect(resumed.progress.chunksDone).toBe(resumed.progress.chunksTotal);
      // Every chunk went to the model once, except at most the one in flight when the process died.
      const parts = model.chatRequests.map((request) => /Part (\d+) of/.exec(JSON.stringify(request.body))?.[1]);
      const repeated = parts.length - new Set(parts).size;
      expect(new Set(parts).size).toBe(resumed.progress.chunksTotal);
      expect(repeated).toBeLessThanOrEqual(1);
      // pg-boss hands a job on only after its heartbeat (10 s at least) has been missed: ~30 s on a quiet machine.
    }, 120_000);
  });
});
