import { randomBytes } from 'node:crypto';
import { importRatingsResponseSchema, importRejectionDetailsSchema } from '@outcome-atlas/contracts';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { multipart } from './multipart.js';
import { useTestApp } from './test-app.js';

const MAX_BYTES = 8 * 1024 * 1024;
const ctx = useTestApp({ RATINGS_IMPORT_MAX_BYTES: String(MAX_BYTES) });

type Outcome = { id: string; key: string; version: number };

/** A project with four outcomes, O-1..O-4. */
async function setup() {
  const owner = await ctx.client.register('Rita Researcher');
  const call = (method: 'GET' | 'POST', url: string, body?: unknown) => ctx.client.request(method, url, { token: owner.token, body });
  const project = await call('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { name: 'Close' });
  const projectId = project.body.id as string;
  const outcomes: Outcome[] = [];
  for (const object of ['match invoices', 'approve a payment', 'find a receipt', 'close the month']) {
    const response = await call('POST', `/api/v1/projects/${projectId}/outcomes`, { statement: `Minimize the time it takes to ${object}` });
    outcomes.push(response.body);
  }
  const importCsv = (csv: string | Buffer, query = 'format=long', contentType = 'text/csv; charset=utf-8') =>
    ctx.client.request('POST', `/api/v1/projects/${projectId}/ratings/import?${query}`, { token: owner.token, headers: { 'content-type': contentType }, payload: csv });
  return { owner, call, projectId, outcomes, importCsv };
}

async function sql(text: string, params: unknown[] = []) {
  const db = new pg.Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  try {
    return (await db.query(text, params)).rows;
  } finally {
    await db.end();
  }
}

/**
 * Every respondent and rating of the project with its row version (xmin; a rating's is its outcome's answer row's),
 * so "nothing changed" is exact.
 */
const snapshot = async (projectId: string) => ({
  respondents: await sql(
    'SELECT external_id, segment, attributes, updated_at, xmin::text AS version FROM respondents WHERE project_id = $1 ORDER BY external_id',
    [projectId],
  ),
  ratings: await sql(
    `SELECT r.external_id, o.key, x.importance, x.satisfaction, x.source, x.updated_at, a.xmin::text AS version
     FROM ratings x JOIN outcome_answers a ON a.outcome_id = x.outcome_id JOIN respondents r ON r.id = x.respondent_id JOIN outcomes o ON o.id = x.outcome_id
     WHERE x.project_id = $1 ORDER BY 1, 2`,
    [projectId],
  ),
});

const answers = async (projectId: string) =>
  (await snapshot(projectId)).ratings.map((row) => [row.external_id, `O-${row.key}`, row.importance, row.satisfaction]);

/** Asserts a 422 RATINGS_IMPORT_REJECTED whose details follow the contract; answers them. */
function rejected(response: { status: number; body: any }) {
  expect(response.status, JSON.stringify(response.body)).toBe(422);
  expect(response.body.error.code).toBe('RATINGS_IMPORT_REJECTED');
  return importRejectionDetailsSchema.parse(response.body.error.details);
}

const LONG = [
  'respondent_id,outcome_id,importance,satisfaction,segment',
  'R-1,O-1,5,2,SMB',
  'R-1,o-2,4,,SMB',
  'R-2,O-1,3,3,',
  '"R-2",O-3, 2 ,5.0,Enterprise',
  'R-3,O-4,,,',
].join('\r\n');

describe('long survey imports', () => {
  it('imports respondents and ratings (source survey), and importing the same file again changes nothing', async () => {
    const fx = await setup();
    const response = await fx.importCsv(LONG);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(importRatingsResponseSchema.parse(response.body)).toEqual({
      format: 'long',
      dryRun: false,
      lines: 5,
      respondents: { created: 3, updated: 0, unchanged: 0 },
      ratings: { created: 4, updated: 0, unchanged: 0 },
    });
    expect(await answers(fx.projectId)).toEqual([
      ['R-1', 'O-1', 5, 2],
      ['R-1', 'O-2', 4, null],
      ['R-2', 'O-1', 3, 3],
      ['R-2', 'O-3', 2, 5],
    ]);
    const before = await snapshot(fx.projectId);
    expect(before.respondents.map((row) => [row.external_id, row.segment])).toEqual([['R-1', 'SMB'], ['R-2', 'Enterprise'], ['R-3', null]]);
    expect(before.ratings.every((row) => row.source === 'survey')).toBe(true);

    const again = await fx.importCsv(LONG);
    expect(again.body).toMatchObject({ lines: 5, respondents: { created: 0, updated: 0, unchanged: 3 }, ratings: { created: 0, updated: 0, unchanged: 4 } });
    expect(await snapshot(fx.projectId)).toEqual(before);
  });

  it('updates only what a later file changes, keeping segments a file leaves blank', async () => {
    const fx = await setup();
    await fx.importCsv(LONG);
    const before = await snapshot(fx.projectId);
    const response = await fx.importCsv(['outcome_id,Respondent ID,Importance,Satisfaction', 'O-1,R-1,5,3', 'O-1,R-2,3,3', 'O-2,R-4,1,1'].join('\n'));
    expect(response.body).toMatchObject({ lines: 3, respondents: { created: 1, updated: 0, unchanged: 2 }, ratings: { created: 1, updated: 1, unchanged: 1 } });
    const after = await snapshot(fx.projectId);
    expect(after.respondents.find((row) => row.external_id === 'R-1')).toEqual(before.respondents.find((row) => row.external_id === 'R-1'));
    // Versions are per outcome (its answer strings): the outcomes the file changes get a new one, the others keep theirs.
    const rating = (rows: typeof after.ratings, respondent: string, key: number) => rows.find((row) => row.external_id === respondent && row.key === key);
    expect(rating(after.ratings, 'R-2', 1)).toMatchObject({ importance: 3, satisfaction: 3, source: 'survey' });
    expect(rating(after.ratings, 'R-1', 1)).toMatchObject({ importance: 5, satisfaction: 3 });
    expect(rating(after.ratings, 'R-1', 1)!.version).not.toBe(rating(before.ratings, 'R-1', 1)!.version);
    const untouched = before.ratings.filter((row) => row.key !== 1 && row.key !== 2);
    for (const row of untouched) expect(rating(after.ratings, row.external_id, row.key)).toEqual(row);
  });

  it('with dryRun validates and counts but stores nothing', async () => {
    const fx = await setup();
    const response = await fx.importCsv(LONG, 'format=long&dryRun=true');
    expect(response.body).toMatchObject({ dryRun: true, lines: 5, respondents: { created: 3 }, ratings: { created: 4 } });
    expect(await snapshot(fx.projectId)).toEqual({ respondents: [], ratings: [] });
  });

  it('accepts a multipart upload with a file part', async () => {
    const fx = await setup();
    const upload = multipart('survey.csv', `\ufeff${LONG}`);
    const response = await ctx.client.request('POST', `/api/v1/projects/${fx.projectId}/ratings/import?format=long`, { token: fx.owner.token, ...upload });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.ratings.created).toBe(4);
  });
});

