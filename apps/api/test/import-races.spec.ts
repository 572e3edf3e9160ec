import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { useDbSessions } from './db-sessions.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();
const { sql, untilRunning } = useDbSessions(ctx);

/** A project with three outcomes and an import whose upload the test finishes when it chooses. */
async function setup() {
  const owner = await ctx.client.register('Rosa Racer');
  const call = (method: 'POST' | 'DELETE', url: string, body?: unknown) => ctx.client.request(method, url, { token: owner.token, body });
  const project = await call('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { name: 'Close' });
  const projectId = project.body.id as string;
  const outcomes: { id: string; key: string; version: number }[] = [];
  for (const object of ['match invoices', 'approve a payment', 'find a receipt']) {
    outcomes.push((await call('POST', `/api/v1/projects/${projectId}/outcomes`, { statement: `Minimize the time it takes to ${object}` })).body);
  }
  const headers = { authorization: `Bearer ${owner.token}`, 'content-type': 'text/csv; charset=utf-8' };
  /** Sends `head`, waits until the import streams it into staging, runs `meanwhile`, then sends `tail`. */
  const importAround = async (format: 'long' | 'wide', head: string, tail: string, meanwhile: () => Promise<void>) => {
    const body = new PassThrough();
    body.write(head);
    const response = ctx.app.inject({ method: 'POST', url: `/api/v1/projects/${projectId}/ratings/import?format=${format}`, headers, payload: body });
    try {
      await untilRunning('COPY import_lines');
      await meanwhile();
    } finally {
      body.end(tail);
    }
    return response;
  };
  return { call, projectId, outcomes, importAround };
}

const stored = async (projectId: string) =>
  (await sql<{ n: number }>('SELECT count(*)::int AS n FROM ratings WHERE project_id = $1', [projectId]))[0]!.n;

describe('survey imports racing curation', () => {
  it('rejects every long line rating an outcome merged while the file uploaded, and stores nothing', async () => {
    const fx = await setup();
    const [o1, o2, o3] = fx.outcomes;
    const head = `respondent_id,outcome_id,importance,satisfaction\nR-1,${o1!.key},5,2\nR-1,${o2!.key},4,1\n`;
    const tail = `R-2,${o2!.key},,\nR-2,${o3!.key},3,3\n`;
    const response = await fx.importAround('long', head, tail, async () => {
      const merged = await fx.call('POST', `/api/v1/outcomes/${o2!.id}/merge`, { intoOutcomeId: o1!.id, version: o2!.version });
      expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().error.details.rejected).toEqual([
      { line: 3, column: 'outcome_id', code: 'OUTCOME_MERGED', reason: `${o2!.key} was merged into ${o1!.key}; rate that outcome instead` },
      { line: 4, column: 'outcome_id', code: 'OUTCOME_MERGED', reason: `${o2!.key} was merged into ${o1!.key}; rate that outcome instead` },
    ]);
    expect(await stored(fx.projectId)).toBe(0);
  });

  it('rejects the cells of a wide column whose outcome was deleted while the file uploaded, each with its line', async () => {
    const fx = await setup();
    const [o1, o2] = fx.outcomes;
    const header = `respondent_id,${o1!.key} importance,${o1!.key} satisfaction,${o2!.key} importance,${o2!.key} satisfaction`;
    const head = `${header}\nR-1,5,2,4,1\nR-2,3,3,,\n`;
    const tail = `R-3,1,1,,2\n`;
    const response = await fx.importAround('wide', head, tail, async () => {
      expect((await fx.call('DELETE', `/api/v1/outcomes/${o2!.id}`)).status).toBe(204);
    });
    expect(response.statusCode, response.body).toBe(422);
    const rejected = response.json().error.details.rejected as { line: number; code: string }[];
    expect(rejected.map((entry) => [entry.line, entry.code])).toEqual([
      [2, 'UNKNOWN_OUTCOME'],
      [4, 'UNKNOWN_OUTCOME'],
    ]);
    expect(await stored(fx.projectId)).toBe(0);
  });

  it('imports a long line whose respondent id only looks too long (200 characters, 400 UTF-16 units)', async () => {
    const fx = await setup();
    const [o1] = fx.outcomes;
    const respondent = '🧪'.repeat(200);
    const csv = `respondent_id,outcome_id,importance,satisfaction\n${respondent},${o1!.key},5,2\n${respondent},${o1!.key},4,4\n`;
    const duplicate = await fx.importAround('long', csv, '', async () => undefined);
    expect(duplicate.statusCode).toBe(422);
    expect(duplicate.json().error.details.rejected).toMatchObject([{ line: 3, code: 'DUPLICATE_RATING' }]);
    const imported = await fx.importAround('long', `respondent_id,outcome_id,importance,satisfaction\n${respondent},${o1!.key},5,2\n`, '', async () => undefined);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(await sql('SELECT r.external_id = $2 AS same, x.importance, x.satisfaction FROM ratings x JOIN respondents r ON r.id = x.respondent_id WHERE x.project_id = $1', [fx.projectId, respondent])).toEqual([
      { same: true, importance: 5, satisfaction: 2 },
    ]);
  });
});
