import { controlCentreSchema, outcomeLinksSchema } from '@outcome-atlas/contracts';
import { describe, expect, it } from 'vitest';
import { createRespondents, upsertRatings, withDatabase } from './ratings-fixture.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const sql = async (text: string, params: unknown[] = []) => withDatabase(ctx.databaseUrl, async (db) => (await db.query(text, params)).rows);
const one = async (text: string, params: unknown[] = []): Promise<string> => (await sql(text, params))[0].id;

async function workspace(name = 'Olga Owner') {
  const owner = await ctx.client.register(name);
  const call = async (method: Method, url: string, body?: unknown, token = owner.token) => {
    const response = await ctx.client.request(method, url, { token, ...(body === undefined ? {} : { body }) });
    return response;
  };
  const ok = async (method: Method, url: string, body?: unknown) => {
    const response = await call(method, url, body);
    expect(response.status, `${method} ${url}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
    return response.body;
  };
  const project = async (projectName: string) => (await ok('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { name: projectName })).id as string;
  return { owner, call, ok, project };
}

/** A journey with stages and touchpoints straight in the tables: the journey API is written elsewhere. */
async function journey(projectId: string, name: string, stages: { name: string; touchpoints: string[] }[]) {
  const journeyId = await one(`INSERT INTO journeys (project_id, name) VALUES ($1, $2) RETURNING id`, [projectId, name]);
  const ids: { stageId: string; touchpointIds: string[] }[] = [];
  for (const [position, stage] of stages.entries()) {
    const stageId = await one(`INSERT INTO journey_stages (journey_id, name, position) VALUES ($1, $2, $3) RETURNING id`, [journeyId, stage.name, position]);
    const touchpointIds: string[] = [];
    for (const [index, touchpoint] of stage.touchpoints.entries()) {
      touchpointIds.push(await one(`INSERT INTO touchpoints (journey_id, stage_id, name, channel, position) VALUES ($1, $2, $3, 'web', $4) RETURNING id`, [journeyId, stageId, touchpoint, index]));
    }
    ids.push({ stageId, touchpointIds });
  }
  return { journeyId, stages: ids };
}

type KpiSpec = { name: string; higherIsBetter?: boolean; target?: number | null; touchpointId?: string | null; values?: number[] };

/** A KPI with monthly values in 2026 (the last one is the latest), straight in the tables. */
async function kpi(projectId: string, spec: KpiSpec): Promise<string> {
  const kpiId = await one(
    `INSERT INTO kpis (project_id, name, type, level, unit, higher_is_better, target, touchpoint_id) VALUES ($1, $2, 'custom', 'touchpoint', 'points', $3, $4, $5) RETURNING id`,
    [projectId, spec.name, spec.higherIsBetter ?? true, spec.target ?? null, spec.touchpointId ?? null],
  );
  for (const [month, value] of (spec.values ?? []).entries()) {
    const start = `2026-${String(month + 1).padStart(2, '0')}-01`;
    await sql(`INSERT INTO kpi_measurements (kpi_id, period_start, period_end, value, source) VALUES ($1, $2::date, ($2::date + interval '1 month' - interval '1 day')::date, $3, 'entered')`, [kpiId, start, value]);
  }
  return kpiId;
}

/**
 * The hand-built project:
 * - personas AP clerk (interviews I1, I2), Controller (I3), Auditor (nobody); I4 has no persona.
 * - highlights h1 I1[0,10), h2 I1[20,30), h3 I2[0,10), h4 I4[0,10).
 * - outcomes (2 respondents, importance / satisfaction answers):
 *   O1 Define, accepted, evidence I1[5,25) (overlaps h1, h2); 5 5 / 1 1 → 10, 0, 20 extreme
 *   O2 Define, accepted, evidence I2[0,5) (overlaps h3);       5 4 / 5 1 → 10, 5, 15 high
 *   O3 Locate, accepted, no evidence;                          5 1 / 1 1 → 5, 0, 10 solid
 *   O4 Prepare, proposed, evidence I4[0,10) (h4);              5 5 / 1 1 → 20, not in the ranking (not accepted)
 *   O5 no step, accepted, evidence I1[25,28) (overlaps h2);    1 1 / 5 5 → 0, 10, 0 overserved
 *   O6 rejected.
 * - solutions S1 testing → O1, O4, KPI CSAT; S2 dropped → O2; S3 idea → O2; S4 shipped, no target, no KPI.
 *   Another project's solution is linked to O3 by a stray row: it must not count.
 * - journey Onboarding: stage Connect (touchpoint Bank feed), stage Use (touchpoint First report).
 * - KPIs: CSAT at bank connection (Bank feed) 70 vs ≥ 80 misses; Time to value (First report) 7 vs ≤ 5 misses;
 *   NPS 30 vs ≥ 20 meets; Adoption no data; CES (Bank feed) 3, no target.
 */
async function handBuiltProject() {
  const fx = await workspace();
  const projectId = await fx.project('Month-end close');
  const base = `/api/v1/projects/${projectId}`;
  const steps = (await fx.ok('GET', `${base}/job-steps`)).items as { id: string; name: string }[];
  const persona = async (name: string) => (await fx.ok('POST', `${base}/personas`, { name })).id as string;
  const [clerk, controller, auditor] = [await persona('AP clerk'), await persona('Controller'), await persona('Auditor')];
  const interview = async (title: string, personaId: string | null) =>
    (await fx.ok('POST', `${base}/interviews`, { title, format: 'txt', content: `${title} said aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd`, participant: { pseudonym: title, personaId } })).id as string;
  const [i1, i2, i3, i4] = [await interview('P1', clerk), await interview('P2', clerk), await interview('P3', controller), await interview('P4', null)];
  void i3;
  const highlight = async (interviewId: string, start: number, end: number) => (await fx.ok('POST', `/api/v1/interviews/${interviewId}/highlights`, { start, end })).id as string;
  await highlight(i1, 0, 10);
  await highlight(i1, 20, 30);
  await highlight(i2, 0, 10);
  await highlight(i4, 0, 10);
  const outcome = async (statement: string, jobStepId: string | null, evidence: { interviewId: string; start: number; end: number }[] = []) =>
    (await fx.ok('POST', `${base}/outcomes`, { statement, jobStepId, evidence })) as { id: string; key: string; statement: string };
  const [define, locate, prepare] = [steps[0]!, steps[1]!, steps[2]!];
  const o1 = await outcome('Minimize the time it takes to match invoices', define.id, [{ interviewId: i1, start: 5, end: 25 }]);
  const o2 = await outcome('Minimize the likelihood of missing a payment', define.id, [{ interviewId: i2, start: 0, end: 5 }]);
  const o3 = await outcome('Minimize the effort to find a cost centre', locate.id);
  const o4 = await outcome('Minimize the number of approval reminders', prepare.id, [{ interviewId: i4, start: 0, end: 10 }]);
  const o5 = await outcome('Minimize the time to print the report', null, [{ interviewId: i1, start: 25, end: 28 }]);
  const o6 = await outcome('Minimize the use of the fax', null);
  await fx.ok('POST', `${base}/outcomes/bulk`, { action: 'accept', ids: [o1.id, o2.id, o3.id, o5.id] });
  await fx.ok('POST', `${base}/outcomes/bulk`, { action: 'reject', ids: [o6.id] });
  const respondents = await createRespondents(ctx.client, fx.owner.token, projectId, [
    { externalId: 'R1', segment: null },
    { externalId: 'R2', segment: null },
  ]);
  await upsertRatings(ctx.client, fx.owner.token, projectId, [o1.id, o2.id, o3.id, o4.id, o5.id], respondents, [
    [[5, 1], [5, 1]],
    [[5, 5], [4, 1]],
    [[5, 1], [1, 1]],
    [[5, 1], [5, 1]],
    [[1, 5], [1, 5]],
  ]);

  const { journeyId, stages } = await journey(projectId, 'Onboarding', [
    { name: 'Connect', touchpoints: ['Bank feed'] },
    { name: 'Use', touchpoints: ['First report'] },
  ]);
  const [bankFeed, firstReport] = [stages[0]!.touchpointIds[0]!, stages[1]!.touchpointIds[0]!];
  const csat = await kpi(projectId, { name: 'CSAT at bank connection', target: 80, touchpointId: bankFeed, values: [60, 70] });
  const ttv = await kpi(projectId, { name: 'Time to value', higherIsBetter: false, target: 5, touchpointId: firstReport, values: [9, 7] });
  const nps = await kpi(projectId, { name: 'NPS', target: 20, values: [30] });
  const adoption = await kpi(projectId, { name: 'Adoption', target: 50 });
  const ces = await kpi(projectId, { name: 'CES', higherIsBetter: false, touchpointId: bankFeed, values: [3] });

  const solution = async (body: Record<string, unknown>) => (await fx.ok('POST', `${base}/solutions`, body)).id as string;
  const s1 = await solution({ title: 'Pre-match bank lines', status: 'testing', outcomeIds: [o1.id, o4.id], expectedKpiId: csat, expectedDirection: 'increase' });
  const s2 = await solution({ title: 'Reminder emails', status: 'dropped', outcomeIds: [o2.id] });
  const s3 = await solution({ title: 'Approval inbox', status: 'idea', outcomeIds: [o2.id] });
  const s4 = await solution({ title: 'Wiki page', status: 'shipped', shipDate: '2026-03-01' });

  const otherProject = await fx.project('Other project');
  await fx.ok('POST', `/api/v1/projects/${otherProject}/solutions`, { title: 'Elsewhere', status: 'testing' });
  const stray = await one(`SELECT id FROM solutions WHERE project_id = $1`, [otherProject]);
  await sql(`INSERT INTO solution_outcomes (solution_id, outcome_id) VALUES ($1, $2)`, [stray, o3.id]);
  await kpi(otherProject, { name: 'Elsewhere', target: 100, values: [1] });

  return { ...fx, projectId, base, steps, personas: { clerk, controller, auditor }, o1, o2, o3, o4, o5, o6, journeyId, stages, bankFeed, firstReport, kpis: { csat, ttv, nps, adoption, ces }, s1, s2, s3, s4, stray };
}

const glance = (outcome: { id: string; key: string; statement: string }, status: string, opportunity: number | null, zone: string | null) => ({
  outcomeId: outcome.id,
  key: outcome.key,
  statement: outcome.statement,
  status,
  opportunity,
  zone,
});

describe('GET /projects/:id/control-centre', () => {
  it('answers the hand-built project figure by figure', async () => {
    const fx = await handBuiltProject();
    const response = await fx.call('GET', `${fx.base}/control-centre`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const centre = controlCentreSchema.parse(response.body);
    const [define, locate, prepare, ...rest] = fx.steps;

    expect(centre.problem.byPersona).toEqual([
      { personaId: fx.personas.clerk, persona: 'AP clerk', interviews: 2, highlights: 3 },
      { personaId: fx.personas.auditor, persona: 'Auditor', interviews: 0, highlights: 0 },
      { personaId: fx.personas.controller, persona: 'Controller', interviews: 1, highlights: 0 },
      { personaId: null, persona: null, interviews: 1, highlights: 1 },
    ]);
    expect(centre.problem.byJobStep).toEqual([
      { jobStepId: define!.id, jobStep: define!.name, outcomes: 2, highlights: 3 },
      { jobStepId: locate!.id, jobStep: locate!.name, outcomes: 1, highlights: 0 },
      { jobStepId: prepare!.id, jobStep: prepare!.name, outcomes: 0, highlights: 0 },
      ...rest.map((step) => ({ jobStepId: step.id, jobStep: step.name, outcomes: 0, highlights: 0 })),
      { jobStepId: null, jobStep: null, outcomes: 1, highlights: 1 },
    ]);
    expect(centre.problem.outcomesByStatus).toEqual({ proposed: 1, accepted: 4, rejected: 1, merged: 0 });
    expect(centre.problem.topOpportunities).toEqual([
      { ...glance(fx.o1, 'accepted', 20, 'extreme'), solutionCount: 1 },
      { ...glance(fx.o2, 'accepted', 15, 'high'), solutionCount: 1 },
      { ...glance(fx.o3, 'accepted', 10, 'solid'), solutionCount: 0 },
      { ...glance(fx.o5, 'accepted', 0, 'overserved'), solutionCount: 0 },
    ]);

    expect(centre.solution.byStatus).toEqual({ idea: 1, testing: 1, shipped: 1, evaluated: 0, dropped: 1 });
    expect(centre.solution.targeted).toEqual([
      { solutionId: fx.s1, title: 'Pre-match bank lines', status: 'testing', outcomes: [glance(fx.o1, 'accepted', 20, 'extreme'), glance(fx.o4, 'proposed', 20, 'extreme')] },
      { solutionId: fx.s3, title: 'Approval inbox', status: 'idea', outcomes: [glance(fx.o2, 'accepted', 15, 'high')] },
      { solutionId: fx.s4, title: 'Wiki page', status: 'shipped', outcomes: [] },
    ]);

    expect(centre.evaluation.kpis.map((card) => [card.name, card.status, card.latest])).toEqual([
      ['CSAT at bank connection', 'misses', 70],
      ['Time to value', 'misses', 7],
      ['Adoption', 'no-data', null],
      ['CES', 'no-target', 3],
      ['NPS', 'meets', 30],
    ]);
    expect(centre.evaluation.kpis[0]).toMatchObject({ kpiId: fx.kpis.csat, target: 80, higherIsBetter: true, trend: [{ periodEnd: '2026-01-31', value: 60 }, { periodEnd: '2026-02-28', value: 70 }] });
    expect(centre.evaluation).toMatchObject({ meets: 1, misses: 2, noData: 1 });

    expect(centre.gaps).toEqual({
      opportunitiesWithoutSolution: [glance(fx.o3, 'accepted', 10, 'solid')],
      solutionsWithoutKpi: [
        { solutionId: fx.s4, title: 'Wiki page', status: 'shipped' },
        { solutionId: fx.s3, title: 'Approval inbox', status: 'idea' },
      ],
      touchpointsMissingTarget: [
        { touchpointId: fx.bankFeed, touchpoint: 'Bank feed', journeyId: fx.journeyId, journey: 'Onboarding', stage: 'Connect', kpiId: fx.kpis.csat, kpi: 'CSAT at bank connection', latest: 70, target: 80 },
        { touchpointId: fx.firstReport, touchpoint: 'First report', journeyId: fx.journeyId, journey: 'Onboarding', stage: 'Use', kpiId: fx.kpis.ttv, kpi: 'Time to value', latest: 7, target: 5 },
      ],
      jobStepsWithoutEvidence: [locate!, prepare!, ...rest].map((step) => ({ jobStepId: step.id, name: step.name })),
    });
  });

  it('moves the figures when the chain changes: a solution for the gap, the KPI back on target', async () => {
    const fx = await handBuiltProject();
    await fx.ok('POST', `${fx.base}/solutions`, { title: 'Cost centre search', outcomeIds: [fx.o3.id], expectedKpiId: fx.kpis.nps });
    await fx.ok('PATCH', `/api/v1/solutions/${fx.s1}`, { status: 'dropped' });
    await sql(`INSERT INTO kpi_measurements (kpi_id, period_start, period_end, value, source) VALUES ($1, '2026-03-01', '2026-03-31', 85, 'entered')`, [fx.kpis.csat]);
    const centre = controlCentreSchema.parse((await fx.call('GET', `${fx.base}/control-centre`)).body);
    expect(centre.problem.topOpportunities.map((item) => [item.key, item.solutionCount])).toEqual([
      [fx.o1.key, 0],
      [fx.o2.key, 1],
      [fx.o3.key, 1],
      [fx.o5.key, 0],
    ]);
    expect(centre.gaps.opportunitiesWithoutSolution.map((item) => item.outcomeId)).toEqual([fx.o1.id]);
    expect(centre.gaps.touchpointsMissingTarget.map((item) => item.kpiId)).toEqual([fx.kpis.ttv]);
    expect(centre.evaluation).toMatchObject({ meets: 2, misses: 1, noData: 1 });
    expect(centre.solution.byStatus).toEqual({ idea: 2, testing: 0, shipped: 1, evaluated: 0, dropped: 2 });
    expect(centre.solution.targeted.map((item) => item.title)).toEqual(['Approval inbox', 'Cost centre search', 'Wiki page']);
  });

  it('answers an empty project with zeros and every job step as a gap', async () => {
    const fx = await workspace();
    const projectId = await fx.project('Empty');
    const centre = controlCentreSchema.parse(await fx.ok('GET', `/api/v1/projects/${projectId}/control-centre`));
    expect(centre.problem).toMatchObject({ byPersona: [], outcomesByStatus: { proposed: 0, accepted: 0, rejected: 0, merged: 0 }, topOpportunities: [] });
    expect(centre.problem.byJobStep).toHaveLength(8);
    expect(centre.solution).toEqual({ byStatus: { idea: 0, testing: 0, shipped: 0, evaluated: 0, dropped: 0 }, targeted: [] });
    expect(centre.evaluation).toEqual({ kpis: [], meets: 0, misses: 0, noData: 0 });
    expect(centre.gaps).toMatchObject({ opportunitiesWithoutSolution: [], solutionsWithoutKpi: [], touchpointsMissingTarget: [] });
    expect(centre.gaps.jobStepsWithoutEvidence).toHaveLength(8);
  });

  it('lets a viewer read it, answers 404 to another workspace and 401 without credentials', async () => {
    const fx = await workspace();
    const projectId = await fx.project('Mine');
    const viewer = await ctx.client.register('Vera Viewer');
    await fx.ok('POST', `/api/v1/workspaces/${fx.owner.workspace.id}/members`, { email: viewer.user.email, role: 'viewer' });
    expect((await fx.call('GET', `/api/v1/projects/${projectId}/control-centre`, undefined, viewer.token)).status).toBe(200);
    const stranger = await workspace('Sam Stranger');
    const foreign = await stranger.call('GET', `/api/v1/projects/${projectId}/control-centre`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('PROJECT_NOT_FOUND');
    expect((await ctx.client.request('GET', `/api/v1/projects/${projectId}/control-centre`)).status).toBe(401);
  });
});

describe('GET /outcomes/:id/links', () => {
  it('answers where the outcome shows, the KPIs that measure it and the solutions aimed at it, and nothing from other projects', async () => {
    const fx = await handBuiltProject();
    const [connect, use] = fx.stages;
    await sql(`INSERT INTO journey_outcome_links (outcome_id, journey_id, stage_id, touchpoint_id) VALUES ($1, $2, $3, $4), ($1, $2, $5, NULL)`, [
      fx.o1.id,
      fx.journeyId,
      connect!.stageId,
      fx.bankFeed,
      use!.stageId,
    ]);
    await sql(`INSERT INTO kpi_outcomes (kpi_id, outcome_id) VALUES ($1, $3), ($2, $3)`, [fx.kpis.csat, fx.kpis.nps, fx.o1.id]);
    // Stray links into another project: never shown.
    const otherProject = await one(`SELECT id FROM projects WHERE name = 'Other project'`);
    const elsewhere = await journey(otherProject, 'Elsewhere', [{ name: 'Somewhere', touchpoints: ['Far away'] }]);
    await sql(`INSERT INTO journey_outcome_links (outcome_id, journey_id, stage_id, touchpoint_id) VALUES ($1, $2, $3, $4)`, [fx.o1.id, elsewhere.journeyId, elsewhere.stages[0]!.stageId, elsewhere.stages[0]!.touchpointIds[0]]);
    await sql(`INSERT INTO kpi_outcomes (kpi_id, outcome_id) SELECT id, $1 FROM kpis WHERE project_id = $2`, [fx.o1.id, otherProject]);
    await sql(`INSERT INTO solution_outcomes (solution_id, outcome_id) VALUES ($1, $2)`, [fx.stray, fx.o1.id]);

    const response = await fx.call('GET', `/api/v1/outcomes/${fx.o1.id}/links`);
    expect(response.status).toBe(200);
    const links = outcomeLinksSchema.parse(response.body);
    expect(links.journeys).toEqual([
      { journeyId: fx.journeyId, journeyName: 'Onboarding', stageId: connect!.stageId, stageName: 'Connect', touchpointId: fx.bankFeed, touchpointName: 'Bank feed' },
      { journeyId: fx.journeyId, journeyName: 'Onboarding', stageId: use!.stageId, stageName: 'Use', touchpointId: null, touchpointName: null },
    ]);
    expect(links.kpis.map((card) => [card.kpiId, card.name, card.status])).toEqual([
      [fx.kpis.csat, 'CSAT at bank connection', 'misses'],
      [fx.kpis.nps, 'NPS', 'meets'],
    ]);
    expect(links.solutions).toEqual([{ solutionId: fx.s1, title: 'Pre-match bank lines', status: 'testing', shipDate: null }]);

    const bare = outcomeLinksSchema.parse((await fx.call('GET', `/api/v1/outcomes/${fx.o5.id}/links`)).body);
    expect(bare).toEqual({ journeys: [], kpis: [], solutions: [] });
    const stranger = await workspace('Sam Stranger');
    const foreign = await stranger.call('GET', `/api/v1/outcomes/${fx.o1.id}/links`);
    expect([foreign.status, foreign.body.error.code]).toEqual([404, 'OUTCOME_NOT_FOUND']);
    expect((await fx.call('GET', `/api/v1/outcomes/not-a-uuid/links`)).status).toBe(404);
    expect((await ctx.client.request('GET', `/api/v1/outcomes/${fx.o1.id}/links`)).status).toBe(401);
  });
});
