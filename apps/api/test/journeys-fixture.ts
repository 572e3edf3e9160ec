import { expect } from 'vitest';
import { withDatabase } from './ratings-fixture.js';
import type { TestContext } from './test-app.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

const TRANSCRIPT = [
  'Priya: Matching invoices to purchase orders takes two days.',
  'Priya: I keep a spreadsheet of the open ones.',
  'Priya: The bank feed breaks every month and nobody answers the phone.',
  'Priya: I would pay for statements that just show up.',
  'Priya: Approvals wait in somebody\u2019s inbox for a week.',
  'Priya: The auditors ask the same questions every year.',
  'Priya: Month end is the worst three days of my life.',
].join('\n');

/** Direct SQL against the test database (for what another API owns, such as KPIs, or for checks). */
export const sqlOf = (ctx: TestContext) => (text: string, params: unknown[] = []) => withDatabase(ctx.databaseUrl, async (db) => (await db.query(text, params)).rows);

/** A researcher's workspace with one project, and helpers that call the API as them and fail loudly. */
export async function journeyWorkspace(ctx: TestContext, name = 'Rita Researcher') {
  const owner = await ctx.client.register(name);
  const call = (method: Method, url: string, body?: unknown, token = owner.token) => ctx.client.request(method, url, { token, body });
  const expectStatus = async (status: number, method: Method, url: string, body?: unknown) => {
    const response = await call(method, url, body);
    expect(response.status, `${method} ${url}: ${JSON.stringify(response.body)}`).toBe(status);
    return response.body;
  };
  const createProject = async (projectName: string) => (await expectStatus(201, 'POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { name: projectName })).id as string;
  const projectId = await createProject('Month-end close');

  const createJourney = (body: object, project = projectId) => expectStatus(201, 'POST', `/api/v1/projects/${project}/journeys`, body);
  const createStage = (journeyId: string, body: object) => expectStatus(201, 'POST', `/api/v1/journeys/${journeyId}/stages`, body);
  const createTouchpoint = (stageId: string, body: object) => expectStatus(201, 'POST', `/api/v1/stages/${stageId}/touchpoints`, { channel: 'web', ...body });
  const atlas = (journeyId: string) => expectStatus(200, 'GET', `/api/v1/journeys/${journeyId}`);
  const createPersona = async (personaName: string, project = projectId) => (await expectStatus(201, 'POST', `/api/v1/projects/${project}/personas`, { name: personaName })).id as string;
  const createOutcome = async (statement: string, project = projectId): Promise<{ id: string; key: string }> =>
    expectStatus(201, 'POST', `/api/v1/projects/${project}/outcomes`, { statement });
  const accept = (ids: string[], project = projectId) => expectStatus(200, 'POST', `/api/v1/projects/${project}/outcomes/bulk`, { action: 'accept', ids });
  const reject = (ids: string[], project = projectId) => expectStatus(200, 'POST', `/api/v1/projects/${project}/outcomes/bulk`, { action: 'reject', ids });

  /** An interview and one highlight per given line of the transcript, in order. */
  const createHighlights = async (lines: string[], project = projectId, title = 'Priya, AP clerk'): Promise<string[]> => {
    const interview = await expectStatus(201, 'POST', `/api/v1/projects/${project}/interviews`, { title, format: 'txt', content: TRANSCRIPT });
    const { transcript } = await expectStatus(200, 'GET', `/api/v1/interviews/${interview.id}`);
    const ids: string[] = [];
    for (const line of lines) {
      const start = (transcript as string).indexOf(line);
      expect(start, line).toBeGreaterThanOrEqual(0);
      ids.push((await expectStatus(201, 'POST', `/api/v1/interviews/${interview.id}/highlights`, { start, end: start + line.length })).id);
    }
    return ids;
  };

  return { owner, call, expectStatus, createProject, projectId, createJourney, createStage, createTouchpoint, atlas, createPersona, createOutcome, accept, reject, createHighlights };
}

export type JourneyWorkspace = Awaited<ReturnType<typeof journeyWorkspace>>;

/** A journey with stages Discover, Buy, Onboard and touchpoints A, B, C in Discover and D in Buy. */
export async function smallJourney(fx: JourneyWorkspace) {
  const journey = await fx.createJourney({ name: 'Finance team onboarding', stages: ['Discover', 'Buy', 'Onboard'] });
  const [discover, buy, onboard] = journey.stages as { id: string }[];
  const a = await fx.createTouchpoint(discover!.id, { name: 'A' });
  const b = await fx.createTouchpoint(discover!.id, { name: 'B' });
  const c = await fx.createTouchpoint(discover!.id, { name: 'C' });
  const d = await fx.createTouchpoint(buy!.id, { name: 'D' });
  return { journeyId: journey.id as string, discover: discover!.id, buy: buy!.id, onboard: onboard!.id, a: a.id as string, b: b.id as string, c: c.id as string, d: d.id as string };
}

/** Stage name -> touchpoint names in position order, read from the table (positions must be 0..n-1). */
export async function layoutOf(sql: ReturnType<typeof sqlOf>, journeyId: string): Promise<Record<string, string[]>> {
  const rows = await sql(
    `SELECT s.name AS stage, s.position AS stage_position, t.name, t.position
     FROM journey_stages s LEFT JOIN touchpoints t ON t.stage_id = s.id WHERE s.journey_id = $1 ORDER BY s.position, t.position`,
    [journeyId],
  );
  const layout: Record<string, string[]> = {};
  const stagePositions: number[] = [];
  for (const row of rows) {
    if (!(row.stage in layout)) {
      layout[row.stage] = [];
      stagePositions.push(row.stage_position);
    }
    if (row.name !== null) {
      expect(row.position, `${row.stage}/${row.name}`).toBe(layout[row.stage]!.length);
      layout[row.stage]!.push(row.name);
    }
  }
  expect(stagePositions).toEqual(stagePositions.map((_, index) => index));
  return layout;
}

/** Inserts a KPI straight into the table (the KPI API is someone else's) with measurements, oldest first. */
export async function insertKpi(
  sql: ReturnType<typeof sqlOf>,
  kpi: { projectId: string; name: string; target: number | null; higherIsBetter?: boolean; journeyId?: string; stageId?: string; touchpointId?: string },
  values: number[],
): Promise<string> {
  const [row] = await sql(
    `INSERT INTO kpis (project_id, name, type, level, unit, higher_is_better, target, journey_id, stage_id, touchpoint_id)
     VALUES ($1, $2, 'csat', 'touchpoint', '%', $3, $4, $5, $6, $7) RETURNING id`,
    [kpi.projectId, kpi.name, kpi.higherIsBetter ?? true, kpi.target, kpi.journeyId ?? null, kpi.stageId ?? null, kpi.touchpointId ?? null],
  );
  if (values.length > 0) {
    await sql(
      `INSERT INTO kpi_measurements (kpi_id, period_start, period_end, value, sample_size, source)
       SELECT $1, date '2026-01-01' + ((m.i - 1) * 30)::int, date '2026-01-01' + ((m.i - 1) * 30 + 29)::int, m.value, 100, 'entered'
       FROM unnest($2::float8[]) WITH ORDINALITY AS m(value, i)`,
      [row.id, values],
    );
  }
  return row.id;
}
