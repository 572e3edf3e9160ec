import { importMeasurementsResponseSchema, importRejectionDetailsSchema } from '@outcome-atlas/contracts';
import { describe, expect, it } from 'vitest';
import { expectError, kpiProject, sql } from './kpi-fixture.js';
import { multipart } from './multipart.js';
import { useTestApp } from './test-app.js';

// The survey import limit also caps KPI imports; small here so 413 is cheap to provoke.
const MAX_BYTES = 64 * 1024;
const ctx = useTestApp({ RATINGS_IMPORT_MAX_BYTES: String(MAX_BYTES) });

async function setup(kpiBody: object) {
  const fx = await kpiProject(ctx);
  const kpi = await fx.createKpi(kpiBody);
  const importCsv = (csv: string | Buffer, query = 'kind=aggregates', options: { token?: string; contentType?: string } = {}) =>
    ctx.client.request('POST', `/api/v1/kpis/${kpi.id}/measurements/import?${query}`, {
      token: options.token ?? fx.owner.token,
      headers: { 'content-type': options.contentType ?? 'text/csv; charset=utf-8' },
      payload: csv,
    });
  /** The stored series as [start, end, value, sampleSize, source, inputs] in period order, with row versions to prove "untouched". */
  const stored = async () =>
    sql(
      ctx,
      `SELECT to_char(period_start, 'YYYY-MM-DD') AS start, to_char(period_end, 'YYYY-MM-DD') AS end, value, sample_size, source, inputs, xmin::text AS version
       FROM kpi_measurements WHERE kpi_id = $1 ORDER BY period_start, period_end`,
      [kpi.id],
    );
  return { ...fx, kpi, importCsv, stored };
}

/** Asserts a 200 import answer that follows the contract; answers it. */
function imported(response: { status: number; body: any }) {
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return importMeasurementsResponseSchema.parse(response.body);
}

/** Asserts a 422 KPI_IMPORT_REJECTED whose details follow the contract; answers them. */
function rejected(response: { status: number; body: any }) {
  expectError(response, 422, 'KPI_IMPORT_REJECTED');
  return importRejectionDetailsSchema.parse(response.body.error.details);
}

const lines = (...rows: string[]) => rows.join('\n');

