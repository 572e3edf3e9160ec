import { kpiMeasurementSchema, pageOf } from '@outcome-atlas/contracts';
import { describe, expect, it } from 'vitest';
import { expectError, kpiProject, sql } from './kpi-fixture.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();
const measurementPage = pageOf(kpiMeasurementSchema);

async function setup(kpiBody: object = { name: 'NPS', type: 'nps', target: 20 }) {
  const fx = await kpiProject(ctx);
  const kpi = await fx.createKpi(kpiBody);
  const record = (body: object, token?: string) => fx.call('POST', `/api/v1/kpis/${kpi.id}/measurements`, body, token);
  const list = async (query = '') => {
    const response = await fx.call('GET', `/api/v1/kpis/${kpi.id}/measurements${query}`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return measurementPage.parse(response.body);
  };
  return { ...fx, kpi, record, list };
}

describe('entered measurements', () => {
  it('records a value (201, source entered) and a second value for the same period replaces the first', async () => {
    const fx = await setup();
    const first = await fx.record({ periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 18.5, sampleSize: 240 });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(kpiMeasurementSchema.parse(first.body)).toMatchObject({ kpiId: fx.kpi.id, periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 18.5, sampleSize: 240, source: 'entered', inputs: null });

    const again = await fx.record({ periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 22 });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ id: first.body.id, value: 22, sampleSize: null, source: 'entered' });
    expect((await fx.list()).items.map((item) => [item.periodStart, item.value])).toEqual([['2026-01-01', 22]]);
    const kpi = (await fx.call('GET', `/api/v1/kpis/${fx.kpi.id}`)).body;
    expect(kpi).toMatchObject({ latest: 22, latestPeriodEnd: '2026-01-31', status: 'meets', measurementCount: 1 });
  });

  it('keeps a one-day period and a period overlapping another as separate values', async () => {
    const fx = await setup();
    expect((await fx.record({ periodStart: '2026-01-15', periodEnd: '2026-01-15', value: 10 })).status).toBe(201);
    expect((await fx.record({ periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 12 })).status).toBe(201);
    expect((await fx.list()).items.map((item) => [item.periodStart, item.periodEnd])).toEqual([
      ['2026-01-01', '2026-01-31'],
      ['2026-01-15', '2026-01-15'],
    ]);
  });

  it('refuses a period that ends before it starts (422 MEASUREMENT_EMPTY_PERIOD)', async () => {
    const fx = await setup();
    const error = expectError(await fx.record({ periodStart: '2026-01-31', periodEnd: '2026-01-01', value: 10 }), 422, 'MEASUREMENT_EMPTY_PERIOD');
    expect(error.message).toBe('The period ends (2026-01-01) before it starts (2026-01-31)');
  });

  it('refuses year 0000, which ISO allows and PostgreSQL cannot store, as invalid input (400, not 500)', async () => {
    const fx = await setup();
    expectError(await fx.record({ periodStart: '0000-01-01', periodEnd: '2026-01-01', value: 10 }), 400, 'VALIDATION_FAILED');
    expect((await fx.list()).items).toEqual([]);
  });

  it.each([
    [{ name: 'NPS', type: 'nps' }, 101, 'NPS values must be from -100 to 100, got 101', { min: -100, max: 100 }],
    [{ name: 'NPS', type: 'nps' }, -100.5, 'NPS values must be from -100 to 100, got -100.5', { min: -100, max: 100 }],
    [{ name: 'CSAT', type: 'csat' }, 100.1, 'CSAT values must be from 0 to 100, got 100.1', { min: 0, max: 100 }],
    [{ name: 'CES', type: 'ces', scale: 5 }, 5.5, 'CES values must be from 1 to 5, got 5.5', { min: 1, max: 5 }],
    [{ name: 'CES', type: 'ces', scale: 7 }, 0, 'CES values must be from 1 to 7, got 0', { min: 1, max: 7 }],
    [{ name: 'TTV', type: 'ttv' }, -1, 'TTV values must be 0 or more, got -1', { min: 0, max: null }],
    [{ name: 'TCR', type: 'tcr' }, 120, 'TCR values must be from 0 to 100, got 120', { min: 0, max: 100 }],
  ])('refuses a %o value of %d with the allowed range (422 MEASUREMENT_OUT_OF_RANGE)', async (kpiBody, value, message, range) => {
    const fx = await setup(kpiBody);
    const error = expectError(await fx.record({ periodStart: '2026-01-01', periodEnd: '2026-01-31', value }), 422, 'MEASUREMENT_OUT_OF_RANGE');
    expect(error.message).toBe(`The value is out of range: ${message}`);
    expect(error.details).toEqual(range);
    expect((await fx.list()).items).toEqual([]);
  });

  it('accepts any finite value of a custom KPI and a CES value anywhere on its scale', async () => {
    const custom = await setup({ name: 'Disputes', type: 'custom', level: 'journey', unit: 'disputes', higherIsBetter: false });
    expect((await custom.record({ periodStart: '2026-01-01', periodEnd: '2026-01-31', value: -1e6 })).status).toBe(201);
    const effort = await setup({ name: 'CES', type: 'ces', scale: 7 });
    expect((await effort.record({ periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 6.75 })).status).toBe(201);
  });

  it('refuses a negative or oversized sample size (422) and malformed bodies (400)', async () => {
    const fx = await setup();
    expectError(await fx.record({ periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 10, sampleSize: -1 }), 422, 'MEASUREMENT_NEGATIVE_COUNT');
    expectError(await fx.record({ periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 10, sampleSize: 3_000_000_000 }), 422, 'MEASUREMENT_SAMPLE_TOO_LARGE');
    expectError(await fx.record({ periodStart: '2026-02-30', periodEnd: '2026-03-31', value: 10 }), 400, 'VALIDATION_FAILED');
    expectError(await fx.record({ periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 10, sampleSize: 2.5 }), 400, 'VALIDATION_FAILED');
    expectError(await fx.record({ periodStart: '2026-01-01', periodEnd: '2026-01-31', value: '10' }), 400, 'VALIDATION_FAILED');
    expectError(await fx.record({ periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 10, source: 'computed' }), 400, 'VALIDATION_FAILED');
    expect((await fx.list()).items).toEqual([]);
  });
});