describe('wide survey imports', () => {
  it('unpivots one line per respondent: id column, segment, attributes, and per outcome columns named by key or id', async () => {
    const fx = await setup();
    const [o1, o2, o3] = fx.outcomes;
    const csv = [
      `Respondent ID,Segment,region,O-1 importance,O-1 satisfaction,imp_O-2,sat_O-2,${o3!.id}_i`,
      'R-1,SMB,EU,5,2,4,1,',
      'R-2,Enterprise,,1,1,,,3',
      'R-3,,US,,,,,',
    ].join('\n');
    const response = await fx.importCsv(csv, 'format=wide');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ format: 'wide', lines: 3, respondents: { created: 3 }, ratings: { created: 4, updated: 0, unchanged: 0 } });
    expect(await answers(fx.projectId)).toEqual([
      ['R-1', 'O-1', 5, 2],
      ['R-1', 'O-2', 4, 1],
      ['R-2', 'O-1', 1, 1],
      ['R-2', 'O-3', 3, null],
    ]);
    const respondents = (await snapshot(fx.projectId)).respondents.map((row) => [row.external_id, row.segment, row.attributes]);
    expect(respondents).toEqual([['R-1', 'SMB', { region: 'EU' }], ['R-2', 'Enterprise', {}], ['R-3', null, { region: 'US' }]]);
    expect(o2).toBeDefined();
    expect(o1).toBeDefined();

    const before = await snapshot(fx.projectId);
    const again = await fx.importCsv(csv, 'format=wide');
    expect(again.body).toMatchObject({ respondents: { created: 0, updated: 0, unchanged: 3 }, ratings: { created: 0, updated: 0, unchanged: 4 } });
    expect(await snapshot(fx.projectId)).toEqual(before);
  });
});

