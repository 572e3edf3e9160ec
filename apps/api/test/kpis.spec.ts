import { kpiDetailSchema, kpiSchema, pageOf } from '@outcome-atlas/contracts';
import { kpiTargetStatus } from '@outcome-atlas/domain';
import { describe, expect, it } from 'vitest';
import { kpiStatusSql } from '../src/modules/kpis/kpi-status.sql.js';
import { expectError, kpiProject, sql } from './kpi-fixture.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();
const kpiPage = pageOf(kpiSchema);

describe('KPI access', () => {
  it('answers 401 without credentials', async () => {
    const fx = await kpiProject(ctx);
    const kpi = await fx.createKpi({ name: 'NPS', type: 'nps' });
    expect((await ctx.client.request('GET', `/api/v1/projects/${fx.projectId}/kpis`)).status).toBe(401);
    expect((await ctx.client.request('GET', `/api/v1/kpis/${kpi.id}`)).status).toBe(401);
  });

  it('lets viewers read KPIs but not create, change or delete them (403)', async () => {
    const fx = await kpiProject(ctx);
    const kpi = await fx.createKpi({ name: 'NPS', type: 'nps' });
    const viewer = await fx.addViewer();
    expect((await fx.call('GET', `/api/v1/projects/${fx.projectId}/kpis`, undefined, viewer.token)).status).toBe(200);
    expect((await fx.call('GET', `/api/v1/kpis/${kpi.id}`, undefined, viewer.token)).status).toBe(200);
    expectError(await fx.call('POST', `/api/v1/projects/${fx.projectId}/kpis`, { name: 'CSAT', type: 'csat' }, viewer.token), 403, 'FORBIDDEN');
    expectError(await fx.call('PATCH', `/api/v1/kpis/${kpi.id}`, { target: 10 }, viewer.token), 403, 'FORBIDDEN');
    expectError(await fx.call('DELETE', `/api/v1/kpis/${kpi.id}`, undefined, viewer.token), 403, 'FORBIDDEN');
  });

  it('answers 404 for the KPIs and projects of another workspace, and for ids that are not uuids', async () => {
    const fx = await kpiProject(ctx);
    const kpi = await fx.createKpi({ name: 'NPS', type: 'nps' });
    const stranger = await ctx.client.register('Sam Stranger');
    const as = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) => fx.call(method, url, body, stranger.token);
    expectError(await as('GET', `/api/v1/kpis/${kpi.id}`), 404, 'KPI_NOT_FOUND');
    expectError(await as('PATCH', `/api/v1/kpis/${kpi.id}`, { target: 10 }), 404, 'KPI_NOT_FOUND');
    expectError(await as('DELETE', `/api/v1/kpis/${kpi.id}`), 404, 'KPI_NOT_FOUND');
    expectError(await as('GET', `/api/v1/projects/${fx.projectId}/kpis`), 404, 'PROJECT_NOT_FOUND');
    expectError(await as('POST', `/api/v1/projects/${fx.projectId}/kpis`, { name: 'NPS', type: 'nps' }), 404, 'PROJECT_NOT_FOUND');
    expectError(await fx.call('GET', '/api/v1/kpis/not-a-uuid'), 404, 'KPI_NOT_FOUND');
    expect((await fx.call('GET', `/api/v1/kpis/${kpi.id}`)).status).toBe(200);
  });
});

