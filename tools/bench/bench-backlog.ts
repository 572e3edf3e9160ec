/**
 * `npm run bench:backlog`: the opportunity backlog over 1 M ratings (500 accepted outcomes × 2,000
 * respondents), through the built API and as the same aggregate SQL run directly with pg (sent as pg sends any
 * parameterized query, the target's baseline, and as a named prepared statement, as the API sends it), plus one
 * outcome-based segmentation of 5,000 respondents × 200 outcomes. Data is generated in SQL
 * (generate_series, seeded random) straight into each outcome's packed answer strings, not imported:
 * bench:ratings measures the import path. A second baseline counts the same answers through the `ratings`
 * view (one row per answer, exploded from the strings): what computing the backlog from rating rows on
 * every request would cost now that the answers are packed (ADR 0006).
 */
import type { CreatedApiToken, Project, RegisterResponse } from '@outcome-atlas/contracts';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildOutcomeCountsQuery } from '../../apps/api/dist/modules/opportunities/outcome-counts.query.js';
import { withBenchStack } from './bench-support.ts';

const OUTCOMES = Number(process.env.BENCH_OUTCOMES ?? 500);
const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SEGMENTATION = { outcomes: 200, respondents: 5000 };

type Latencies = { p50: number; p99: number };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const latencies = (samples: number[]): Latencies => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
};
const ms = (value: number) => value.toFixed(2);

/** The four answer counts per accepted outcome from the `ratings` view (each outcome's strings exploded into rows). */
const VIEW_RATINGS_COUNTS = `
  SELECT o.id, a.* FROM outcomes o
  CROSS JOIN LATERAL (
    SELECT count(ra.importance)::int AS n_importance, (count(*) FILTER (WHERE ra.importance >= 4))::int AS important,
      count(ra.satisfaction)::int AS n_satisfaction, (count(*) FILTER (WHERE ra.satisfaction >= 4))::int AS satisfied
    FROM ratings ra WHERE ra.outcome_id = o.id SEGMENT) a
  WHERE o.project_id = $1 AND o.status = 'accepted'`;
const viewRatingsCounts = (segmentLabel: string | null) =>
  segmentLabel === null
    ? { sql: VIEW_RATINGS_COUNTS.replace('SEGMENT', ''), params: [] as unknown[] }
    : { sql: VIEW_RATINGS_COUNTS.replace('SEGMENT', 'AND ra.respondent_id IN (SELECT r.id FROM respondents r WHERE r.project_id = $1 AND lower(r.segment) = lower($2))'), params: [segmentLabel] };

/**
 * Accepted outcomes spread over the project's job steps, respondents in three segments, and every respondent rating
 * every outcome: one `outcome_answers` row per outcome whose strings are built in SQL, character n for slot n (a fresh
 * project's respondents get slots 1..N in creation order), so a million answers are 500 rows written by one INSERT.
 */
async function generateRatings(db: pg.Client, projectId: string, outcomes: number, respondents: number): Promise<void> {
  await db.query(
    `INSERT INTO outcomes (project_id, key, statement, normalized_statement, status, source, job_step_id)
     SELECT $1, k, 'Minimize the time it takes to complete task ' || k, 'minimize the time it takes to complete task ' || k, 'accepted', 'manual',
       (SELECT s.id FROM job_steps s WHERE s.project_id = $1 ORDER BY s.position OFFSET k % 8 LIMIT 1)
     FROM generate_series(1, $2::int) k`,
    [projectId, outcomes],
  );
  await db.query(`UPDATE projects SET next_outcome_key = $2 + 1 WHERE id = $1`, [projectId, outcomes]);
  await db.query(
    `INSERT INTO respondents (project_id, external_id, segment, attributes)
     SELECT $1, 'R-' || i, (ARRAY['SMB', 'Enterprise', 'Mid-market'])[1 + i % 3], jsonb_build_object('region', (ARRAY['EU', 'US', 'APAC', 'LATAM'])[1 + i % 4])
     FROM generate_series(1, $2::int) i`,
    [projectId, respondents],
  );
  // Each outcome gets its own skew, so the scores spread over the zones; about 2% of each question is skipped (never
  // both: a skipped importance gets a satisfaction, 3 if that was skipped too). A slot of no respondent stays `0`.
  await db.query('SELECT setseed(0.42)');
  await db.query(
    `INSERT INTO outcome_answers (outcome_id, project_id, importance, satisfaction, sources)
     SELECT c.outcome_id, $1,
       string_agg(coalesce(c.importance::text, '0'), '' ORDER BY c.slot),
       string_agg(coalesce(CASE WHEN c.respondent AND c.importance IS NULL THEN coalesce(c.satisfaction, 3) ELSE c.satisfaction END::text, '0'), '' ORDER BY c.slot),
       string_agg(CASE WHEN c.respondent THEN 's' ELSE '0' END, '' ORDER BY c.slot)
     FROM (
       SELECT o.id AS outcome_id, g.slot, r.id IS NOT NULL AS respondent,
         CASE WHEN r.id IS NULL OR random() < 0.02 THEN NULL ELSE 1 + floor(power(random(), o.skew) * 5)::int END AS importance,
         CASE WHEN r.id IS NULL OR random() < 0.02 THEN NULL ELSE 1 + floor(power(random(), 1 / o.skew) * 5)::int END AS satisfaction
       FROM (SELECT id, 0.3 + (key % 11) * 0.15 AS skew FROM outcomes WHERE project_id = $1) o
       CROSS JOIN generate_series(1, (SELECT respondent_slots FROM projects WHERE id = $1)) g(slot)
       LEFT JOIN respondents r ON r.project_id = $1 AND r.slot = g.slot) c
     GROUP BY c.outcome_id`,
    [projectId],
  );
}

