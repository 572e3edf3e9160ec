import pg from 'pg';
import { expect } from 'vitest';
import type { TestContext } from './test-app.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** Direct SQL: journeys and solutions are set up here (their APIs are not under test), and for checks. */
export async function sql(ctx: TestContext, text: string, params: unknown[] = []): Promise<any[]> {
  const db = new pg.Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  try {
    return (await db.query(text, params)).rows;
  } finally {
    await db.end();
  }
}

/** A journey with one stage holding one touchpoint, inserted into `projectId`. */
export async function insertJourney(ctx: TestContext, projectId: string, name: string) {
  const [journey] = await sql(ctx, `INSERT INTO journeys (project_id, name) VALUES ($1, $2) RETURNING id`, [projectId, name]);
  const [stage] = await sql(ctx, `INSERT INTO journey_stages (journey_id, name, position) VALUES ($1, $2, 0) RETURNING id`, [journey.id, `${name}: onboard`]);
  const [touchpoint] = await sql(ctx, `INSERT INTO touchpoints (journey_id, stage_id, name, channel, position) VALUES ($1, $2, $3, 'web', 0) RETURNING id`, [
    journey.id,
    stage.id,
    `${name}: connect the bank`,
  ]);
  return { journeyId: journey.id as string, stageId: stage.id as string, touchpointId: touchpoint.id as string };
}

/**
 * A researcher's project with two outcomes and a journey, a second project of the same workspace with
 * an outcome and a journey of its own, and helpers to call the API as the researcher (or another token).
 */
export async function kpiProject(ctx: TestContext) {
  const owner = await ctx.client.register('Rita Researcher');
  const call = (method: Method, url: string, body?: unknown, token = owner.token) => ctx.client.request(method, url, { token, body });
  const newProject = async (name: string) => {
    const response = await call('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { name });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body.id as string;
  };
  const newOutcome = async (projectId: string, statement: string) => {
    const response = await call('POST', `/api/v1/projects/${projectId}/outcomes`, { statement });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body.id as string;
  };
  const projectId = await newProject('Onboarding');
  const outcomes = [
    await newOutcome(projectId, 'Minimize the time it takes to connect a bank account'),
    await newOutcome(projectId, 'Minimize the likelihood of missing a late payment'),
  ];
  const journey = await insertJourney(ctx, projectId, 'First month');
  const otherProjectId = await newProject('Renewal');
  const otherOutcome = await newOutcome(otherProjectId, 'Minimize the effort it takes to renew a contract');
  const otherJourney = await insertJourney(ctx, otherProjectId, 'Renewal');

  const createKpi = async (body: object) => {
    const response = await call('POST', `/api/v1/projects/${projectId}/kpis`, body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };
  const addViewer = async () => {
    const viewer = await ctx.client.register('Vera Viewer');
    const added = await call('POST', `/api/v1/workspaces/${owner.workspace.id}/members`, { email: viewer.user.email, role: 'viewer' });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    return viewer;
  };
  return { owner, call, projectId, outcomes, journey, otherProjectId, otherOutcome, otherJourney, createKpi, addViewer };
}

/** Expects an error answer with `status` and `code`; answers the error body. */
export function expectError(response: { status: number; body: any }, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.error.code).toBe(code);
  return response.body.error as { code: string; message: string; details?: any };
}