describe('rejected imports change nothing and name each problem with its line', () => {
  const reject = async (csv: string | Buffer, query = 'format=long') => {
    const fx = await setup();
    await fx.importCsv('respondent_id,outcome_id,importance,satisfaction\nR-0,O-1,3,3\n');
    const before = await snapshot(fx.projectId);
    const details = rejected(await fx.importCsv(csv, query));
    expect(await snapshot(fx.projectId)).toEqual(before);
    return details;
  };

  it('a long header with a wrong column names the expected columns at line 1', async () => {
    const details = await reject('respondent_id,outcome,importance,satisfaction\nR-1,O-1,1,1\n');
    expect(details.rejected).toEqual([
      { line: 1, column: null, code: 'MISSING_COLUMN', reason: 'The header has no outcome_id column; expected respondent_id,outcome_id,importance,satisfaction[,segment]' },
      { line: 1, column: 'outcome', code: 'UNKNOWN_COLUMN', reason: expect.stringContaining('expected respondent_id,outcome_id,importance,satisfaction[,segment]') },
    ]);
  });

  it('answers that are not whole numbers from 1 to 5, with the column', async () => {
    const details = await reject(['respondent_id,outcome_id,importance,satisfaction', 'R-1,O-1,0,5', 'R-1,O-2,6,x', 'R-1,O-3,4.5,4.0', 'R-1,O-4,-1,'].join('\n'));
    expect(details.rejectedCount).toBe(5);
    expect(details.rejected).toEqual([
      { line: 2, column: 'importance', code: 'RATING_OUT_OF_RANGE', reason: 'importance must be a whole number from 1 to 5, got "0"' },
      { line: 3, column: 'importance', code: 'RATING_OUT_OF_RANGE', reason: 'importance must be a whole number from 1 to 5, got "6"' },
      { line: 3, column: 'satisfaction', code: 'RATING_NOT_A_NUMBER', reason: 'satisfaction must be a whole number from 1 to 5, got "x"' },
      { line: 4, column: 'importance', code: 'RATING_NOT_A_NUMBER', reason: 'importance must be a whole number from 1 to 5, got "4.5"' },
      { line: 5, column: 'importance', code: 'RATING_OUT_OF_RANGE', reason: 'importance must be a whole number from 1 to 5, got "-1"' },
    ]);
  });

  it('unknown and merged outcomes, empty and too-long respondent ids, too-long and conflicting segments', async () => {
    const fx = await setup();
    const [o1, o2] = fx.outcomes;
    expect((await fx.call('POST', `/api/v1/outcomes/${o2!.id}/merge`, { intoOutcomeId: o1!.id, version: o2!.version })).status).toBe(200);
    const csv = [
      'respondent_id,outcome_id,importance,satisfaction,segment',
      'R-1,O-9,1,1,SMB',
      'R-1,O-2,1,1,SMB',
      ',O-1,1,1,',
      `${'R'.repeat(201)},O-1,1,1,`,
      `R-2,O-1,1,1,${'S'.repeat(101)}`,
      'R-1,O-3,1,1,Enterprise',
      `R-3,00000000-0000-4000-8000-000000000000,1,1,`,
    ].join('\n');
    const details = rejected(await fx.importCsv(csv));
    expect(details.rejected.map((entry) => [entry.line, entry.column, entry.code])).toEqual([
      [2, 'outcome_id', 'UNKNOWN_OUTCOME'],
      [3, 'outcome_id', 'OUTCOME_MERGED'],
      [4, 'respondent_id', 'RESPONDENT_ID_MISSING'],
      [5, 'respondent_id', 'VALUE_TOO_LONG'],
      [6, 'segment', 'VALUE_TOO_LONG'],
      [7, 'segment', 'SEGMENT_CONFLICT'],
      [8, 'outcome_id', 'UNKNOWN_OUTCOME'],
    ]);
    expect(details.rejected[1]!.reason).toBe('O-2 was merged into O-1; rate that outcome instead');
    expect(details.rejected[5]!.reason).toBe('The respondent\'s segment is "SMB" on line 2 and "Enterprise" here; a respondent has one segment');
    expect(await snapshot(fx.projectId)).toEqual({ respondents: [], ratings: [] });
  });

  it('duplicate respondent and outcome lines name the first line, however the outcome is written', async () => {
    const fx = await setup();
    const csv = ['respondent_id,outcome_id,importance,satisfaction', 'R-1,O-1,1,1', 'R-2,O-1,1,1', `R-1,${fx.outcomes[0]!.id},2,2`, 'R-1,o-1,3,3'].join('\n');
    const details = rejected(await fx.importCsv(csv));
    expect(details.rejected).toEqual([
      { line: 4, column: 'outcome_id', code: 'DUPLICATE_RATING', reason: 'Respondent "R-1" already rated O-1 on line 2' },
      { line: 5, column: 'outcome_id', code: 'DUPLICATE_RATING', reason: 'Respondent "R-1" already rated O-1 on line 2' },
    ]);
  });

  it('a wide file with a respondent on two lines', async () => {
    const details = await reject(['id,O-1 imp,O-1 sat', 'R-1,1,1', 'R-2,2,2', 'R-1,3,3'].join('\n'), 'format=wide');
    expect(details.rejected).toEqual([{ line: 4, column: 'id', code: 'DUPLICATE_RESPONDENT', reason: 'Respondent "R-1" is already on line 2; the wide format has one line per respondent' }]);
  });

  it('a wide file with bad answers, respondent ids, segments and attribute values, each with its column', async () => {
    const csv = [
      'id,segment,region,O-1 imp,O-1 sat,O-2 imp',
      'R-1,SMB,EU,4.0,6,x',
      ',SMB,EU,1,1,1',
      `R-3,${'S'.repeat(101)},EU,1,1,1`,
      `R-4,SMB,${'r'.repeat(501)},,,`,
      `${'R'.repeat(201)},SMB,EU,2,2,2`,
      'R-6,SMB,EU,5.00,1,3',
    ].join('\n');
    const details = await reject(csv, 'format=wide');
    expect(details.rejected.map((entry) => [entry.line, entry.column, entry.code])).toEqual([
      [2, 'O-1 sat', 'RATING_OUT_OF_RANGE'],
      [2, 'O-2 imp', 'RATING_NOT_A_NUMBER'],
      [3, 'id', 'RESPONDENT_ID_MISSING'],
      [4, 'segment', 'VALUE_TOO_LONG'],
      [5, 'region', 'VALUE_TOO_LONG'],
      [6, 'id', 'VALUE_TOO_LONG'],
    ]);
  });

  it('a wide header with unknown outcomes, repeated columns and no respondent id', async () => {
    const details = await reject('segment,O-1 imp,imp_o-1,O-99 sat\nSMB,1,1,1\n', 'format=wide');
    expect(details.rejected.map((entry) => [entry.line, entry.column, entry.code])).toEqual([
      [1, null, 'MISSING_COLUMN'],
      [1, 'imp_o-1', 'DUPLICATE_COLUMN'],
      [1, 'O-99 sat', 'UNKNOWN_OUTCOME'],
    ]);
  });

  it('a wide header rating a merged outcome, or with more attribute columns than a respondent may have', async () => {
    const fx = await setup();
    const [o1, o2] = fx.outcomes;
    expect((await fx.call('POST', `/api/v1/outcomes/${o2!.id}/merge`, { intoOutcomeId: o1!.id, version: o2!.version })).status).toBe(200);
    const attributes = Array.from({ length: 51 }, (_, index) => `attribute ${index + 1}`);
    const details = rejected(await fx.importCsv(`id,O-1 imp,O-2 imp,${attributes.join(',')}\nR-1,1,1${',x'.repeat(51)}\n`, 'format=wide'));
    expect(details.rejected).toEqual([
      { line: 1, column: 'O-2 imp', code: 'OUTCOME_MERGED', reason: 'O-2 was merged into O-1; rate that outcome instead' },
      { line: 1, column: 'attribute 51', code: 'TOO_MANY_ATTRIBUTES', reason: expect.stringContaining('At most 50 attribute columns; this file has 51') },
    ]);
  });

  it.each([
    ['a line with a missing field', 'respondent_id,outcome_id,importance,satisfaction\nR-1,O-1,1,1\nR-2,O-1,1\n', 3, 'CSV_COLUMN_COUNT'],
    ['a quote that is never closed', 'respondent_id,outcome_id,importance,satisfaction\nR-1,O-1,1,1\n"R-2,O-1,1,1\nR-3,O-1,1,1\n', 4, 'CSV_QUOTING'],
    ['text after a closing quote', 'respondent_id,outcome_id,importance,satisfaction\nR-1,O-1,1,1\n"R-2"x,O-1,1,1\n', 3, 'CSV_QUOTING'],
    ['an empty file', '', 1, 'EMPTY_FILE'],
  ])('%s stops the import at its line', async (_name, csv, line, code) => {
    const details = await reject(csv);
    expect(details).toEqual({ rejectedCount: 1, rejected: [{ line, column: null, code, reason: expect.any(String) }] });
  });

  it('binary garbage after a few good lines (3 MB) is refused at the line where it starts', async () => {
    const head = Buffer.from('respondent_id,outcome_id,importance,satisfaction\nR-1,O-1,1,1\nR-2,O-1,2,2\n');
    const details = await reject(Buffer.concat([head, randomBytes(3 * 1024 * 1024)]));
    expect(details.rejected).toEqual([{ line: 4, column: null, code: expect.stringMatching(/^(INVALID_UTF8|BINARY_CONTENT|CSV_.+)$/), reason: expect.any(String) }]);
  });

  it.each([
    ['NUL bytes', Buffer.from('respondent_id,outcome_id,importance,satisfaction\nR-1,O-1,1,1\nR-2,O-1,\u0000,1\n'), 3, 'BINARY_CONTENT'],
    ['invalid UTF-8', Buffer.concat([Buffer.from('respondent_id,outcome_id,importance,satisfaction\nR-1,O-1,1,1\nCaf'), Buffer.from([0xc3, 0x28]), Buffer.from(',O-1,1,1\n')]), 3, 'INVALID_UTF8'],
    ['a cut-off multi-byte character at the end', Buffer.concat([Buffer.from('respondent_id,outcome_id,importance,satisfaction\nR-1,O-1,1,1\nR-\u00e9'), Buffer.from([0xe2, 0x82])]), 3, 'INVALID_UTF8'],
  ])('%s are refused at their line', async (_name, csv, line, code) => {
    const details = await reject(csv);
    expect(details.rejected).toEqual([{ line, column: null, code, reason: expect.any(String) }]);
  });

  it('keeps UTF-8 split across chunks intact', async () => {
    const fx = await setup();
    const names = Array.from({ length: 3000 }, (_, index) => `Zoë-${index}-ü€😀`);
    const csv = ['respondent_id,outcome_id,importance,satisfaction', ...names.map((name) => `${name},O-1,1,1`)].join('\n');
    const response = await fx.importCsv(csv);
    expect(response.status, JSON.stringify(response.body).slice(0, 500)).toBe(200);
    expect(response.body.respondents.created).toBe(3000);
    expect(await sql('SELECT count(*)::int AS n FROM respondents WHERE project_id = $1 AND external_id LIKE $2', [fx.projectId, '%ü€😀'])).toEqual([{ n: 3000 }]);
  });

  it('lists at most 1,000 rejected lines, in order, with the total', async () => {
    const lines = Array.from({ length: 1500 }, (_, index) => `R-${index},O-1,9,1`);
    const details = await reject(['respondent_id,outcome_id,importance,satisfaction', ...lines].join('\n'));
    expect(details.rejectedCount).toBe(1500);
    expect(details.rejected).toHaveLength(1000);
    expect(details.rejected.map((entry) => entry.line)).toEqual(Array.from({ length: 1000 }, (_, index) => index + 2));
  });
});

