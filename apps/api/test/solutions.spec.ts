import { solutionEvaluationSchema, solutionSchema } from '@outcome-atlas/contracts';
import { describe, expect, it } from 'vitest';
import { createRespondents, upsertRatings, withDatabase } from './ratings-fixture.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const sql = (text: string, params: unknown[] = []) => withDatabase(ctx.databaseUrl, async (db) => (await db.query(text, params)).rows);

/** A workspace with one project; `project()` adds more to the same workspace. */
async function workspace(name = 'Olga Owner') {
  const owner = await ctx.client.register(name);
  const call = (method: Method, url: string, body?: unknown, token = owner.token) => ctx.client.request(method, url, { token, ...(body === undefined ? {} : { body }) });
  const project = async (projectName = 'Month-end close') => {
    const response = await call('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { name: projectName });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };
  const projectId = await project();
  const outcome = async (statement: string, inProject = projectId): Promise<{ id: string; key: string }> => {
    const response = await call('POST', `/api/v1/projects/${inProject}/outcomes`, { statement });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };
  /** A KPI straight in the table: the KPI API is written elsewhere. */
  const kpi = async (name: string, options: { higherIsBetter?: boolean; target?: number | null; inProject?: string } = {}): Promise<string> => {
    const [row] = await sql(
      `INSERT INTO kpis (project_id, name, type, level, unit, higher_is_better, target) VALUES ($1, $2, 'custom', 'journey', 'points', $3, $4) RETURNING id`,
      [options.inProject ?? projectId, name, options.higherIsBetter ?? true, options.target ?? null],
    );
    return row.id;
  };
  const solutions = `/api/v1/projects/${projectId}/solutions`;
  const create = async (body: Record<string, unknown>) => {
    const response = await call('POST', solutions, body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return solutionSchema.parse(response.body);
  };
  return { owner, call, project, projectId, outcome, kpi, solutions, create };
}

/** Periods straight in the table: [start, end, value, sampleSize]. */
async function measure(kpiId: string, periods: [string, string, number, number | null][]) {
  for (const [start, end, value, sampleSize] of periods) {
    await sql(`INSERT INTO kpi_measurements (kpi_id, period_start, period_end, value, sample_size, source) VALUES ($1, $2, $3, $4, $5, 'entered')`, [kpiId, start, end, value, sampleSize]);
  }
}

describe('solutions CRUD', () => {
  it('creates a solution with defaults, its targets best first with their scores, and its expected KPI by name (201)', async () => {
    const fx = await workspace();
    const low = await fx.outcome('Minimize the time it takes to match invoices with orders');
    const high = await fx.outcome('Minimize the likelihood of missing a late payment');
    const unrated = await fx.outcome('Minimize the number of reminders sent to approvers');
    const [r1, r2] = await createRespondents(ctx.client, fx.owner.token, fx.projectId, [
      { externalId: 'R1', segment: null },
      { externalId: 'R2', segment: null },
    ]);
    // low: importance 1/2 → 5, satisfaction 1/2 → 5, opportunity 5. high: 10, 0 → 20.
    await upsertRatings(ctx.client, fx.owner.token, fx.projectId, [low.id, high.id], [r1!, r2!], [
      [[5, 5], [1, 1]],
      [[5, 1], [4, 2]],
    ]);
    const kpiId = await fx.kpi('CSAT after bank connection');

    const bare = await fx.create({ title: '  Auto-match bank lines  ' });
    expect(bare).toMatchObject({
      projectId: fx.projectId,
      title: 'Auto-match bank lines',
      description: '',
      hypothesis: '',
      status: 'idea',
      shipDate: null,
      expectedKpi: null,
      expectedDirection: null,
      outcomes: [],
    });

    const full = await fx.create({
      title: 'Pre-match bank lines',
      description: 'Suggest the invoice for each bank line',
      hypothesis: 'If we pre-match bank lines, then CSAT rises by 10 points',
      status: 'shipped',
      shipDate: '2026-09-15',
      expectedKpiId: kpiId,
      expectedDirection: 'increase',
      outcomeIds: [unrated.id, low.id, high.id, low.id],
    });
    expect(full).toMatchObject({ status: 'shipped', shipDate: '2026-09-15', expectedKpi: { kpiId, name: 'CSAT after bank connection' }, expectedDirection: 'increase' });
    expect(full.outcomes).toEqual([
      { outcomeId: high.id, key: high.key, statement: 'Minimize the likelihood of missing a late payment', status: 'proposed', opportunity: 20, zone: 'extreme' },
      { outcomeId: low.id, key: low.key, statement: 'Minimize the time it takes to match invoices with orders', status: 'proposed', opportunity: 5, zone: 'served' },
      { outcomeId: unrated.id, key: unrated.key, statement: 'Minimize the number of reminders sent to approvers', status: 'proposed', opportunity: null, zone: null },
    ]);
    expect((await fx.call('GET', `/api/v1/solutions/${full.id}`)).body).toEqual(full);
  });

  it('updates only the fields sent, replaces the targeted set, keeps a dangling direction editable, and deletes (204, then 404)', async () => {
    const fx = await workspace();
    const [a, b, c] = [await fx.outcome('Minimize the time to approve'), await fx.outcome('Minimize the effort to file'), await fx.outcome('Minimize the risk of fraud')];
    const kpiId = await fx.kpi('Time to approve', { higherIsBetter: false });
    const created = await fx.create({ title: 'Approval inbox', hypothesis: 'If ..., then ...', expectedKpiId: kpiId, expectedDirection: 'decrease', outcomeIds: [a.id, b.id] });

    const patched = await fx.call('PATCH', `/api/v1/solutions/${created.id}`, { status: 'testing', outcomeIds: [c.id, b.id] });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({ title: 'Approval inbox', hypothesis: 'If ..., then ...', status: 'testing', expectedKpi: { kpiId }, expectedDirection: 'decrease' });
    expect(patched.body.outcomes.map((outcome: { outcomeId: string }) => outcome.outcomeId).sort()).toEqual([b.id, c.id].sort());
    expect(Date.parse(patched.body.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));

    const shipped = await fx.call('PATCH', `/api/v1/solutions/${created.id}`, { status: 'shipped', shipDate: '2026-10-01', outcomeIds: [] });
    expect(shipped.body).toMatchObject({ status: 'shipped', shipDate: '2026-10-01', outcomes: [] });

    // The KPI goes away (ON DELETE SET NULL): the direction stays behind, and an unrelated edit still works.
    await sql('DELETE FROM kpis WHERE id = $1', [kpiId]);
    const renamed = await fx.call('PATCH', `/api/v1/solutions/${created.id}`, { title: 'Approval inbox v2' });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body).toMatchObject({ title: 'Approval inbox v2', expectedKpi: null, expectedDirection: 'decrease' });
    const cleared = await fx.call('PATCH', `/api/v1/solutions/${created.id}`, { expectedDirection: null, description: '' });
    expect(cleared.body).toMatchObject({ expectedDirection: null, description: '' });

    expect((await fx.call('DELETE', `/api/v1/solutions/${created.id}`)).status).toBe(204);
    expect((await fx.call('GET', `/api/v1/solutions/${created.id}`)).status).toBe(404);
    expect((await fx.call('DELETE', `/api/v1/solutions/${created.id}`)).status).toBe(404);
    expect(await sql('SELECT * FROM solution_outcomes')).toEqual([]);
  });

  it('lists newest first in keyset pages that cover every solution once, and filters by status, outcome and KPI', async () => {
    const fx = await workspace();
    const outcome = await fx.outcome('Minimize the time to approve');
    const kpiId = await fx.kpi('Approval time');
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const solution = await fx.create({
        title: `Idea ${i}`,
        status: i % 2 ? 'testing' : 'idea',
        outcomeIds: i < 2 ? [outcome.id] : [],
        expectedKpiId: i === 4 ? kpiId : null,
      });
      ids.push(solution.id);
    }
    // Two solutions created in the same instant still page correctly: the id breaks the tie.
    await sql(`UPDATE solutions SET created_at = '2026-01-01T00:00:00Z' WHERE id = ANY($1::uuid[])`, [[ids[1], ids[2]]]);
    const expected = await sql(`SELECT id FROM solutions ORDER BY created_at DESC, id DESC`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await fx.call('GET', `${fx.solutions}?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...response.body.items.map((item: { id: string }) => solutionSchema.parse(item).id));
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected.map((row) => row.id));
    expect(seen.slice(0, 3)).toEqual([ids[4], ids[3], ids[0]]);

    const titles = async (query: string) => (await fx.call('GET', `${fx.solutions}?${query}`)).body.items.map((item: { title: string }) => item.title);
    expect(await titles('status=testing')).toEqual(['Idea 3', 'Idea 1']);
    expect(await titles(`outcomeId=${outcome.id}`)).toEqual(['Idea 0', 'Idea 1']);
    expect(await titles(`kpiId=${kpiId}`)).toEqual(['Idea 4']);
    expect(await titles(`status=idea&outcomeId=${outcome.id}`)).toEqual(['Idea 0']);
    expect(await titles(`outcomeId=00000000-0000-4000-8000-000000000000`)).toEqual([]);
  });
});

describe('solution rules', () => {
  it('answers 400 for invalid bodies, queries and cursors', async () => {
    const fx = await workspace();
    const { id } = await fx.create({ title: 'Idea' });
    for (const [method, url, body] of [
      ['POST', fx.solutions, {}],
      ['POST', fx.solutions, { title: '   ' }],
      ['POST', fx.solutions, { title: 'x', status: 'launched' }],
      ['POST', fx.solutions, { title: 'x', shipDate: '15/09/2026' }],
      ['POST', fx.solutions, { title: 'x', outcomeIds: ['nope'] }],
      ['POST', fx.solutions, { title: 'x', expectedDirection: 'sideways' }],
      ['POST', fx.solutions, { title: 'x', owner: 'me' }],
      ['PATCH', `/api/v1/solutions/${id}`, {}],
      ['PATCH', `/api/v1/solutions/${id}`, { title: null }],
      ['GET', `${fx.solutions}?status=launched`, undefined],
      ['GET', `${fx.solutions}?outcomeId=nope`, undefined],
      ['GET', `${fx.solutions}?limit=201`, undefined],
    ] as const) {
      const response = await fx.call(method, url, body);
      expect(response.status, `${method} ${url} ${JSON.stringify(body)}`).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    }
    const cursor = await fx.call('GET', `${fx.solutions}?cursor=bm9wZQ`);
    expect(cursor.status).toBe(400);
    expect(cursor.body.error.code).toBe('INVALID_CURSOR');
  });

  it('needs a ship date once shipped or evaluated (422, on create and on every path of an update), never a 500 from the CHECK', async () => {
    const fx = await workspace();
    for (const status of ['shipped', 'evaluated']) {
      const response = await fx.call('POST', fx.solutions, { title: 'x', status });
      expect(response.status).toBe(422);
      expect(response.body.error).toMatchObject({ code: 'SHIP_DATE_REQUIRED', details: { status } });
    }
    const idea = await fx.create({ title: 'Idea' });
    const promote = await fx.call('PATCH', `/api/v1/solutions/${idea.id}`, { status: 'shipped' });
    expect(promote.status).toBe(422);
    expect(promote.body.error.code).toBe('SHIP_DATE_REQUIRED');
    const shipped = await fx.create({ title: 'Shipped', status: 'shipped', shipDate: '2026-05-01' });
    const unship = await fx.call('PATCH', `/api/v1/solutions/${shipped.id}`, { shipDate: null });
    expect(unship.status).toBe(422);
    expect(unship.body.error.code).toBe('SHIP_DATE_REQUIRED');
    expect((await fx.call('PATCH', `/api/v1/solutions/${shipped.id}`, { status: 'evaluated' })).body).toMatchObject({ status: 'evaluated', shipDate: '2026-05-01' });
    expect((await fx.call('PATCH', `/api/v1/solutions/${shipped.id}`, { status: 'dropped', shipDate: null })).body).toMatchObject({ status: 'dropped', shipDate: null });
    expect((await fx.call('GET', `/api/v1/solutions/${idea.id}`)).body.status).toBe('idea');
    // Year 0000 passes the ISO date format but not PostgreSQL's date type.
    const yearZero = await fx.call('POST', fx.solutions, { title: 'x', status: 'shipped', shipDate: '0000-01-01' });
    expect([yearZero.status, yearZero.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await fx.call('POST', fx.solutions, { title: 'x', status: 'shipped', shipDate: '0001-01-01' })).body.shipDate).toBe('0001-01-01');
  });

  it('needs an expected KPI for an expected direction (422)', async () => {
    const fx = await workspace();
    const create = await fx.call('POST', fx.solutions, { title: 'x', expectedDirection: 'increase' });
    expect(create.status).toBe(422);
    expect(create.body.error.code).toBe('EXPECTED_DIRECTION_WITHOUT_KPI');
    const kpiId = await fx.kpi('NPS');
    const solution = await fx.create({ title: 'x', expectedKpiId: kpiId, expectedDirection: 'increase' });
    const drop = await fx.call('PATCH', `/api/v1/solutions/${solution.id}`, { expectedKpiId: null });
    expect(drop.status).toBe(422);
    expect(drop.body.error.code).toBe('EXPECTED_DIRECTION_WITHOUT_KPI');
    expect((await fx.call('PATCH', `/api/v1/solutions/${solution.id}`, { expectedKpiId: null, expectedDirection: null })).body).toMatchObject({ expectedKpi: null, expectedDirection: null });
  });

  it('targets outcomes of its own project only: another project 422 listing them, unknown or invisible 404, merged 422; nothing changes', async () => {
    const fx = await workspace();
    const mine = await fx.outcome('Minimize the time to approve');
    const otherProject = await fx.project('Other project');
    const elsewhere = await fx.outcome('Minimize the effort to file', otherProject);
    const stranger = await workspace('Sam Stranger');
    const foreign = await stranger.outcome('Minimize the risk of fraud');
    const unknown = '00000000-0000-4000-8000-000000000000';
    const solution = await fx.create({ title: 'Inbox', outcomeIds: [mine.id] });

    for (const [outcomeIds, status, code, listed] of [
      [[mine.id, elsewhere.id], 422, 'OUTCOME_NOT_IN_PROJECT', [elsewhere.id]],
      [[mine.id, foreign.id], 404, 'OUTCOME_NOT_FOUND', [foreign.id]],
      [[unknown, elsewhere.id], 404, 'OUTCOME_NOT_FOUND', [unknown]],
    ] as const) {
      const create = await fx.call('POST', fx.solutions, { title: 'x', outcomeIds });
      expect(create.status, code).toBe(status);
      expect(create.body.error).toMatchObject({ code, details: { outcomeIds: listed } });
      const update = await fx.call('PATCH', `/api/v1/solutions/${solution.id}`, { title: 'changed', outcomeIds });
      expect(update.status, code).toBe(status);
      expect(update.body.error.code).toBe(code);
    }
    const unchanged = await fx.call('GET', `/api/v1/solutions/${solution.id}`);
    expect(unchanged.body).toMatchObject({ title: 'Inbox', outcomes: [{ outcomeId: mine.id }] });
    expect((await fx.call('GET', fx.solutions)).body.items).toHaveLength(1);

    // The stranger shares their workspace with Olga: the outcome is visible now, so it is in another project (422), not unknown.
    await stranger.call('POST', `/api/v1/workspaces/${stranger.owner.workspace.id}/members`, { email: fx.owner.user.email, role: 'viewer' });
    const shared = await fx.call('POST', fx.solutions, { title: 'x', outcomeIds: [foreign.id] });
    expect(shared.status).toBe(422);
    expect(shared.body.error.code).toBe('OUTCOME_NOT_IN_PROJECT');

    await sql(`UPDATE outcomes SET status = 'merged' WHERE id = $1`, [mine.id]);
    const merged = await fx.call('PATCH', `/api/v1/solutions/${solution.id}`, { outcomeIds: [mine.id] });
    expect(merged.status).toBe(422);
    expect(merged.body.error).toMatchObject({ code: 'OUTCOME_MERGED', details: { outcomeIds: [mine.id] } });
  });

  it('expects a KPI of its own project only: another project 422, another workspace or unknown 404', async () => {
    const fx = await workspace();
    const otherProject = await fx.project('Other project');
    const elsewhere = await fx.kpi('Elsewhere', { inProject: otherProject });
    const stranger = await workspace('Sam Stranger');
    const foreign = await stranger.kpi('Foreign');
    const solution = await fx.create({ title: 'Inbox' });
    for (const [kpiId, status, code] of [
      [elsewhere, 422, 'KPI_NOT_IN_PROJECT'],
      [foreign, 404, 'KPI_NOT_FOUND'],
      ['00000000-0000-4000-8000-000000000000', 404, 'KPI_NOT_FOUND'],
    ] as const) {
      const create = await fx.call('POST', fx.solutions, { title: 'x', expectedKpiId: kpiId });
      expect([create.status, create.body.error.code]).toEqual([status, code]);
      const update = await fx.call('PATCH', `/api/v1/solutions/${solution.id}`, { expectedKpiId: kpiId });
      expect([update.status, update.body.error.code]).toEqual([status, code]);
    }
  });
});

describe('solution access', () => {
  it('lets a viewer and a read token read, and answers 403 to their writes', async () => {
    const fx = await workspace();
    const solution = await fx.create({ title: 'Inbox' });
    const viewer = await ctx.client.register('Vera Viewer');
    await fx.call('POST', `/api/v1/workspaces/${fx.owner.workspace.id}/members`, { email: viewer.user.email, role: 'viewer' });
    const readToken = (await fx.call('POST', `/api/v1/workspaces/${fx.owner.workspace.id}/api-tokens`, { name: 'BI', scope: 'read' })).body.token as string;
    for (const token of [viewer.token, readToken]) {
      expect((await fx.call('GET', fx.solutions, undefined, token)).status).toBe(200);
      expect((await fx.call('GET', `/api/v1/solutions/${solution.id}`, undefined, token)).status).toBe(200);
      expect((await fx.call('GET', `/api/v1/solutions/${solution.id}/evaluation`, undefined, token)).status).toBe(200);
      expect((await fx.call('POST', fx.solutions, { title: 'x' }, token)).status).toBe(403);
      expect((await fx.call('PATCH', `/api/v1/solutions/${solution.id}`, { title: 'x' }, token)).status).toBe(403);
      expect((await fx.call('DELETE', `/api/v1/solutions/${solution.id}`, undefined, token)).status).toBe(403);
    }
    expect((await fx.call('GET', `/api/v1/solutions/${solution.id}`)).body.title).toBe('Inbox');
  });

  it("answers 404 to another workspace's project and solution ids on every endpoint, and 401 without credentials", async () => {
    const fx = await workspace();
    const solution = await fx.create({ title: 'Inbox' });
    const stranger = await workspace('Sam Stranger');
    const as = (method: Method, url: string, body?: unknown) => stranger.call(method, url, body);
    for (const [method, url, body] of [
      ['GET', fx.solutions, undefined],
      ['POST', fx.solutions, { title: 'x' }],
      ['GET', `/api/v1/solutions/${solution.id}`, undefined],
      ['PATCH', `/api/v1/solutions/${solution.id}`, { title: 'x' }],
      ['DELETE', `/api/v1/solutions/${solution.id}`, undefined],
      ['GET', `/api/v1/solutions/${solution.id}/evaluation`, undefined],
      ['GET', `/api/v1/solutions/not-a-uuid`, undefined],
    ] as const) {
      const response = await as(method, url, body);
      expect(response.status, `${method} ${url}`).toBe(404);
      expect(response.body.error.code).toMatch(/^(PROJECT|SOLUTION)_NOT_FOUND$/);
      expect((await ctx.client.request(method, url, body === undefined ? {} : { body })).status).toBe(401);
    }
    expect((await fx.call('GET', `/api/v1/solutions/${solution.id}`)).body.title).toBe('Inbox');
  });
});

describe('GET /solutions/:id/evaluation', () => {
  it('compares the last 6 periods before the ship date with the first 6 after, weighting by sample size only where every period has one', async () => {
    const fx = await workspace();
    const kpiId = await fx.kpi('CSAT after bank connection', { target: 80 });
    await measure(kpiId, [
      ['2025-11-01', '2025-11-30', 10, 10], // 7th before: outside the window
      ['2025-12-01', '2025-12-31', 60, 100],
      ['2026-01-01', '2026-01-31', 62, 100],
      ['2026-02-01', '2026-02-28', 64, 200],
      ['2026-03-01', '2026-03-31', 66, 200],
      ['2026-04-01', '2026-04-30', 68, 200],
      ['2026-05-01', '2026-05-31', 70, 200],
      ['2026-05-15', '2026-06-14', 0, 1000], // straddles the ship date: on neither side
      ['2026-06-01', '2026-06-30', 72, null],
      ['2026-07-01', '2026-07-31', 74, 100],
      ['2026-08-01', '2026-08-31', 76, 100],
      ['2026-09-01', '2026-09-30', 78, 100],
      ['2026-10-01', '2026-10-31', 80, 100],
      ['2026-11-01', '2026-11-30', 82, 100],
      ['2026-12-01', '2026-12-31', 99, 100], // 7th after: outside the window
    ]);
    const solution = await fx.create({ title: 'Pre-match', status: 'shipped', shipDate: '2026-06-01', expectedKpiId: kpiId, expectedDirection: 'increase' });
    const response = await fx.call('GET', `/api/v1/solutions/${solution.id}/evaluation`);
    expect(response.status).toBe(200);
    const evaluation = solutionEvaluationSchema.parse(response.body);
    // Before: (60·100 + 62·100 + 64·200 + 66·200 + 68·200 + 70·200) / 1000 = 65800 / 1000 = 65.8.
    // After: June has no sample size, so a plain mean: (72 + 74 + 76 + 78 + 80 + 82) / 6 = 77. Change 77 − 65.8 = 11.2.
    expect(evaluation.before.measurements.map((m) => [m.periodStart, m.value])).toEqual([
      ['2025-12-01', 60],
      ['2026-01-01', 62],
      ['2026-02-01', 64],
      ['2026-03-01', 66],
      ['2026-04-01', 68],
      ['2026-05-01', 70],
    ]);
    expect(evaluation.after.measurements.map((m) => m.periodStart)).toEqual(['2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01', '2026-11-01']);
    expect(evaluation.after.measurements[0]).toMatchObject({ kpiId, periodEnd: '2026-06-30', value: 72, sampleSize: null, source: 'entered', inputs: null });
    expect(evaluation).toMatchObject({
      solutionId: solution.id,
      shipDate: '2026-06-01',
      expectedDirection: 'increase',
      before: { mean: 65.8, latest: 70 },
      after: { mean: 77, latest: 82 },
      verdict: 'improved',
      expectedMet: true,
      kpi: { kpiId, name: 'CSAT after bank connection', target: 80, latest: 99, status: 'meets', higherIsBetter: true },
    });
    expect(evaluation.change).toBeCloseTo(11.2, 12);

    const expectedDown = await fx.call('PATCH', `/api/v1/solutions/${solution.id}`, { expectedDirection: 'decrease' });
    expect(expectedDown.status).toBe(200);
    expect((await fx.call('GET', `/api/v1/solutions/${solution.id}/evaluation`)).body).toMatchObject({ verdict: 'improved', expectedMet: false });
  });

  it('judges in the KPI direction: a lower-is-better KPI that rose worsened', async () => {
    const fx = await workspace();
    const kpiId = await fx.kpi('Customer effort', { higherIsBetter: false });
    // Before 3; after (3.5 + 4.5) / 2 = 4: change +1, worse for effort.
    await measure(kpiId, [
      ['2026-01-01', '2026-01-31', 3, null],
      ['2026-02-01', '2026-02-28', 3.5, null],
      ['2026-03-01', '2026-03-31', 4.5, null],
    ]);
    const solution = await fx.create({ title: 'New form', status: 'evaluated', shipDate: '2026-02-01', expectedKpiId: kpiId, expectedDirection: 'decrease' });
    const evaluation = (await fx.call('GET', `/api/v1/solutions/${solution.id}/evaluation`)).body;
    expect(evaluation).toMatchObject({ change: 1, verdict: 'worsened', expectedMet: false, before: { mean: 3, latest: 3 }, after: { mean: 4, latest: 4.5 } });
  });

  it('says no-kpi, not-shipped and not-enough-data with empty sides', async () => {
    const fx = await workspace();
    const kpiId = await fx.kpi('NPS');
    await measure(kpiId, [['2026-01-01', '2026-01-31', 20, 50]]);
    const empty = { measurements: [], mean: null, latest: null };
    const evaluate = async (body: Record<string, unknown>) => {
      const solution = await fx.create({ title: 'x', ...body });
      return solutionEvaluationSchema.parse((await fx.call('GET', `/api/v1/solutions/${solution.id}/evaluation`)).body);
    };
    expect(await evaluate({ status: 'shipped', shipDate: '2026-02-01' })).toMatchObject({ kpi: null, verdict: 'no-kpi', before: empty, after: empty, change: null, expectedMet: null });
    expect(await evaluate({ status: 'testing', expectedKpiId: kpiId, expectedDirection: 'increase' })).toMatchObject({
      kpi: { kpiId, latest: 20 },
      verdict: 'not-shipped',
      before: empty,
      after: empty,
      change: null,
      expectedMet: null,
    });
    const noAfter = await evaluate({ status: 'shipped', shipDate: '2026-02-01', expectedKpiId: kpiId, expectedDirection: 'increase' });
    expect(noAfter).toMatchObject({ verdict: 'not-enough-data', before: { mean: 20, latest: 20 }, after: empty, change: null, expectedMet: null });
    expect(noAfter.before.measurements).toHaveLength(1);
  });
});