describe('aggregate imports', () => {
  const AGGREGATES = lines('period_start,period_end,value,sample_size', '2026-02-01,2026-02-28,24.5,180', '2026-01-01,2026-01-31,18,', '2026-03-01,2026-03-31,-12.25,95');

  it('stores one value per line (source imported) and lists the periods in order', async () => {
    const fx = await setup({ name: 'NPS', type: 'nps', target: 20 });
    const response = imported(await fx.importCsv(AGGREGATES));
    expect(response).toEqual({
      dryRun: false,
      rows: 3,
      periods: [
        { kpiId: fx.kpi.id, periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 18, sampleSize: null, source: 'imported', inputs: null, replaced: false },
        { kpiId: fx.kpi.id, periodStart: '2026-02-01', periodEnd: '2026-02-28', value: 24.5, sampleSize: 180, source: 'imported', inputs: null, replaced: false },
        { kpiId: fx.kpi.id, periodStart: '2026-03-01', periodEnd: '2026-03-31', value: -12.25, sampleSize: 95, source: 'imported', inputs: null, replaced: false },
      ],
    });
    expect((await fx.stored()).map((row) => [row.start, row.value, row.sample_size, row.source])).toEqual([
      ['2026-01-01', 18, null, 'imported'],
      ['2026-02-01', 24.5, 180, 'imported'],
      ['2026-03-01', -12.25, 95, 'imported'],
    ]);
    expect((await fx.call('GET', `/api/v1/kpis/${fx.kpi.id}`)).body).toMatchObject({ latest: -12.25, status: 'misses', measurementCount: 3 });
  });

  it('importing the same file again replaces every period with the same values (replaced: true)', async () => {
    const fx = await setup({ name: 'NPS', type: 'nps' });
    imported(await fx.importCsv(AGGREGATES));
    const before = (await fx.stored()).map(({ version: _version, ...row }) => row);
    const again = imported(await fx.importCsv(AGGREGATES));
    expect(again.periods.map((period) => period.replaced)).toEqual([true, true, true]);
    expect((await fx.stored()).map(({ version: _version, ...row }) => row)).toEqual(before);
  });

  it('replaces an entered value of the same period and reads headers loosely, a BOM and CRLF included', async () => {
    const fx = await setup({ name: 'TTV', type: 'ttv', unit: 'hours' });
    await fx.call('POST', `/api/v1/kpis/${fx.kpi.id}/measurements`, { periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 50 });
    const response = imported(await fx.importCsv(`\ufeff Period Start ,PERIOD-END,Value\r\n2026-01-01,2026-01-31, 36 \r\n2026-02-01,2026-02-28,30\r\n`));
    expect(response.periods.map((period) => [period.periodStart, period.value, period.replaced])).toEqual([
      ['2026-01-01', 36, true],
      ['2026-02-01', 30, false],
    ]);
    expect((await fx.stored()).map((row) => [row.value, row.source])).toEqual([
      [36, 'imported'],
      [30, 'imported'],
    ]);
  });

  it('accepts a multipart upload with a file part', async () => {
    const fx = await setup({ name: 'NPS', type: 'nps' });
    const upload = multipart('nps.csv', AGGREGATES);
    const response = await ctx.client.request('POST', `/api/v1/kpis/${fx.kpi.id}/measurements/import?kind=aggregates`, { token: fx.owner.token, headers: upload.headers, payload: upload.payload });
    expect(imported(response).rows).toBe(3);
  });

  it('with dryRun computes and answers the same but writes nothing', async () => {
    const fx = await setup({ name: 'NPS', type: 'nps' });
    await fx.call('POST', `/api/v1/kpis/${fx.kpi.id}/measurements`, { periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 50 });
    const before = await fx.stored();
    const preview = imported(await fx.importCsv(AGGREGATES, 'kind=aggregates&dryRun=true'));
    expect(preview.dryRun).toBe(true);
    expect(preview.periods.map((period) => [period.periodStart, period.value, period.replaced])).toEqual([
      ['2026-01-01', 18, true],
      ['2026-02-01', 24.5, false],
      ['2026-03-01', -12.25, false],
    ]);
    expect(await fx.stored()).toEqual(before);
  });

  it.each([
    ['a value out of the KPI range', '2026-01-01,2026-01-31,101,10', 'value', 'MEASUREMENT_OUT_OF_RANGE', 'value: NPS values must be from -100 to 100, got 101'],
    ['a value in words', '2026-01-01,2026-01-31,high,10', 'value', 'NOT_A_NUMBER', 'value: expected a number written with a decimal point, got "high"'],
    ['a missing value', '2026-01-01,2026-01-31,,10', 'value', 'VALUE_MISSING', 'value: the field is empty'],
    ['a negative sample size', '2026-01-01,2026-01-31,10,-1', 'sample_size', 'MEASUREMENT_NEGATIVE_COUNT', 'sample_size: the sample size counts respondents or attempts: 0 or more, got -1'],
    ['a fractional sample size', '2026-01-01,2026-01-31,10,2.5', 'sample_size', 'NOT_A_WHOLE_NUMBER', 'sample_size: expected a whole number, got 2.5'],
    ['a sample size beyond 2^31 − 1', '2026-01-01,2026-01-31,10,3000000000', 'sample_size', 'MEASUREMENT_SAMPLE_TOO_LARGE', 'sample_size: at most 2147483647, got 3000000000'],
    ['a period that ends before it starts', '2026-01-31,2026-01-01,10,5', 'period_end', 'MEASUREMENT_EMPTY_PERIOD', 'The period ends (2026-01-01) before it starts (2026-01-31)'],
    ['a date that does not exist', '2026-02-30,2026-03-31,10,5', 'period_start', 'INVALID_DATE', 'period_start: expected a date as YYYY-MM-DD, got "2026-02-30"'],
    ['a date in another format', '2026-01-01,31/01/2026,10,5', 'period_end', 'INVALID_DATE', 'period_end: expected a date as YYYY-MM-DD, got "31/01/2026"'],
  ])('rejects the whole file for %s, naming line, column and reason (422)', async (_scenario, bad, column, code, reason) => {
    const fx = await setup({ name: 'NPS', type: 'nps' });
    imported(await fx.importCsv(lines('period_start,period_end,value', '2025-12-01,2025-12-31,5')));
    const before = await fx.stored();
    const details = rejected(await fx.importCsv(lines('period_start,period_end,value,sample_size', '2026-03-01,2026-03-31,10,5', bad, '2025-12-01,2025-12-31,7,')));
    expect(details).toEqual({ rejectedCount: 1, rejected: [{ line: 3, column, code, reason }] });
    expect(await fx.stored()).toEqual(before);
  });

  it('rejects a period given twice on the second line', async () => {
    const fx = await setup({ name: 'NPS', type: 'nps' });
    const details = rejected(await fx.importCsv(lines('period_start,period_end,value', '2026-01-01,2026-01-31,10', '2026-02-01,2026-02-28,11', '2026-01-01,2026-01-31,12')));
    expect(details.rejected).toEqual([{ line: 4, column: 'period_start', code: 'DUPLICATE_PERIOD', reason: 'The period 2026-01-01 to 2026-01-31 is already on line 2; give each period once' }]);
    expect(await fx.stored()).toEqual([]);
  });

  it('checks CES values against the KPI scale', async () => {
    const fx = await setup({ name: 'CES', type: 'ces', scale: 5 });
    const details = rejected(await fx.importCsv(lines('period_start,period_end,value', '2026-01-01,2026-01-31,4.5', '2026-02-01,2026-02-28,6')));
    expect(details.rejected).toEqual([{ line: 3, column: 'value', code: 'MEASUREMENT_OUT_OF_RANGE', reason: 'value: CES values must be from 1 to 5, got 6' }]);
  });

  it('names every header problem at line 1', async () => {
    const fx = await setup({ name: 'NPS', type: 'nps' });
    const details = rejected(await fx.importCsv(lines('period_start,Value,value,respondent', '2026-01-01,1,2,R-1')));
    expect(details.rejected.map((problem) => [problem.line, problem.column, problem.code])).toEqual([
      [1, 'value', 'DUPLICATE_COLUMN'],
      [1, 'respondent', 'UNKNOWN_COLUMN'],
      [1, 'period_end', 'MISSING_COLUMN'],
    ]);
  });

  it('lists the first 1,000 problems and counts them all', async () => {
    const fx = await setup({ name: 'NPS', type: 'nps' });
    const bad = Array.from({ length: 1200 }, () => '2026-01-01,2026-01-31,150');
    const details = rejected(await fx.importCsv(lines('period_start,period_end,value', ...bad)));
    expect(details.rejectedCount).toBe(1200);
    expect(details.rejected).toHaveLength(1000);
    expect(details.rejected[999]).toMatchObject({ line: 1001, code: 'MEASUREMENT_OUT_OF_RANGE' });
  });

  it.each([
    ['an empty file', '', 1, 'EMPTY_FILE'],
    ['a header without data', 'period_start,period_end,value\n', 2, 'NO_DATA'],
    ['a line with too many fields', lines('period_start,period_end,value', '2026-01-01,2026-01-31,1,2'), 2, 'CSV_COLUMN_COUNT'],
    ['an unclosed quote', lines('period_start,period_end,value', '2026-01-01,"2026-01-31,1'), 2, 'CSV_QUOTING'],
    ['binary content', Buffer.concat([Buffer.from('period_start,period_end,value\n2026-01-01,2026-01-31,1\n'), Buffer.from([0, 1, 2, 10])]), 3, 'BINARY_CONTENT'],
  ])('rejects %s (422)', async (_scenario, csv, line, code) => {
    const fx = await setup({ name: 'NPS', type: 'nps' });
    expect(rejected(await fx.importCsv(csv)).rejected[0]).toMatchObject({ line, code });
    expect(await fx.stored()).toEqual([]);
  });
});

