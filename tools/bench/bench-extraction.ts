/**
 * `npm run bench:extraction`: 50 transcripts of ~10,000 words extracted by the built app through the
 * `openai` provider, against the local OpenAI-compatible server answering every call after a fixed 300 ms,
 * with 4 calls in flight. Compares the wall time with the ideal (calls x latency / concurrency), and times
 * the offline extractor in-process.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractionJob, Page, Project, RegisterResponse } from '@outcome-atlas/contracts';
import { extractOutcomesOffline, wordCount } from '@outcome-atlas/domain';
import { startEmbeddedDatabase } from '../../apps/api/dist/database/embedded-database.js';
import { runMigrations } from '../../apps/api/dist/database/migrate.js';
import { loadEvalFixtures } from '../eval/eval-fixtures.ts';
import { freePort, startApi, stopProcess } from './bench-support.ts';
import { generateTranscript, mulberry32, vocabulary, zipfSampler } from './transcript-generator.ts';

const TRANSCRIPTS = Number(process.env.BENCH_TRANSCRIPTS ?? 50);
const WORDS = Number(process.env.BENCH_WORDS ?? 10_000);
const LATENCY_MS = 300;
const CONCURRENCY = 4;

async function startFakeModelServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = fork(fileURLToPath(new URL('../fake-openai/fake-openai-cli.ts', import.meta.url)), ['--port', String(port), '--latency', String(LATENCY_MS), '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await once(child, 'message');
  return { url: `http://127.0.0.1:${port}/v1`, stop: () => stopProcess(child) };
}

async function main(): Promise<void> {
  const random = mulberry32(3);
  const vocab = vocabulary(8000, random);
  const sample = zipfSampler(vocab.length, random);
  const contents = Array.from({ length: TRANSCRIPTS }, () => generateTranscript(WORDS, vocab, sample, random));
  const totalWords = contents.reduce((sum, content) => sum + wordCount(content), 0);

  // The offline extractor, in-process, on real interview language (the evaluation set, 20 passes):
  // the synthetic transcripts above have no cue words, so they would flatter it.
  const fixtures = loadEvalFixtures();
  const offlineWords = 20 * fixtures.reduce((sum, fixture) => sum + wordCount(fixture.parsed.text), 0);
  let started = performance.now();
  let offlineOutcomes = 0;
  for (let pass = 0; pass < 20; pass += 1) for (const fixture of fixtures) offlineOutcomes += extractOutcomesOffline(fixture.parsed).outcomes.length;
  const offlineMs = performance.now() - started;

  const dataDir = await mkdtemp(path.join(tmpdir(), 'outcome-atlas-bench-'));
  await chmod(dataDir, 0o755);
  const database = await startEmbeddedDatabase({ dataDir });
  await runMigrations(database.url);
  const model = await startFakeModelServer();
  const api = await startApi({
    DATABASE_URL: database.url,
    OPENAI_API_KEY: 'sk-bench',
    OPENAI_BASE_URL: model.url,
    OPENAI_MODEL: 'gpt-4o-mini',
    EXTRACTION_CONCURRENCY: String(CONCURRENCY),
    EXTRACTION_JOBS_PER_WORKER: '4',
  });
  try {
    const call = async <T>(method: string, url: string, body?: unknown, token?: string): Promise<T> => {
      const response = await fetch(`${api.url}${url}`, {
        method,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<T>;
    };
    const account = await call<RegisterResponse>('POST', '/api/v1/auth/register', { email: 'bench@example.com', password: 'benchmark-password', name: 'Bench' });
    const project = await call<Project>('POST', `/api/v1/workspaces/${account.workspace.id}/projects`, { name: 'Extraction bench' }, account.token);
    for (const [index, content] of contents.entries()) {
      await call('POST', `/api/v1/projects/${project.id}/interviews`, { title: `Interview ${index + 1}`, format: 'txt', content }, account.token);
    }
    started = performance.now();
    await call('POST', `/api/v1/projects/${project.id}/extractions`, {}, account.token);
    let jobs: ExtractionJob[] = [];
    for (;;) {
      jobs = (await call<Page<ExtractionJob>>('GET', `/api/v1/projects/${project.id}/extraction-jobs?limit=200`, undefined, account.token)).items;
      if (jobs.length === TRANSCRIPTS && jobs.every((job) => !['queued', 'running'].includes(job.status))) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const wallMs = performance.now() - started;
    const failed = jobs.filter((job) => job.status !== 'succeeded');
    if (failed.length > 0) throw new Error(`${failed.length} jobs did not succeed: ${JSON.stringify(failed[0]?.error)}`);
    const calls = jobs.reduce((sum, job) => sum + job.progress.chunksTotal, 0);
    const promptTokens = jobs.reduce((sum, job) => sum + job.usage.promptTokens, 0);
    const completionTokens = jobs.reduce((sum, job) => sum + job.usage.completionTokens, 0);
    const idealMs = (calls * LATENCY_MS) / CONCURRENCY;
    const ratio = wallMs / idealMs;
    console.log(`\n## Extraction: ${TRANSCRIPTS} transcripts x ${WORDS} words (${totalWords} words), openai provider, ${LATENCY_MS} ms per call, concurrency ${CONCURRENCY}\n`);
    console.log('| Measure | Value |\n|---|---:|');
    console.log(`| Model calls | ${calls} |`);
    console.log(`| Wall time | ${(wallMs / 1000).toFixed(1)} s |`);
    console.log(`| Ideal (calls x latency / concurrency) | ${(idealMs / 1000).toFixed(1)} s |`);
    console.log(`| Wall / ideal | **${ratio.toFixed(2)}x** (target <= 1.15, ${ratio <= 1.15 ? 'met' : 'MISSED'}) |`);
    console.log(`| Calls per 1,000 words | ${((calls / totalWords) * 1000).toFixed(2)} |`);
    console.log(`| Prompt tokens per 1,000 words | ${Math.round((promptTokens / totalWords) * 1000)} |`);
    console.log(`| Completion tokens per 1,000 words | ${Math.round((completionTokens / totalWords) * 1000)} |`);
    console.log(`| Offline extractor (evaluation transcripts, in-process) | ${Math.round(offlineWords / (offlineMs / 1000)).toLocaleString('en')} words/s (${offlineOutcomes / 20} suggestions per pass) |`);
  } finally {
    await stopProcess(api.process);
    await model.stop();
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