/** `name`: run it as a named (prepared) statement, as the API sends it; without, as pg sends a query by default. */
async function timeSql(db: pg.Client, sql: string, params: unknown[], runs: number, name?: string): Promise<Latencies> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await db.query({ text: sql, values: params, ...(name ? { name } : {}) });
    samples.push(performance.now() - started);
  }
  return latencies(samples);
}

/** autocannon's summary keeps whole milliseconds; its per-response event has the exact time, so p50/p99 come from that. */
async function timeApi(url: string, token: string, options: { amount?: number; duration?: number; connections: number }) {
  const samples: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      { url, headers: { authorization: `Bearer ${token}` }, connections: options.connections, ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 5 }) },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    run.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) samples.push(responseTime);
    });
  });
  const failed = result.non2xx + result.errors;
  if (failed > 0) throw new Error(`${failed} of ${result.requests.total} requests to ${url} failed`);
  return { ...latencies(samples), requestsPerSecond: Math.round(result.requests.average) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  await withBenchStack('backlog', async ({ api, db, post }) => {
    const account = await post<RegisterResponse>('/api/v1/auth/register', { email: 'bench@example.com', password: 'benchmark-password', name: 'Bench' });
    const project = await post<Project>(`/api/v1/workspaces/${account.workspace.id}/projects`, { name: 'Backlog bench' }, account.token);
    const segmentationProject = await post<Project>(`/api/v1/workspaces/${account.workspace.id}/projects`, { name: 'Segmentation bench' }, account.token);
    const readToken = await post<CreatedApiToken>(`/api/v1/workspaces/${account.workspace.id}/api-tokens`, { name: 'Bench reader', scope: 'read' }, account.token);

    let started = performance.now();
    await generateRatings(db, project.id, OUTCOMES, RESPONDENTS);
    await generateRatings(db, segmentationProject.id, SEGMENTATION.outcomes, SEGMENTATION.respondents);
    // What autovacuum does soon after a bulk load: statistics, and the visibility map index-only scans rely on.
    await db.query('VACUUM ANALYZE outcomes, respondents, outcome_answers');
    const { rows } = await db.query<{ n: string }>(`SELECT sum(length(replace(sources, '0', ''))) AS n FROM outcome_answers WHERE project_id = $1`, [project.id]);
    console.log(`Generated ${Number(rows[0]!.n).toLocaleString('en')} ratings (${OUTCOMES} outcomes × ${RESPONDENTS} respondents) plus the segmentation project in ${Math.round(performance.now() - started)} ms`);

    const scenarios = [
      { label: 'whole backlog', query: '', segmentLabel: null, scope: { projectId: project.id, segment: null } },
      { label: 'segment=SMB (a third)', query: '&segment=SMB', segmentLabel: 'SMB', scope: { projectId: project.id, segment: { kind: 'label' as const, label: 'SMB' } } },
    ];
    const table = [
      '| scenario | API p50 ms | API p99 ms | API req/s (4 conns) | SQL p50 ms | p50 ratio (per round) | prepared SQL p50 ms | p50 ratio | ratings-view SQL p50 ms |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const scenario of scenarios) {
      const url = `${api.url}/api/v1/projects/${project.id}/opportunities?limit=50${scenario.query}`;
      const { sql, params } = buildOutcomeCountsQuery(scenario.scope);
      const statementName = `bench-${scenario.label}`;
      // Warm every path (plans, buffers, the JIT of the JS) as a running service is warm before measuring.
      await timeSql(db, sql, params, 50);
      await timeSql(db, sql, params, 50, statementName);
      await timeApi(url, readToken.token, { amount: 100, connections: 1 });
      const viewCounts = viewRatingsCounts(scenario.segmentLabel);
      await timeSql(db, viewCounts.sql, [project.id, ...viewCounts.params], 3);
      const fromRatings = await timeSql(db, viewCounts.sql, [project.id, ...viewCounts.params], Math.min(RUNS, 30));
      // Rounds taking turns, so a slow spell of the machine hits both sides; the medians of the rounds are compared.
      const rounds: { direct: Latencies; prepared: Latencies; api: Latencies }[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const direct = await timeSql(db, sql, params, RUNS);
        const prepared = await timeSql(db, sql, params, RUNS, statementName);
        const sequential = await timeApi(url, readToken.token, { amount: RUNS, connections: 1 });
        rounds.push({ direct, prepared, api: sequential });
      }
      const concurrent = await timeApi(url, readToken.token, { duration: 5, connections: 4 });
      const apiP50 = median(rounds.map((round) => round.api.p50));
      const directP50 = median(rounds.map((round) => round.direct.p50));
      const preparedP50 = median(rounds.map((round) => round.prepared.p50));
      const perRound = rounds.map((round) => (round.api.p50 / round.direct.p50).toFixed(2)).join(', ');
      table.push(
        `| ${scenario.label} | ${ms(apiP50)} | ${ms(median(rounds.map((round) => round.api.p99)))} | ${concurrent.requestsPerSecond} | ${ms(directP50)} | ${(apiP50 / directP50).toFixed(2)}x (${perRound}) | ${ms(preparedP50)} | ${(apiP50 / preparedP50).toFixed(2)}x | ${ms(fromRatings.p50)} |`,
      );
    }
    console.log(
      `\n## GET /opportunities (limit=50) vs the same aggregate SQL via pg (as pg sends a query, and prepared as the API sends it), and vs counting rows of the ratings view; medians of ${ROUNDS} rounds of ${RUNS} sequential runs\n`,
    );
    console.log(table.join('\n'));

    const { sql, params } = buildOutcomeCountsQuery({ projectId: project.id, segment: null });
    const plan = await db.query(`EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, COSTS OFF) ${sql}`, params);
    console.log('\n## EXPLAIN ANALYZE (whole backlog)\n');
    console.log(plan.rows.map((row: Record<string, string>) => `    ${row['QUERY PLAN']}`).join('\n'));

    // While the segmentation computes, the API must keep answering: probe it every 10 ms and keep the slowest answer.
    let segmenting = true;
    const probes: number[] = [];
    const probe = (async () => {
      while (segmenting) {
        const sent = performance.now();
        await fetch(`${api.url}/api/v1/projects/${project.id}/opportunities?limit=1`, { headers: { authorization: `Bearer ${readToken.token}` } }).then((response) => response.arrayBuffer());
        probes.push(performance.now() - sent);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    started = performance.now();
    const segmentation = await post<{ k: number; chosenBy: string; silhouette: number; segments: { size: number }[] }>(
      `/api/v1/projects/${segmentationProject.id}/segmentation`,
      { name: 'Bench', seed: 1 },
      account.token,
    );
    const segmentationMs = performance.now() - started;
    segmenting = false;
    await probe;
    console.log(
      `\n## POST /segmentation: ${SEGMENTATION.respondents} respondents × ${SEGMENTATION.outcomes} outcomes, k by silhouette (2..6): ${Math.round(segmentationMs)} ms ` +
        `(k = ${segmentation.k}, silhouette ${segmentation.silhouette.toFixed(3)}, sizes ${segmentation.segments.map((segment) => segment.size).join('/')})`,
    );
    console.log(`   meanwhile ${probes.length} backlog requests (limit=1) answered, the slowest in ${Math.round(Math.max(...probes))} ms, median ${Math.round(latencies(probes).p50)} ms`);
  });
}

await main();