describe('response imports', () => {
  it('computes NPS per period: promoters 5, passives 2, detractors 3 of 10 = 20', async () => {
    const fx = await setup({ name: 'NPS', type: 'nps', target: 30 });
    const january = [10, 9, 9, 8, 7, 6, 0, 3, 10, 10].map((score, index) => `2026-01-01,2026-01-31,R-${index},${score}`);
    const response = imported(await fx.importCsv(lines('period_start,period_end,respondent_id,score', ...january, '2026-02-01,2026-02-28,R-1,10'), 'kind=responses'));
    expect(response.rows).toBe(11);
    expect(response.periods).toEqual([
      { kpiId: fx.kpi.id, periodStart: '2026-01-01', periodEnd: '2026-01-31', value: 20, sampleSize: 10, source: 'computed', inputs: { promoters: 5, passives: 2, detractors: 3, n: 10 }, replaced: false },
      { kpiId: fx.kpi.id, periodStart: '2026-02-01', periodEnd: '2026-02-28', value: 100, sampleSize: 1, source: 'computed', inputs: { promoters: 1, passives: 0, detractors: 0, n: 1 }, replaced: false },
    ]);
    expect((await fx.stored()).map((row) => [row.start, row.value, row.sample_size, row.source, row.inputs])).toEqual([
      ['2026-01-01', 20, 10, 'computed', { promoters: 5, passives: 2, detractors: 3, n: 10 }],
      ['2026-02-01', 100, 1, 'computed', { promoters: 1, passives: 0, detractors: 0, n: 1 }],
    ]);
  });

  it('computes CSAT on 1–5: 3 of [5,4,3,2,5] satisfied = 60', async () => {
    const fx = await setup({ name: 'CSAT', type: 'csat' });
    const response = imported(await fx.importCsv(lines('period_start,period_end,score', ...[5, 4, 3, 2, 5].map((score) => `2026-01-01,2026-01-31,${score}`)), 'kind=responses'));
    expect(response.periods[0]).toMatchObject({ value: 60, sampleSize: 5, inputs: { satisfied: 3, n: 5, scale: 5 } });
  });

  it('computes CES on 1–7: mean of [1,2,3,7] = 3.25 with the answers per point', async () => {
    const fx = await setup({ name: 'CES', type: 'ces', scale: 7 });
    const response = imported(await fx.importCsv(lines('score,period_start,period_end', ...[1, 2, 3, 7].map((score) => `${score},2026-01-01,2026-01-31`)), 'kind=responses'));
    expect(response.periods[0]).toMatchObject({
      value: 3.25,
      sampleSize: 4,
      inputs: { sum: 13, n: 4, scale: 7, easy: 3, neutral: 0, difficult: 1, score1: 1, score2: 1, score3: 1, score4: 0, score7: 1 },
    });
  });

  it('computes TCR: 3 of 4 attempts completed = 75 %, from true/false, 1/0 and yes/no', async () => {
    const fx = await setup({ name: 'TCR', type: 'tcr' });
    const response = imported(await fx.importCsv(lines('period_start,period_end,completed', ...['true', 'no', '1', 'YES'].map((done) => `2026-01-01,2026-01-31,${done}`)), 'kind=responses'));
    expect(response.periods[0]).toMatchObject({ value: 75, sampleSize: 4, inputs: { completed: 3, n: 4 } });
  });

  it('computes TTV as the median of the journeys that reached value, counting the censored ones', async () => {
    const fx = await setup({ name: 'TTV', type: 'ttv' });
    // reached [1, 3, 5, 10], 2 censored: median 4, p75 6.25, p90 8.5
    const response = imported(await fx.importCsv(lines('period_start,period_end,duration', ...['3', '', '1', '10', ' ', '5'].map((days) => `2026-01-01,2026-01-31,${days}`)), 'kind=responses'));
    expect(response.periods[0]).toMatchObject({ value: 4, sampleSize: 4, inputs: { n: 4, nCensored: 2, p75: 6.25, p90: 8.5 } });
  });

  it('computes adoption over the rows of a period summed: (30 + 15) / (100 + 50) = 30 %', async () => {
    const fx = await setup({ name: 'Adoption', type: 'adoption' });
    const response = imported(await fx.importCsv(lines('period_start,period_end,segment,active,eligible', '2026-01-01,2026-01-31,SMB,30,100', '2026-01-01,2026-01-31,Enterprise,15,50', '2026-01-01,2026-01-31,Trial,0,0'), 'kind=responses'));
    expect(response.periods[0]).toMatchObject({ value: 30, sampleSize: 150, inputs: { active: 45, eligible: 150 } });
  });

  it('replaces computed periods on re-import and previews with dryRun without writing', async () => {
    const fx = await setup({ name: 'CSAT', type: 'csat' });
    const csv = lines('period_start,period_end,score', '2026-01-01,2026-01-31,5', '2026-01-01,2026-01-31,1');
    const preview = imported(await fx.importCsv(csv, 'kind=responses&dryRun=true'));
    expect(preview.periods).toMatchObject([{ value: 50, replaced: false }]);
    expect(await fx.stored()).toEqual([]);
    imported(await fx.importCsv(csv, 'kind=responses'));
    const again = imported(await fx.importCsv(csv, 'kind=responses'));
    expect(again.periods).toMatchObject([{ value: 50, sampleSize: 2, replaced: true }]);
    expect(await fx.stored()).toHaveLength(1);
  });

  it.each([
    ['an NPS answer of 11', { name: 'NPS', type: 'nps' }, 'score', '11', 'ANSWER_OUT_OF_RANGE', 'score: expected an answer from 0 to 10, got 11'],
    ['an NPS answer of 8.5', { name: 'NPS', type: 'nps' }, 'score', '8.5', 'NOT_A_WHOLE_NUMBER', 'score: expected a whole-number answer, got 8.5'],
    ['a CSAT answer of 6 on 1–5', { name: 'CSAT', type: 'csat' }, 'score', '6', 'ANSWER_OUT_OF_RANGE', 'score: expected an answer from 1 to 5, got 6'],
    ['a CES answer of 6 on 1–5', { name: 'CES', type: 'ces', scale: 5 }, 'score', '6', 'ANSWER_OUT_OF_RANGE', 'score: expected an answer from 1 to 5, got 6'],
    ['a blank score', { name: 'CES', type: 'ces', scale: 5 }, 'score', '', 'VALUE_MISSING', 'score: the field is empty'],
    ['a TCR answer of "maybe"', { name: 'TCR', type: 'tcr' }, 'completed', 'maybe', 'INVALID_VALUE', 'completed: expected true/false, 1/0 or yes/no, got "maybe"'],
    ['a negative TTV duration', { name: 'TTV', type: 'ttv' }, 'duration', '-2', 'ANSWER_OUT_OF_RANGE', 'duration: expected a duration of 0 or more, got -2'],
  ])('rejects %s, naming line and column (422)', async (_scenario, kpiBody, column, answer, code, reason) => {
    const fx = await setup(kpiBody);
    const details = rejected(await fx.importCsv(lines(`period_start,period_end,${column}`, `2026-01-01,2026-01-31,${column === 'completed' ? 'yes' : '3'}`, `2026-01-01,2026-01-31,${answer}`), 'kind=responses'));
    expect(details).toEqual({ rejectedCount: 1, rejected: [{ line: 3, column, code, reason }] });
    expect(await fx.stored()).toEqual([]);
  });

  it('rejects negative adoption counts and more active than eligible customers (422)', async () => {
    const fx = await setup({ name: 'Adoption', type: 'adoption' });
    const details = rejected(await fx.importCsv(lines('period_start,period_end,active,eligible', '2026-01-01,2026-01-31,-3,10', '2026-01-01,2026-01-31,11,10', '2026-01-01,2026-01-31,1,-1'), 'kind=responses'));
    expect(details.rejected).toEqual([
      { line: 2, column: 'active', code: 'MEASUREMENT_NEGATIVE_COUNT', reason: 'active: expected a count of 0 or more, got -3' },
      { line: 3, column: 'active', code: 'INCONSISTENT_COUNTS', reason: 'active: expected at most the 10 eligible customers, got 11' },
      { line: 4, column: 'eligible', code: 'MEASUREMENT_NEGATIVE_COUNT', reason: 'eligible: expected a count of 0 or more, got -1' },
    ]);
  });

  it('rejects a period without a value: every TTV journey censored, or no eligible customer (422 MEASUREMENT_EMPTY_PERIOD)', async () => {
    const ttv = await setup({ name: 'TTV', type: 'ttv' });
    imported(await ttv.importCsv(lines('period_start,period_end,value', '2025-12-01,2025-12-31,9')));
    const before = await ttv.stored();
    const censored = rejected(await ttv.importCsv(lines('period_start,period_end,duration', '2026-01-01,2026-01-31,4', '2026-02-01,2026-02-28,', '2026-02-01,2026-02-28,'), 'kind=responses'));
    expect(censored).toEqual({
      rejectedCount: 1,
      rejected: [
        {
          line: 3,
          column: null,
          code: 'MEASUREMENT_EMPTY_PERIOD',
          reason: 'The period 2026-02-01 to 2026-02-28 (first on this line) has no value: none of the 2 journeys has reached value yet, so there is no time to value to report',
        },
      ],
    });
    expect(await ttv.stored()).toEqual(before);

    const adoption = await setup({ name: 'Adoption', type: 'adoption' });
    const huge = rejected(await adoption.importCsv(lines('period_start,period_end,active,eligible', '2026-01-01,2026-01-31,1,2000000000', '2026-01-01,2026-01-31,1,2000000000'), 'kind=responses'));
    expect(huge.rejected[0]).toMatchObject({ line: 2, code: 'MEASUREMENT_SAMPLE_TOO_LARGE' });
    const empty = rejected(await adoption.importCsv(lines('period_start,period_end,active,eligible', '2026-01-01,2026-01-31,0,0'), 'kind=responses'));
    expect(empty.rejected[0]).toMatchObject({ line: 2, code: 'MEASUREMENT_EMPTY_PERIOD', reason: expect.stringContaining('no customer was eligible in this period') });
  });

  it('needs the answer columns of the KPI type, hinting at aggregates (422)', async () => {
    const fx = await setup({ name: 'NPS', type: 'nps' });
    const details = rejected(await fx.importCsv(lines('period_start,period_end,value', '2026-01-01,2026-01-31,12'), 'kind=responses'));
    expect(details.rejected).toEqual([
      { line: 1, column: 'score', code: 'MISSING_COLUMN', reason: 'The header needs a score column; NPS responses go in score; for already computed values import with kind=aggregates' },
    ]);
  });

  it.each([
    ['CLV', { name: 'CLV', type: 'clv' }],
    ['a custom KPI', { name: 'Disputes', type: 'custom', level: 'journey', unit: 'disputes', higherIsBetter: false }],
  ])('refuses responses for %s: import aggregates instead (422 KPI_NOT_COMPUTABLE)', async (_scenario, kpiBody) => {
    const fx = await setup(kpiBody);
    const error = expectError(await fx.importCsv(lines('period_start,period_end,value', '2026-01-01,2026-01-31,12'), 'kind=responses'), 422, 'KPI_NOT_COMPUTABLE');
    expect(error.message).toContain('import aggregates instead');
    expect(imported(await fx.importCsv(lines('period_start,period_end,value', '2026-01-01,2026-01-31,12'))).periods).toHaveLength(1);
  });
});