describe('KPI definitions', () => {
  it.each([
    ['nps', {}, { level: 'relationship', unit: 'NPS points', scale: null, higherIsBetter: true }],
    ['clv', {}, { level: 'relationship', unit: 'EUR', scale: null, higherIsBetter: true }],
    ['clv', { unit: 'USD' }, { unit: 'USD' }],
    ['tcr', {}, { level: 'journey', unit: '%', scale: null, higherIsBetter: true }],
    ['ttv', {}, { level: 'journey', unit: 'days', scale: null, higherIsBetter: false }],
    ['ttv', { unit: 'hours' }, { unit: 'hours' }],
    ['adoption', {}, { level: 'journey', unit: '%', higherIsBetter: true }],
    ['csat', {}, { level: 'touchpoint', unit: '%', scale: 5, higherIsBetter: true }],
    ['csat', { scale: 7 }, { scale: 7 }],
    ['ces', { scale: 7 }, { level: 'touchpoint', unit: 'scale mean', scale: 7, higherIsBetter: false }],
    ['ces', { scale: 5, higherIsBetter: false, unit: 'scale mean' }, { scale: 5, higherIsBetter: false }],
  ])('defines a %s KPI with %o as %o', async (type, extra, expected) => {
    const fx = await kpiProject(ctx);
    const kpi = kpiDetailSchema.parse(await fx.createKpi({ name: `The ${type}`, type, ...extra }));
    expect(kpi).toMatchObject({ type, target: null, description: '', outcomeIds: [], latest: null, latestPeriodEnd: null, status: 'no-data', trend: [], measurementCount: 0, shipMarkers: [] });
    expect(kpi).toMatchObject(expected);
    expect(kpi.attachment).toEqual({ kind: 'project', id: null, name: null, journeyId: null });
    expect(kpiDetailSchema.parse((await fx.call('GET', `/api/v1/kpis/${kpi.id}`)).body)).toEqual(kpi);
  });

  it('accepts another level for a standard type (CSAT across a whole journey)', async () => {
    const fx = await kpiProject(ctx);
    expect(await fx.createKpi({ name: 'Onboarding CSAT', type: 'csat', level: 'journey' })).toMatchObject({ level: 'journey', higherIsBetter: true });
  });

  it('refuses another direction or unit where the method fixes them (422)', async () => {
    const fx = await kpiProject(ctx);
    const create = (body: object) => fx.call('POST', `/api/v1/projects/${fx.projectId}/kpis`, body);
    const direction = expectError(await create({ name: 'Effort', type: 'ces', scale: 5, higherIsBetter: true }), 422, 'KPI_DIRECTION_FIXED');
    expect(direction.message).toContain('CES improves when it falls');
    expectError(await create({ name: 'Waiting', type: 'ttv', higherIsBetter: true }), 422, 'KPI_DIRECTION_FIXED');
    const unit = expectError(await create({ name: 'CSAT', type: 'csat', unit: 'points' }), 422, 'KPI_UNIT_FIXED');
    expect(unit.details).toEqual({ unit: '%' });
  });

  it('needs level, unit and direction of a custom KPI, naming what is missing (422)', async () => {
    const fx = await kpiProject(ctx);
    const create = (body: object) => fx.call('POST', `/api/v1/projects/${fx.projectId}/kpis`, body);
    expect(expectError(await create({ name: 'Disputes', type: 'custom' }), 422, 'KPI_CUSTOM_INCOMPLETE').details).toEqual({ missing: ['level', 'unit', 'higherIsBetter'] });
    const partial = expectError(await create({ name: 'Disputes', type: 'custom', level: 'journey', unit: 'disputes' }), 422, 'KPI_CUSTOM_INCOMPLETE');
    expect(partial.message).toBe('A custom KPI needs its higherIsBetter: nothing in the method fixes them');
    const custom = await fx.createKpi({ name: 'Disputes', type: 'custom', level: 'journey', unit: 'disputes per month', higherIsBetter: false, target: -12.5 });
    expect(custom).toMatchObject({ level: 'journey', unit: 'disputes per month', higherIsBetter: false, target: -12.5, scale: null });
  });

  it.each([
    ['CES without a scale', { type: 'ces' }, 'KPI_SCALE_REQUIRED'],
    ['CES on a 1–6 scale', { type: 'ces', scale: 6 }, 'KPI_SCALE_INVALID'],
    ['CSAT on a 1–3 scale', { type: 'csat', scale: 3 }, 'KPI_SCALE_INVALID'],
    ['CSAT on a 1–11 scale', { type: 'csat', scale: 11 }, 'KPI_SCALE_INVALID'],
    ['NPS with a scale', { type: 'nps', scale: 10 }, 'KPI_SCALE_NOT_APPLICABLE'],
    ['TCR with a scale', { type: 'tcr', scale: 5 }, 'KPI_SCALE_NOT_APPLICABLE'],
    ['a custom KPI with a scale', { type: 'custom', scale: 5, level: 'journey', unit: 'x', higherIsBetter: true }, 'KPI_SCALE_NOT_APPLICABLE'],
  ])('refuses %s (422)', async (_scenario, body, code) => {
    const fx = await kpiProject(ctx);
    expectError(await fx.call('POST', `/api/v1/projects/${fx.projectId}/kpis`, { name: 'K', ...body }), 422, code);
  });

  it.each([
    ['an NPS target of 120', { type: 'nps', target: 120 }, 'NPS values must be from -100 to 100, got 120'],
    ['a CSAT target of -1', { type: 'csat', target: -1 }, 'CSAT values must be from 0 to 100, got -1'],
    ['a CES target of 6 on 1–5', { type: 'ces', scale: 5, target: 6 }, 'CES values must be from 1 to 5, got 6'],
    ['a CES target of 0.5', { type: 'ces', scale: 7, target: 0.5 }, 'CES values must be from 1 to 7, got 0.5'],
    ['a negative TTV target', { type: 'ttv', target: -1 }, 'TTV values must be 0 or more, got -1'],
    ['an adoption target of 101', { type: 'adoption', target: 101 }, 'Adoption values must be from 0 to 100, got 101'],
    ['a negative CLV target', { type: 'clv', target: -5 }, 'CLV values must be 0 or more, got -5'],
  ])('refuses %s (422 KPI_TARGET_OUT_OF_RANGE)', async (_scenario, body, message) => {
    const fx = await kpiProject(ctx);
    const error = expectError(await fx.call('POST', `/api/v1/projects/${fx.projectId}/kpis`, { name: 'K', ...body }), 422, 'KPI_TARGET_OUT_OF_RANGE');
    expect(error.message).toBe(`The target is out of range: ${message}`);
  });

  it('accepts targets at the ends of the range', async () => {
    const fx = await kpiProject(ctx);
    expect(await fx.createKpi({ name: 'NPS', type: 'nps', target: -100 })).toMatchObject({ target: -100 });
    expect(await fx.createKpi({ name: 'CES', type: 'ces', scale: 7, target: 7 })).toMatchObject({ target: 7 });
    expect(await fx.createKpi({ name: 'TTV', type: 'ttv', target: 0 })).toMatchObject({ target: 0 });
  });

  it('refuses unknown fields and types with 400', async () => {
    const fx = await kpiProject(ctx);
    expectError(await fx.call('POST', `/api/v1/projects/${fx.projectId}/kpis`, { name: 'K', type: 'roi' }), 400, 'VALIDATION_FAILED');
    expectError(await fx.call('POST', `/api/v1/projects/${fx.projectId}/kpis`, { name: 'K', type: 'nps', owner: 'me' }), 400, 'VALIDATION_FAILED');
    const kpi = await fx.createKpi({ name: 'NPS', type: 'nps' });
    expectError(await fx.call('PATCH', `/api/v1/kpis/${kpi.id}`, { type: 'csat' }), 400, 'VALIDATION_FAILED');
    expectError(await fx.call('PATCH', `/api/v1/kpis/${kpi.id}`, {}), 400, 'VALIDATION_FAILED');
  });
});

