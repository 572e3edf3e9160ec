import { opportunityBacklogSchema } from '@outcome-atlas/contracts';
import { DataSource } from 'typeorm';
import { describe, expect, it, vi } from 'vitest';
import { withDatabase } from './ratings-fixture.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const sql = async (text: string, params: unknown[] = []) => withDatabase(ctx.databaseUrl, async (db) => (await db.query(text, params)).rows);
const one = async (text: string, params: unknown[] = []): Promise<string> => (await sql(text, params))[0].id;

/**
 * A project with `count` accepted outcomes O-1..O-count straight in the tables, one respondent rating
 * outcome g with importance 5 and satisfaction 1 + (g mod 5), so the backlog has `count` ranked rows.
 * A journey (stage Connect with touchpoint Bank feed), two KPIs and a solution exist to link them to.
 */
async function linkableProject(count: number) {
  const owner = await ctx.client.register('Olga Owner');
  const call = (method: Method, url: string, body?: unknown, headers?: Record<string, string>) =>
    ctx.client.request(method, url, { token: owner.token, ...(body === undefined ? {} : { body }), ...(headers ? { headers } : {}) });
  const project = async (name: string) => (await call('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { name })).body.id as string;
  const projectId = await project('Month-end close');
  const otherProjectId = await project('Other project');
  const outcomeIds: string[] = (
    await sql(
      `INSERT INTO outcomes (project_id, key, statement, normalized_statement, status, source)
       SELECT $1, g, 'Minimize the time it takes to do task ' || g, 'minimize the time it takes to do task ' || g, 'accepted', 'manual' FROM generate_series(1, $2::int) g
       RETURNING id`,
      [projectId, count],
    )
  ).map((row) => row.id);
  const respondentId = await one(`INSERT INTO respondents (project_id, external_id) VALUES ($1, 'R1') RETURNING id`, [projectId]);
  await sql(
    `SELECT w.* FROM (SELECT array_agg(o.id) AS ids, array_agg(1 + (o.key % 5))::smallint[] AS satisfaction FROM outcomes o WHERE o.project_id = $1) x,
       write_answers(x.ids, array_fill($2::uuid, ARRAY[cardinality(x.ids)]), array_fill(5::smallint, ARRAY[cardinality(x.ids)]), x.satisfaction,
         array_fill(true, ARRAY[cardinality(x.ids)]), array_fill(true, ARRAY[cardinality(x.ids)]), 'survey') w`,
    [projectId, respondentId],
  );
  const journey = async (inProject: string, name: string) => {
    const journeyId = await one(`INSERT INTO journeys (project_id, name) VALUES ($1, $2) RETURNING id`, [inProject, name]);
    const stageId = await one(`INSERT INTO journey_stages (journey_id, name, position) VALUES ($1, 'Connect', 0) RETURNING id`, [journeyId]);
    const touchpointId = await one(`INSERT INTO touchpoints (journey_id, stage_id, name, channel, position) VALUES ($1, $2, 'Bank feed', 'web', 0) RETURNING id`, [journeyId, stageId]);
    return { journeyId, stageId, touchpointId };
  };
  const kpi = async (inProject: string, name: string, target: number | null) =>
    one(`INSERT INTO kpis (project_id, name, type, level, unit, higher_is_better, target) VALUES ($1, $2, 'csat', 'touchpoint', '%', true, $3) RETURNING id`, [inProject, name, target]);
  const measure = (kpiId: string, periodStart: string, value: number) =>
    sql(`INSERT INTO kpi_measurements (kpi_id, period_start, period_end, value, source) VALUES ($1, $2::date, $2::date + 27, $3, 'entered')`, [kpiId, periodStart, value]);
  const onboarding = await journey(projectId, 'Onboarding');
  const csat = await kpi(projectId, 'CSAT after bank connection', 80);
  await measure(csat, '2026-01-01', 60);
  await measure(csat, '2026-02-01', 71.5);
  const nps = await kpi(projectId, 'NPS', null);
  const solution = await call('POST', `/api/v1/projects/${projectId}/solutions`, { title: 'Auto-match, "smart" =lines', status: 'testing' });
  expect(solution.status).toBe(201);
  const base = `/api/v1/projects/${projectId}/opportunities`;
  return { owner, call, projectId, otherProjectId, outcomeIds, onboarding, journey, kpi, measure, csat, nps, solutionId: solution.body.id as string, base };
}

/** Every outcome linked to the journey's touchpoint, the stage as a whole, both KPIs and the solution. */
async function linkEverything(fx: Awaited<ReturnType<typeof linkableProject>>) {
  const { journeyId, stageId, touchpointId } = fx.onboarding;
  await sql(
    `INSERT INTO journey_outcome_links (outcome_id, journey_id, stage_id, touchpoint_id)
     SELECT id, $2, $3, t FROM unnest($1::uuid[]) id CROSS JOIN unnest(ARRAY[$4::uuid, NULL]) t`,
    [fx.outcomeIds, journeyId, stageId, touchpointId],
  );
  await sql(`INSERT INTO kpi_outcomes (kpi_id, outcome_id) SELECT k, o FROM unnest($1::uuid[]) o CROSS JOIN unnest($2::uuid[]) k`, [fx.outcomeIds, [fx.csat, fx.nps]]);
  await sql(`INSERT INTO solution_outcomes (solution_id, outcome_id) SELECT $2, o FROM unnest($1::uuid[]) o`, [fx.outcomeIds, fx.solutionId]);
}

/** Counts the statements the app sends while `run` runs (TypeORM's and prepared ones alike are logged through its logger). */
async function countStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const spy = vi.spyOn(ctx.app.get(DataSource).logger, 'logQuery');
  try {
    const result = await run();
    return { result, statements: spy.mock.calls.map(([text]) => String(text)) };
  } finally {
    spy.mockRestore();
  }
}

describe('the chain in the opportunity backlog', () => {
  it('gives every item its journeys, KPIs with latest and target, and solutions', async () => {
    const fx = await linkableProject(3);
    const [first, second] = fx.outcomeIds;
    const { journeyId, stageId, touchpointId } = fx.onboarding;
    await sql(`INSERT INTO journey_outcome_links (outcome_id, journey_id, stage_id, touchpoint_id) VALUES ($1, $2, $3, $4), ($1, $2, $3, NULL)`, [first, journeyId, stageId, touchpointId]);
    await sql(`INSERT INTO kpi_outcomes (kpi_id, outcome_id) VALUES ($1, $3), ($2, $3)`, [fx.csat, fx.nps, first]);
    const response = await fx.call('PATCH', `/api/v1/solutions/${fx.solutionId}`, { outcomeIds: [first, second] });
    expect(response.status).toBe(200);

    const backlog = opportunityBacklogSchema.parse((await fx.call('GET', fx.base)).body);
    const byId = new Map(backlog.items.map((item) => [item.outcomeId, item]));
    expect(byId.get(first!)).toMatchObject({
      journeys: [
        { journeyId, stageId, touchpointId: null },
        { journeyId, stageId, touchpointId },
      ],
      kpis: [
        { kpiId: fx.csat, name: 'CSAT after bank connection', type: 'csat', scale: null, latest: 71.5, target: 80 },
        { kpiId: fx.nps, name: 'NPS', type: 'csat', scale: null, latest: null, target: null },
      ],
      solutions: [{ solutionId: fx.solutionId, title: 'Auto-match, "smart" =lines', status: 'testing' }],
    });
    expect(byId.get(second!)).toMatchObject({ journeys: [], kpis: [], solutions: [{ solutionId: fx.solutionId }] });
    expect(backlog.items.find((item) => item.outcomeId === fx.outcomeIds[2])).toMatchObject({ journeys: [], kpis: [], solutions: [] });
  });

  it('sends the same number of statements for a page of 1 and of 200 items (the chain in one), and for the 200-row CSV', async () => {
    const fx = await linkableProject(200);
    await linkEverything(fx);
    const small = await countStatements(() => fx.call('GET', `${fx.base}?limit=1`));
    const large = await countStatements(() => fx.call('GET', `${fx.base}?limit=200`));
    const csv = await countStatements(() => fx.call('GET', `${fx.base}?format=csv`));
    expect(small.result.body.items).toHaveLength(1);
    expect(large.result.body.items).toHaveLength(200);
    expect(large.statements).toHaveLength(small.statements.length);
    expect(csv.statements).toHaveLength(small.statements.length);
    for (const relation of ['FROM journey_outcome_links', 'FROM kpi_outcomes', 'FROM solution_outcomes']) {
      expect(large.statements.filter((text) => text.includes(relation)), relation).toHaveLength(1);
      expect(csv.statements.filter((text) => text.includes(relation)), relation).toHaveLength(1);
    }
    const backlog = opportunityBacklogSchema.parse(large.result.body);
    for (const item of backlog.items) {
      expect(item.journeys).toHaveLength(2);
      expect(item.kpis.map((kpi) => kpi.name)).toEqual(['CSAT after bank connection', 'NPS']);
      expect(item.solutions).toEqual([{ solutionId: fx.solutionId, title: 'Auto-match, "smart" =lines', status: 'testing' }]);
    }
    const lines = (csv.result.body as string).split('\r\n');
    expect(lines).toHaveLength(1 + 200 + 1);
    expect(lines[0]!.endsWith(',updated_at,journeys,kpis,solutions')).toBe(true);
    expect(lines[1]!.endsWith(',Onboarding › Connect; Onboarding › Connect › Bank feed,CSAT after bank connection 71.5/80; NPS -/-,"Auto-match, ""smart"" =lines (testing)"')).toBe(true);
  });

  it('never shows links that point into another project', async () => {
    const fx = await linkableProject(1);
    const [outcomeId] = fx.outcomeIds;
    const elsewhere = await fx.journey(fx.otherProjectId, 'Elsewhere');
    const foreignKpi = await fx.kpi(fx.otherProjectId, 'Foreign KPI', 1);
    const foreignSolution = await fx.call('POST', `/api/v1/projects/${fx.otherProjectId}/solutions`, { title: 'Foreign solution' });
    // Rows the write paths refuse, inserted behind their back.
    await sql(`INSERT INTO journey_outcome_links (outcome_id, journey_id, stage_id, touchpoint_id) VALUES ($1, $2, $3, $4)`, [outcomeId, elsewhere.journeyId, elsewhere.stageId, elsewhere.touchpointId]);
    // A stage of this project's journey with a touchpoint of another journey.
    await sql(`INSERT INTO journey_outcome_links (outcome_id, journey_id, stage_id, touchpoint_id) VALUES ($1, $2, $3, $4)`, [outcomeId, fx.onboarding.journeyId, fx.onboarding.stageId, elsewhere.touchpointId]);
    await sql(`INSERT INTO kpi_outcomes (kpi_id, outcome_id) VALUES ($1, $2)`, [foreignKpi, outcomeId]);
    await sql(`INSERT INTO solution_outcomes (solution_id, outcome_id) VALUES ($1, $2)`, [foreignSolution.body.id, outcomeId]);
    const [item] = opportunityBacklogSchema.parse((await fx.call('GET', fx.base)).body).items;
    expect(item).toMatchObject({ outcomeId, journeys: [], kpis: [], solutions: [] });
    const csv = (await fx.call('GET', `${fx.base}?format=csv`)).body as string;
    expect(csv).not.toContain('Elsewhere');
    expect(csv).not.toContain('Foreign');
  });

  it('changes the ETag when the chain changes, though no score moved', async () => {
    const fx = await linkableProject(2);
    const [outcomeId] = fx.outcomeIds;
    const etagOf = async (url: string, previous?: string) => {
      const response = await fx.call('GET', url, undefined, previous ? { 'if-none-match': previous } : undefined);
      return { status: response.status, etag: String(response.headers.etag) };
    };
    for (const [url, kpiId] of [
      [fx.base, fx.csat],
      [`${fx.base}?format=csv`, fx.nps],
    ] as const) {
      const before = await etagOf(url);
      expect((await etagOf(url, before.etag)).status).toBe(304);
      await sql(`INSERT INTO kpi_outcomes (kpi_id, outcome_id) VALUES ($1, $2)`, [kpiId, outcomeId]);
      const linked = await etagOf(url, before.etag);
      expect(linked.status).toBe(200);
      expect(linked.etag).not.toBe(before.etag);
      // A new latest value of a linked KPI is a change of the chain too.
      await fx.measure(kpiId, '2026-03-01', 90);
      const measured = await etagOf(url, linked.etag);
      expect(measured.status).toBe(200);
      expect(measured.etag).not.toBe(linked.etag);
      expect((await etagOf(url, measured.etag)).status).toBe(304);
    }
    const renamed = await fx.call('PATCH', `/api/v1/solutions/${fx.solutionId}`, { outcomeIds: [outcomeId] });
    expect(renamed.status).toBe(200);
    const [item] = opportunityBacklogSchema.parse((await fx.call('GET', fx.base)).body).items.filter((entry) => entry.outcomeId === outcomeId);
    expect(item!.solutions).toEqual([{ solutionId: fx.solutionId, title: 'Auto-match, "smart" =lines', status: 'testing' }]);
  });
});