describe('import requests', () => {
  it('answers 413 for a file over the limit, by its length or while streaming a multipart part', async () => {
    const fx = await setup({ name: 'NPS', type: 'nps' });
    const big = `period_start,period_end,value\n${'2026-01-01,2026-01-31,10\n'.repeat(Math.ceil(MAX_BYTES / 24))}`;
    expect(expectError(await fx.importCsv(big), 413, 'KPI_IMPORT_TOO_LARGE').details).toEqual({ maxBytes: MAX_BYTES });
    const upload = multipart('nps.csv', big);
    const response = await ctx.client.request('POST', `/api/v1/kpis/${fx.kpi.id}/measurements/import?kind=aggregates`, { token: fx.owner.token, headers: upload.headers, payload: upload.payload });
    expectError(response, 413, 'KPI_IMPORT_TOO_LARGE');
    expect(await fx.stored()).toEqual([]);
  });

  it('answers 415 for a body that is neither CSV nor multipart, or not UTF-8', async () => {
    const fx = await setup({ name: 'NPS', type: 'nps' });
    expectError(await fx.importCsv('period_start,period_end,value', 'kind=aggregates', { contentType: 'text/csv; charset=latin1' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectError(await fx.importCsv('{"value": 1}', 'kind=aggregates', { contentType: 'application/json' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 400 for an unknown kind', async () => {
    const fx = await setup({ name: 'NPS', type: 'nps' });
    expectError(await fx.importCsv('period_start,period_end,value', 'kind=wide'), 400, 'VALIDATION_FAILED');
    expectError(await fx.importCsv('period_start,period_end,value', 'kind=aggregates&dryRun=yes'), 400, 'VALIDATION_FAILED');
  });

  it('refuses viewers (403) and other workspaces (404) before reading the file', async () => {
    const fx = await setup({ name: 'NPS', type: 'nps' });
    const csv = lines('period_start,period_end,value', '2026-01-01,2026-01-31,12');
    const viewer = await fx.addViewer();
    expectError(await fx.importCsv(csv, 'kind=aggregates', { token: viewer.token }), 403, 'FORBIDDEN');
    const stranger = await ctx.client.register('Sam Stranger');
    expectError(await fx.importCsv(csv, 'kind=aggregates', { token: stranger.token }), 404, 'KPI_NOT_FOUND');
    expect(await fx.stored()).toEqual([]);
  });
});