describe('KPI attachments and measured outcomes', () => {
  it('attaches to a journey, stage or touchpoint with its name and journey, and to the project', async () => {
    const fx = await kpiProject(ctx);
    const { journeyId, stageId, touchpointId } = fx.journey;
    const onJourney = await fx.createKpi({ name: 'TTV', type: 'ttv', attachTo: { kind: 'journey', id: journeyId } });
    expect(onJourney.attachment).toEqual({ kind: 'journey', id: journeyId, name: 'First month', journeyId });
    const onStage = await fx.createKpi({ name: 'TCR', type: 'tcr', attachTo: { kind: 'stage', id: stageId } });
    expect(onStage.attachment).toEqual({ kind: 'stage', id: stageId, name: 'First month: onboard', journeyId });
    const onTouchpoint = await fx.createKpi({ name: 'CSAT', type: 'csat', attachTo: { kind: 'touchpoint', id: touchpointId } });
    expect(onTouchpoint.attachment).toEqual({ kind: 'touchpoint', id: touchpointId, name: 'First month: connect the bank', journeyId });
    const [stored] = await sql(ctx, 'SELECT journey_id, stage_id, touchpoint_id FROM kpis WHERE id = $1', [onTouchpoint.id]);
    expect(stored).toEqual({ journey_id: null, stage_id: null, touchpoint_id: touchpointId });

    const moved = await fx.call('PATCH', `/api/v1/kpis/${onTouchpoint.id}`, { attachTo: { kind: 'project' } });
    expect(moved.body.attachment).toEqual({ kind: 'project', id: null, name: null, journeyId: null });
    const [cleared] = await sql(ctx, 'SELECT journey_id, stage_id, touchpoint_id FROM kpis WHERE id = $1', [onTouchpoint.id]);
    expect(cleared).toEqual({ journey_id: null, stage_id: null, touchpoint_id: null });
  });

  it('refuses an attachment of another project (422), of another workspace (404) and a malformed one (422)', async () => {
    const fx = await kpiProject(ctx);
    const create = (attachTo: object) => fx.call('POST', `/api/v1/projects/${fx.projectId}/kpis`, { name: 'CSAT', type: 'csat', attachTo });
    expectError(await create({ kind: 'touchpoint', id: fx.otherJourney.touchpointId }), 422, 'KPI_ATTACHMENT_NOT_IN_PROJECT');
    expectError(await create({ kind: 'journey', id: fx.otherJourney.journeyId }), 422, 'KPI_ATTACHMENT_NOT_IN_PROJECT');
    expectError(await create({ kind: 'project', id: fx.journey.journeyId }), 422, 'KPI_ATTACHMENT_INVALID');
    expectError(await create({ kind: 'stage' }), 422, 'KPI_ATTACHMENT_INVALID');
    // An id of the wrong kind is an unknown one.
    expectError(await create({ kind: 'stage', id: fx.journey.touchpointId }), 404, 'STAGE_NOT_FOUND');
    const stranger = await kpiProject(ctx);
    expectError(await create({ kind: 'touchpoint', id: stranger.journey.touchpointId }), 404, 'TOUCHPOINT_NOT_FOUND');
    const kpi = await fx.createKpi({ name: 'CSAT', type: 'csat' });
    expectError(await fx.call('PATCH', `/api/v1/kpis/${kpi.id}`, { attachTo: { kind: 'stage', id: fx.otherJourney.stageId } }), 422, 'KPI_ATTACHMENT_NOT_IN_PROJECT');
    expect(await sql(ctx, 'SELECT count(*)::int AS n FROM kpis')).toEqual([{ n: 1 }]);
  });

  it('stores the measured outcomes, replaces them on PATCH and refuses outcomes of other projects listing them (422)', async () => {
    const fx = await kpiProject(ctx);
    const [first, second] = fx.outcomes as [string, string];
    const kpi = await fx.createKpi({ name: 'NPS', type: 'nps', outcomeIds: [second, first, first] });
    expect([...kpi.outcomeIds].sort()).toEqual([first, second].sort());
    expect(kpi.outcomeIds).toEqual([first, second]);

    const replaced = await fx.call('PATCH', `/api/v1/kpis/${kpi.id}`, { outcomeIds: [second] });
    expect(replaced.body.outcomeIds).toEqual([second]);
    const stranger = await kpiProject(ctx);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const refused = expectError(await fx.call('PATCH', `/api/v1/kpis/${kpi.id}`, { outcomeIds: [first, fx.otherOutcome, stranger.outcomes[0], unknown] }), 422, 'OUTCOME_NOT_IN_PROJECT');
    expect(refused.details.outcomeIds).toEqual([fx.otherOutcome, stranger.outcomes[0], unknown]);
    expect((await fx.call('GET', `/api/v1/kpis/${kpi.id}`)).body.outcomeIds).toEqual([second]);
    expectError(await fx.call('POST', `/api/v1/projects/${fx.projectId}/kpis`, { name: 'X', type: 'nps', outcomeIds: [fx.otherOutcome] }), 422, 'OUTCOME_NOT_IN_PROJECT');
    expect((await fx.call('PATCH', `/api/v1/kpis/${kpi.id}`, { outcomeIds: [] })).body.outcomeIds).toEqual([]);
  });
});