describe('the time series', () => {
  async function monthly() {
    const fx = await setup();
    for (const [month, value] of [['03', 30], ['01', 10], ['02', 20], ['04', 40], ['05', 50]] as const) {
      const response = await fx.record({ periodStart: `2026-${month}-01`, periodEnd: `2026-${month}-28`, value });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
    }
    return fx;
  }

  it('lists oldest period first in pages with a keyset cursor', async () => {
    const fx = await monthly();
    const values: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { items: { value: number }[]; nextCursor: string | null } = await fx.list(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      values.push(...page.items.map((item) => item.value));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(values).toEqual([10, 20, 30, 40, 50]);
    expect(pages).toBe(3);
    expectError(await fx.call('GET', `/api/v1/kpis/${fx.kpi.id}/measurements?cursor=e30`), 400, 'INVALID_CURSOR');
  });

  it('filters to periods ending on or after `from` and starting on or before `to`', async () => {
    const fx = await monthly();
    expect((await fx.list('?from=2026-02-28')).items.map((item) => item.value)).toEqual([20, 30, 40, 50]);
    expect((await fx.list('?from=2026-03-01&to=2026-04-01')).items.map((item) => item.value)).toEqual([30, 40]);
    expect((await fx.list('?to=2026-01-31')).items.map((item) => item.value)).toEqual([10]);
    const page = await fx.list('?from=2026-02-01&limit=1');
    expect((await fx.list(`?from=2026-02-01&limit=2&cursor=${page.nextCursor}`)).items.map((item) => item.value)).toEqual([30, 40]);
    expectError(await fx.call('GET', `/api/v1/kpis/${fx.kpi.id}/measurements?from=March`), 400, 'VALIDATION_FAILED');
  });

  it('deletes one measurement (204); the KPI then shows the value before it', async () => {
    const fx = await monthly();
    const last = (await fx.list()).items.at(-1)!;
    expect((await fx.call('DELETE', `/api/v1/kpi-measurements/${last.id}`)).status).toBe(204);
    expectError(await fx.call('DELETE', `/api/v1/kpi-measurements/${last.id}`), 404, 'MEASUREMENT_NOT_FOUND');
    expect((await fx.call('GET', `/api/v1/kpis/${fx.kpi.id}`)).body).toMatchObject({ latest: 40, latestPeriodEnd: '2026-04-28', measurementCount: 4 });
  });
});

describe('measurement access', () => {
  it('lets viewers read the series but not record or delete values (403)', async () => {
    const fx = await setup();
    const recorded = await fx.record({ periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 10 });
    const viewer = await fx.addViewer();
    expect((await fx.call('GET', `/api/v1/kpis/${fx.kpi.id}/measurements`, undefined, viewer.token)).status).toBe(200);
    expectError(await fx.record({ periodStart: '2026-02-01', periodEnd: '2026-02-28', value: 10 }, viewer.token), 403, 'FORBIDDEN');
    expectError(await fx.call('DELETE', `/api/v1/kpi-measurements/${recorded.body.id}`, undefined, viewer.token), 403, 'FORBIDDEN');
    expect(await sql(ctx, 'SELECT count(*)::int AS n FROM kpi_measurements')).toEqual([{ n: 1 }]);
  });

  it('answers 404 for the KPIs and measurements of another workspace', async () => {
    const fx = await setup();
    const recorded = await fx.record({ periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 10 });
    const stranger = await ctx.client.register('Sam Stranger');
    expectError(await fx.call('GET', `/api/v1/kpis/${fx.kpi.id}/measurements`, undefined, stranger.token), 404, 'KPI_NOT_FOUND');
    expectError(await fx.record({ periodStart: '2026-02-01', periodEnd: '2026-02-28', value: 10 }, stranger.token), 404, 'KPI_NOT_FOUND');
    expectError(await fx.call('DELETE', `/api/v1/kpi-measurements/${recorded.body.id}`, undefined, stranger.token), 404, 'MEASUREMENT_NOT_FOUND');
    expectError(await fx.call('DELETE', '/api/v1/kpi-measurements/12'), 404, 'MEASUREMENT_NOT_FOUND');
    expect(await sql(ctx, 'SELECT count(*)::int AS n FROM kpi_measurements')).toEqual([{ n: 1 }]);
  });
});
