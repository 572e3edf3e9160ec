/**
 * `npm run bench:api`: throughput and latency of the built API against a bare
 * node:http server answering the same JSON, plus full-text search over 2,000
 * transcripts of 5,000 words. Everything runs on loopback and stops by itself.
 */
import { writeFile } from 'node:fs/promises';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Project, RegisterResponse } from '@outcome-atlas/contracts';
import { freePort, measure, stopProcess, table, withBenchStack, type Measurement } from './bench-support.ts';
import { generateTranscript, mulberry32, vocabulary, zipfSampler } from './transcript-generator.ts';

const LIST_INTERVIEWS = 500;
const SEARCH_INTERVIEWS = Number(process.env.BENCH_SEARCH_INTERVIEWS ?? 2000);
const SEARCH_WORDS = Number(process.env.BENCH_SEARCH_WORDS ?? 5000);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = 3;

/** The run with the median throughput. */
const median = (runs: Measurement[]): Measurement => [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(runs.length / 2)]!;

/** Loads interviews through the public API (parsing, passages, search vectors), four requests at a time. */
async function loadInterviews(apiUrl: string, token: string, projectId: string, count: number, words: number, seed: number): Promise<void> {
  const random = mulberry32(seed);
  const vocab = vocabulary(8000, random);
  const sample = zipfSampler(vocab.length, random);
  const contents = Array.from({ length: count }, () => generateTranscript(words, vocab, sample, random));
  let next = 0;
  const worker = async () => {
    while (next < contents.length) {
      const index = next++;
      const response = await fetch(`${apiUrl}/api/v1/projects/${projectId}/interviews`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ title: `Interview ${index + 1}`, format: 'txt', content: contents[index] }),
      });
      if (response.status !== 201) throw new Error(`Loading interview ${index + 1} failed: ${response.status} ${await response.text()}`);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

async function bareServer(bodies: Record<string, string>, dataDir: string): Promise<{ url: string; close(): Promise<void> }> {
  const port = await freePort();
  const bodiesFile = path.join(dataDir, 'bare-bodies.json');
  await writeFile(bodiesFile, JSON.stringify(bodies));
  const child = fork(fileURLToPath(new URL('./bare-server.ts', import.meta.url)), [String(port), bodiesFile]);
  await once(child, 'message');
  return { url: `http://127.0.0.1:${port}`, close: () => stopProcess(child) };
}

async function main(): Promise<void> {
  await withBenchStack('api', async ({ api, db, dataDir, post }) => {
    const account = await post<RegisterResponse>('/api/v1/auth/register', { email: 'bench@example.com', password: 'benchmark-password', name: 'Bench' });
    const auth = { authorization: `Bearer ${account.token}` };
    const listProject = await post<Project>(`/api/v1/workspaces/${account.workspace.id}/projects`, { name: 'List bench' }, account.token);
    const searchProject = await post<Project>(`/api/v1/workspaces/${account.workspace.id}/projects`, { name: 'Search bench' }, account.token);
    let started = performance.now();
    await loadInterviews(api.url, account.token, listProject.id, LIST_INTERVIEWS, 300, 1);
    console.log(`Loaded ${LIST_INTERVIEWS} interviews for the list bench in ${Math.round(performance.now() - started)} ms`);
    started = performance.now();
    await loadInterviews(api.url, account.token, searchProject.id, SEARCH_INTERVIEWS, SEARCH_WORDS, 2);
    // What autovacuum would do shortly after a bulk load; the planner needs row counts for both tables.
    await db.query('ANALYZE interviews, interview_passages');
    console.log(`Loaded ${SEARCH_INTERVIEWS} transcripts x ${SEARCH_WORDS} words for the search bench in ${Math.round(performance.now() - started)} ms`);

    const listPath = `/api/v1/projects/${listProject.id}/interviews?limit=50`;
    const healthBody = await (await fetch(`${api.url}/api/health`)).text();
    const listBody = await (await fetch(`${api.url}${listPath}`, { headers: auth })).text();
    const bare = await bareServer({ '/api/health': healthBody, [listPath]: listBody }, dataDir);
    // Bare and app runs alternate and each ratio uses medians of three, so drift on a shared machine cancels out.
    const options = { duration: DURATION };
    const scenarios = [
      { label: 'health', path: '/api/health', headers: {} },
      { label: 'interview list (50 of 500)', path: listPath, headers: auth },
    ];
    const bareRuns: Record<string, Measurement[]> = {};
    const appRuns: Record<string, Measurement[]> = {};
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const scenario of scenarios) {
        (bareRuns[scenario.label] ??= []).push(await measure(scenario.label, `${bare.url}${scenario.path}`, options));
        (appRuns[scenario.label] ??= []).push(await measure(scenario.label, `${api.url}${scenario.path}`, { ...options, headers: scenario.headers }));
      }
    }
    await bare.close();
    const bareRows = Object.fromEntries(scenarios.map((scenario) => [scenario.label, median(bareRuns[scenario.label]!)]));
    const appRows = scenarios.map((scenario) => median(appRuns[scenario.label]!));
    const baseline = bareRows;
    const searchRows: Measurement[] = [];
    for (const q of ['accrual', 'spreadsheet', 'reconcile', 'approval', 'invoice', '"supplier payment"', 'approval -spreadsheet']) {
      const matched = await db.query(`SELECT count(*)::int AS n FROM interviews WHERE project_id = $1 AND search_vector @@ websearch_to_tsquery('english', $2)`, [searchProject.id, q]);
      const url = `${api.url}/api/v1/projects/${searchProject.id}/interviews?limit=20&q=${encodeURIComponent(q)}`;
      searchRows.push(await measure(`search ${q} (matches ${matched.rows[0].n} of ${SEARCH_INTERVIEWS})`, url, { duration: DURATION, connections: 1, headers: auth }));
    }
    const plan = await db.query(
      `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
       SELECT i.id, ts_rank_cd(i.search_vector, websearch_to_tsquery('english', 'reconcile')) AS rank FROM interviews i
       WHERE i.project_id = $1 AND i.search_vector @@ websearch_to_tsquery('english', 'reconcile') ORDER BY rank DESC, i.id LIMIT 21`,
      [searchProject.id],
    );
    console.log('\n## Bare node:http baseline\n');
    console.log(table(Object.values(bareRows)));
    console.log(`\n## Outcome Atlas API (10 connections, median of ${ROUNDS} alternating runs)\n`);
    console.log(table(appRows, baseline));
    console.log(`\n## Full-text search over ${SEARCH_INTERVIEWS} transcripts of ${SEARCH_WORDS} words\n`);
    console.log(table(searchRows));
    console.log('\n## EXPLAIN ANALYZE (search "reconcile")\n');
    console.log(plan.rows.map((row: Record<string, string>) => `    ${row['QUERY PLAN']}`).join('\n'));
  });
}

await main();