describe('KPI changes', () => {
  it('changes name, target, level, description and the scale while no value is recorded', async () => {
    const fx = await kpiProject(ctx);
    const kpi = await fx.createKpi({ name: 'Effort', type: 'ces', scale: 5, target: 2.5 });
    const changed = await fx.call('PATCH', `/api/v1/kpis/${kpi.id}`, { name: 'Effort to connect', scale: 7, target: 3, level: 'journey', description: 'Asked after connecting' });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(kpiDetailSchema.parse(changed.body)).toMatchObject({ name: 'Effort to connect', scale: 7, target: 3, level: 'journey', description: 'Asked after connecting', higherIsBetter: false });
    expect(Date.parse(changed.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(kpi.updatedAt));
    expect((await fx.call('PATCH', `/api/v1/kpis/${kpi.id}`, { target: null })).body.target).toBeNull();
  });

  it('refuses a scale change once values are recorded (422 KPI_SCALE_LOCKED) and checks the target against a new scale', async () => {
    const fx = await kpiProject(ctx);
    const kpi = await fx.createKpi({ name: 'Effort', type: 'ces', scale: 7, target: 6 });
    expectError(await fx.call('PATCH', `/api/v1/kpis/${kpi.id}`, { scale: 5 }), 422, 'KPI_TARGET_OUT_OF_RANGE');
    expectError(await fx.call('PATCH', `/api/v1/kpis/${kpi.id}`, { scale: 6 }), 422, 'KPI_SCALE_INVALID');
    expectError(await fx.call('PATCH', `/api/v1/kpis/${kpi.id}`, { scale: null }), 422, 'KPI_SCALE_REQUIRED');
    expectError(await fx.call('PATCH', `/api/v1/kpis/${kpi.id}`, { target: 8 }), 422, 'KPI_TARGET_OUT_OF_RANGE');
    expectError(await fx.call('PATCH', `/api/v1/kpis/${kpi.id}`, { higherIsBetter: true }), 422, 'KPI_DIRECTION_FIXED');
    expect((await fx.call('POST', `/api/v1/kpis/${kpi.id}/measurements`, { periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 3.2 })).status).toBe(201);
    const locked = expectError(await fx.call('PATCH', `/api/v1/kpis/${kpi.id}`, { scale: 5, target: 3 }), 422, 'KPI_SCALE_LOCKED');
    expect(locked.details).toEqual({ measurementCount: 1 });
    // Sending the scale it already has changes nothing and is fine.
    expect((await fx.call('PATCH', `/api/v1/kpis/${kpi.id}`, { scale: 7, target: 3 })).body).toMatchObject({ scale: 7, target: 3 });
  });

  it('deletes a KPI with its measurements and outcome links, keeping solutions that expected it', async () => {
    const fx = await kpiProject(ctx);
    const kpi = await fx.createKpi({ name: 'NPS', type: 'nps', outcomeIds: fx.outcomes });
    await fx.call('POST', `/api/v1/kpis/${kpi.id}/measurements`, { periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 12 });
    await sql(ctx, `INSERT INTO solutions (project_id, title, expected_kpi_id) VALUES ($1, 'Faster bank connection', $2)`, [fx.projectId, kpi.id]);
    expect((await fx.call('DELETE', `/api/v1/kpis/${kpi.id}`)).status).toBe(204);
    expectError(await fx.call('GET', `/api/v1/kpis/${kpi.id}`), 404, 'KPI_NOT_FOUND');
    expectError(await fx.call('DELETE', `/api/v1/kpis/${kpi.id}`), 404, 'KPI_NOT_FOUND');
    const [left] = await sql(
      ctx,
      `SELECT (SELECT count(*)::int FROM kpi_measurements) AS measurements, (SELECT count(*)::int FROM kpi_outcomes) AS links,
              (SELECT count(*)::int FROM solutions WHERE expected_kpi_id IS NULL) AS solutions`,
    );
    expect(left).toEqual({ measurements: 0, links: 0, solutions: 1 });
  });
});

describe('listing KPIs', () => {
  /** Six KPIs in a project: attached across the journey, measuring outcomes, meeting, missing and lacking targets or data. */
  async function listFixture() {
    const fx = await kpiProject(ctx);
    const { journeyId, stageId, touchpointId } = fx.journey;
    const [first, second] = fx.outcomes as [string, string];
    const measure = async (kpiId: string, values: [string, string, number][]) => {
      for (const [periodStart, periodEnd, value] of values) {
        const response = await fx.call('POST', `/api/v1/kpis/${kpiId}/measurements`, { periodStart, periodEnd, value });
        expect(response.status, JSON.stringify(response.body)).toBe(201);
      }
    };
    const kpis = {
      adoption: await fx.createKpi({ name: 'adoption of bank feeds', type: 'adoption', target: 40, attachTo: { kind: 'journey', id: journeyId }, outcomeIds: [first] }),
      csat: await fx.createKpi({ name: 'Bank CSAT', type: 'csat', target: 80, attachTo: { kind: 'touchpoint', id: touchpointId }, outcomeIds: [first, second] }),
      ces: await fx.createKpi({ name: 'bank effort', type: 'ces', scale: 7, target: 3, attachTo: { kind: 'touchpoint', id: touchpointId } }),
      nps: await fx.createKpi({ name: 'NPS', type: 'nps' }),
      tcr: await fx.createKpi({ name: 'Onboarding TCR', type: 'tcr', target: 90, attachTo: { kind: 'stage', id: stageId }, outcomeIds: [second] }),
      other: await fx.createKpi({ name: 'Renewal CLV', type: 'clv', target: 1000, attachTo: { kind: 'project' } }),
    };
    // adoption meets 40 (latest 45, the later period wins over an earlier higher one); CSAT misses 80;
    // CES meets 3 going down; NPS has no target; TCR has no data; CLV meets 1000 exactly.
    await measure(kpis.adoption.id, [['2026-02-01', '2026-02-28', 45], ['2026-01-01', '2026-01-31', 60]]);
    await measure(kpis.csat.id, [['2026-01-01', '2026-01-31', 79.5]]);
    await measure(kpis.ces.id, [['2026-01-01', '2026-01-31', 3.4], ['2026-02-01', '2026-02-28', 2.9]]);
    await measure(kpis.nps.id, [['2026-01-01', '2026-03-31', 12]]);
    await measure(kpis.other.id, [['2026-01-01', '2026-12-31', 1000]]);
    const list = async (query = '') => {
      const response = await fx.call('GET', `/api/v1/projects/${fx.projectId}/kpis${query}`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return kpiPage.parse(response.body);
    };
    const names = async (query = '') => (await list(query)).items.map((item) => item.name);
    return { fx, kpis, list, names };
  }

  it('lists in case-insensitive name order with latest value, status, trend and measurement count', async () => {
    const { list } = await listFixture();
    const page = await list();
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((kpi) => [kpi.name, kpi.latest, kpi.latestPeriodEnd, kpi.status, kpi.measurementCount])).toEqual([
      ['adoption of bank feeds', 45, '2026-02-28', 'meets', 2],
      ['Bank CSAT', 79.5, '2026-01-31', 'misses', 1],
      ['bank effort', 2.9, '2026-02-28', 'meets', 2],
      ['NPS', 12, '2026-03-31', 'no-target', 1],
      ['Onboarding TCR', null, null, 'no-data', 0],
      ['Renewal CLV', 1000, '2026-12-31', 'meets', 1],
    ]);
    expect(page.items[0]!.trend).toEqual([
      { periodEnd: '2026-01-31', value: 60 },
      { periodEnd: '2026-02-28', value: 45 },
    ]);
  });

  it('filters by type, level, status, journey (with its stages and touchpoints), touchpoint and outcome', async () => {
    const { fx, names } = await listFixture();
    expect(await names('?type=ces')).toEqual(['bank effort']);
    expect(await names('?level=touchpoint')).toEqual(['Bank CSAT', 'bank effort']);
    expect(await names('?status=meets')).toEqual(['adoption of bank feeds', 'bank effort', 'Renewal CLV']);
    expect(await names('?status=misses')).toEqual(['Bank CSAT']);
    expect(await names('?status=no-target')).toEqual(['NPS']);
    expect(await names('?status=no-data')).toEqual(['Onboarding TCR']);
    expect(await names(`?journeyId=${fx.journey.journeyId}`)).toEqual(['adoption of bank feeds', 'Bank CSAT', 'bank effort', 'Onboarding TCR']);
    expect(await names(`?journeyId=${fx.otherJourney.journeyId}`)).toEqual([]);
    expect(await names(`?touchpointId=${fx.journey.touchpointId}`)).toEqual(['Bank CSAT', 'bank effort']);
    expect(await names(`?outcomeId=${fx.outcomes[0]}`)).toEqual(['adoption of bank feeds', 'Bank CSAT']);
    expect(await names(`?outcomeId=${fx.outcomes[1]}&level=journey`)).toEqual(['Onboarding TCR']);
    expect(await names(`?status=meets&journeyId=${fx.journey.journeyId}&limit=1`)).toEqual(['adoption of bank feeds']);
    expectError(await fx.call('GET', `/api/v1/projects/${fx.projectId}/kpis?status=good`), 400, 'VALIDATION_FAILED');
  });

  it('agrees with kpiTargetStatus for every listed KPI', async () => {
    const { list } = await listFixture();
    for (const kpi of (await list()).items) expect(kpi.status).toBe(kpiTargetStatus(kpi.latest, kpi.target, kpi.higherIsBetter));
  });

  it('pages with a keyset cursor, with filters, and refuses a forged cursor', async () => {
    const { fx, list } = await listFixture();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { name: string }[]; nextCursor: string | null } = await list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['adoption of bank feeds', 'Bank CSAT', 'bank effort', 'NPS', 'Onboarding TCR', 'Renewal CLV']);
    const first = await list('?status=meets&limit=2');
    expect(first.items.map((item) => item.name)).toEqual(['adoption of bank feeds', 'bank effort']);
    expect((await list(`?status=meets&limit=2&cursor=${first.nextCursor}`)).items.map((item) => item.name)).toEqual(['Renewal CLV']);
    expectError(await fx.call('GET', `/api/v1/projects/${fx.projectId}/kpis?cursor=bm9wZQ`), 400, 'INVALID_CURSOR');
  });
});

