import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { DEMO_EMAIL, DEMO_PASSWORD, DemoSeedService } from '../src/modules/seed/demo-seed.service.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

describe('demo seed', () => {
  it('creates a demo workspace once: a project with a job statement, three interviews in three formats, highlights and tags', async () => {
    const seeder = ctx.app.get(DemoSeedService);
    expect((await seeder.seed()).created).toBe(true);
    expect((await seeder.seed()).created).toBe(false);
    const login = await ctx.client.request('POST', '/api/v1/auth/login', { body: { email: DEMO_EMAIL, password: DEMO_PASSWORD } });
    const token = login.body.token;
    const workspaces = await ctx.client.request('GET', '/api/v1/workspaces', { token });
    expect(workspaces.body.items).toHaveLength(1);
    const projects = await ctx.client.request('GET', `/api/v1/workspaces/${workspaces.body.items[0].id}/projects`, { token });
    expect(projects.body.items).toHaveLength(1);
    expect(projects.body.items[0].jobStatement).not.toBe('');
    const interviews = await ctx.client.request('GET', `/api/v1/projects/${projects.body.items[0].id}/interviews`, { token });
    expect(interviews.body.items.map((interview: { format: string }) => interview.format).sort()).toEqual(['md', 'txt', 'vtt']);
    expect(interviews.body.items.every((interview: { highlightCount: number }) => interview.highlightCount > 0)).toBe(true);
    const outcomes = await ctx.client.request('GET', `/api/v1/projects/${projects.body.items[0].id}/outcomes?status=accepted&limit=200`, { token });
    expect(outcomes.body.items).toHaveLength(12);
    expect(outcomes.body.items.filter((outcome: { evidence: unknown[] }) => outcome.evidence.length > 0)).toHaveLength(9);
    const [{ respondents, ratings }] = await ctx.app.get(DataSource).query(
      'SELECT (SELECT count(*)::int FROM respondents) AS respondents, (SELECT count(*)::int FROM ratings) AS ratings',
    );
    expect(respondents).toBe(120);
    expect(ratings).toBeGreaterThan(120 * 12 * 0.95);
  });

  it('links a complete chain: quote → outcome → touchpoint → solution → KPI, with a shipped solution evaluated against its KPI', async () => {
    await ctx.app.get(DemoSeedService).seed();
    const login = await ctx.client.request('POST', '/api/v1/auth/login', { body: { email: DEMO_EMAIL, password: DEMO_PASSWORD } });
    const token = login.body.token;
    const [{ id: projectId }] = await ctx.app.get(DataSource).query('SELECT id FROM projects');
    const journeys = await ctx.client.request('GET', `/api/v1/projects/${projectId}/journeys`, { token });
    expect(journeys.body.items).toMatchObject([{ name: 'Invoice to payment', persona: { name: 'Accounts payable clerk' }, stageCount: 4, touchpointCount: 5 }]);

    const atlas = await ctx.client.request('GET', `/api/v1/journeys/${journeys.body.items[0].id}`, { token });
    expect(atlas.status).toBe(200);
    const match = atlas.body.stages.flatMap((stage: { touchpoints: unknown[] }) => stage.touchpoints).find((touchpoint: { name: string }) => touchpoint.name === 'Three-way match screen');
    expect(match.quotes.map((quote: { quote: string }) => quote.quote)).toEqual(['It takes me most of two days because the PO numbers are often missing.']);
    expect(match.opportunities[0]).toMatchObject({ key: 'O-1', zone: expect.stringMatching(/extreme|high/) });
    expect(match.kpis).toMatchObject([{ name: 'CSAT at the three-way match', target: 80, status: 'misses' }]);
    expect(match.kpis[0].latest).toBeCloseTo((100 * 85) / 120, 10);
    expect(match.kpis[0].trend).toHaveLength(6);
    expect(match.pain).toMatchObject({ marked: true, reasons: expect.arrayContaining(['opportunity', 'kpi']) });
    expect(atlas.body.kpis).toMatchObject([{ name: 'Days to the first approved invoice', latest: 4.8, target: 3, status: 'misses' }]);

    const solutions = await ctx.client.request('GET', `/api/v1/projects/${projectId}/solutions?status=shipped`, { token });
    expect(solutions.body.items).toMatchObject([{ title: 'Auto-suggest purchase-order matches', shipDate: '2026-09-01', expectedKpi: { name: 'CSAT at the three-way match' } }]);
    const evaluation = await ctx.client.request('GET', `/api/v1/solutions/${solutions.body.items[0].id}/evaluation`, { token });
    expect(evaluation.body).toMatchObject({ verdict: 'improved', expectedMet: true });
    // Jun–Aug against Sep–Nov, every period of 120 answers: (62+66+64)/3.6 and (76+81+85)/3.6.
    expect(evaluation.body.before.mean).toBeCloseTo(192 / 3.6, 10);
    expect(evaluation.body.after.mean).toBeCloseTo(242 / 3.6, 10);

    const backlog = await ctx.client.request('GET', `/api/v1/projects/${projectId}/opportunities`, { token });
    const first = backlog.body.items.find((item: { key: string }) => item.key === 'O-1');
    expect(first.journeys).toHaveLength(1);
    expect(first.kpis).toMatchObject([{ name: 'CSAT at the three-way match', target: 80 }]);
    expect(first.solutions).toMatchObject([{ title: 'Auto-suggest purchase-order matches', status: 'shipped' }]);

    const centre = await ctx.client.request('GET', `/api/v1/projects/${projectId}/control-centre`, { token });
    expect(centre.body.gaps.solutionsWithoutKpi).toMatchObject([{ title: 'Duplicate payment guard' }]);
    expect(centre.body.gaps.touchpointsMissingTarget.map((gap: { touchpoint: string }) => gap.touchpoint)).toEqual(
      expect.arrayContaining(['Three-way match screen', 'Approval reminder email']),
    );
  });
});