describe('import requests', () => {
  it('answers 413 above RATINGS_IMPORT_MAX_BYTES, declared or streamed, and stores nothing', async () => {
    const fx = await setup();
    const line = 'R-1,O-1,1,1\n';
    const big = `respondent_id,outcome_id,importance,satisfaction\n${line.repeat(Math.ceil(MAX_BYTES / line.length) + 10)}`;
    const declared = await fx.importCsv(big);
    expect(declared.status).toBe(413);
    expect(declared.body.error.code).toBe('RATINGS_IMPORT_TOO_LARGE');
    const streamed = await ctx.client.request('POST', `/api/v1/projects/${fx.projectId}/ratings/import?format=long`, { token: fx.owner.token, ...multipart('big.csv', big) });
    expect(streamed.status).toBe(413);
    expect(streamed.body.error.code).toBe('RATINGS_IMPORT_TOO_LARGE');
    expect(await snapshot(fx.projectId)).toEqual({ respondents: [], ratings: [] });
  });

  it.each([
    ['JSON', { 'content-type': 'application/json' }, '{"csv":"respondent_id"}', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['another charset', { 'content-type': 'text/csv; charset=windows-1252' }, 'respondent_id', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['a multipart upload without a file part', { 'content-type': 'multipart/form-data; boundary=x' }, '--x\r\nContent-Disposition: form-data; name="note"\r\n\r\nhi\r\n--x--\r\n', 400, 'INVALID_UPLOAD'],
  ])('refuses %s', async (_name, headers, payload, status, code) => {
    const fx = await setup();
    const response = await ctx.client.request('POST', `/api/v1/projects/${fx.projectId}/ratings/import?format=long`, { token: fx.owner.token, headers, payload });
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.body.error.code).toBe(code);
  });

  it('refuses a missing or unknown format with 400', async () => {
    const fx = await setup();
    for (const query of ['', 'format=tall', 'format=long&dryRun=yes']) {
      const response = await fx.importCsv(LONG, query);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    }
  });
});