describe('the status rule in SQL', () => {
  it('agrees with kpiTargetStatus over a grid of latest values, targets and directions', async () => {
    const values = [null, -100, -5, -0.5, 0, 2.5, 79.9, 80, 80.1, 100];
    const cases = values.flatMap((latest) => values.flatMap((target) => [true, false].map((higherIsBetter) => ({ latest, target, higherIsBetter }))));
    const rows = await sql(
      ctx,
      `SELECT ${kpiStatusSql('c.latest', 'c.target', 'c.higher')} AS status
       FROM unnest($1::float8[], $2::float8[], $3::boolean[]) WITH ORDINALITY AS c(latest, target, higher, n) ORDER BY c.n`,
      [cases.map((c) => c.latest), cases.map((c) => c.target), cases.map((c) => c.higherIsBetter)],
    );
    expect(rows.map((row) => row.status)).toEqual(cases.map((c) => kpiTargetStatus(c.latest, c.target, c.higherIsBetter)));
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(['meets', 'misses', 'no-target', 'no-data']));
  });
});

describe('KPI detail', () => {
  it('marks the ship dates of solutions that expect to move the KPI or target an outcome it measures', async () => {
    const fx = await kpiProject(ctx);
    const [measured, unmeasured] = fx.outcomes as [string, string];
    const kpi = await fx.createKpi({ name: 'Bank CSAT', type: 'csat', outcomeIds: [measured] });
    const otherKpi = await fx.createKpi({ name: 'NPS', type: 'nps' });
    const solution = async (title: string, status: string, shipDate: string | null, expectedKpiId: string | null, outcomeIds: string[] = []) => {
      const [row] = await sql(ctx, `INSERT INTO solutions (project_id, title, status, ship_date, expected_kpi_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
        fx.projectId,
        title,
        status,
        shipDate,
        expectedKpiId,
      ]);
      for (const outcomeId of outcomeIds) await sql(ctx, 'INSERT INTO solution_outcomes (solution_id, outcome_id) VALUES ($1, $2)', [row.id, outcomeId]);
      return row.id as string;
    };
    const expected = await solution('Instant bank connection', 'shipped', '2026-03-02', kpi.id);
    const targeting = await solution('Guided bank search', 'evaluated', '2026-01-15', null, [measured, unmeasured]);
    await solution('Bank logos', 'testing', null, kpi.id, [measured]);
    await solution('Dropped idea', 'dropped', '2026-02-01', kpi.id);
    await solution('Another KPI', 'shipped', '2026-02-10', otherKpi.id, [unmeasured]);
    const both = await solution('Both ways', 'shipped', '2026-02-20', kpi.id, [measured]);
    await sql(ctx, `INSERT INTO solutions (project_id, title, status, ship_date) VALUES ($1, 'Other project', 'shipped', '2026-02-01')`, [fx.otherProjectId]);

    const detail = kpiDetailSchema.parse((await fx.call('GET', `/api/v1/kpis/${kpi.id}`)).body);
    expect(detail.shipMarkers).toEqual([
      { solutionId: targeting, title: 'Guided bank search', shipDate: '2026-01-15', status: 'evaluated' },
      { solutionId: both, title: 'Both ways', shipDate: '2026-02-20', status: 'shipped' },
      { solutionId: expected, title: 'Instant bank connection', shipDate: '2026-03-02', status: 'shipped' },
    ]);
    expect((await fx.call('GET', `/api/v1/kpis/${otherKpi.id}`)).body.shipMarkers.map((marker: { title: string }) => marker.title)).toEqual(['Another KPI']);
  });
});
