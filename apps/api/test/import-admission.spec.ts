import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { useDbSessions } from './db-sessions.js';
import { useTestApp } from './test-app.js';

// One import at a time, a two-second queue and a four-second idle limit, so a stalled upload holds the only slot
// long enough for a second import to be turned away, and then gives it back.
// And room for 100 answer cells (respondents × outcomes).
const ctx = useTestApp({ RATINGS_IMPORT_CONCURRENCY: '1', RATINGS_IMPORT_QUEUE_SECONDS: '2', UPLOAD_IDLE_TIMEOUT_SECONDS: '4', RATINGS_IMPORT_MAX_ANSWER_CELLS: '100' });
const { sql, untilRunning } = useDbSessions(ctx);
/** The stalled import holds the slot once its COPY waits for the rest of the upload. */
const untilCopying = () => untilRunning('COPY import_lines');

async function setup() {
  const owner = await ctx.client.register('Ivy Importer');
  const project = await ctx.client.request('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { token: owner.token, body: { name: 'Close' } });
  const projectId = project.body.id as string;
  const outcome = await ctx.client.request('POST', `/api/v1/projects/${projectId}/outcomes`, { token: owner.token, body: { statement: 'Minimize the time it takes to match invoices' } });
  const url = `/api/v1/projects/${projectId}/ratings/import?format=long`;
  const headers = { authorization: `Bearer ${owner.token}`, 'content-type': 'text/csv; charset=utf-8' };
  /** An upload that sends its header and one line, then nothing more (the client stalls). */
  const stalledImport = () => {
    const body = new PassThrough();
    body.write(`respondent_id,outcome_id,importance,satisfaction\nR-1,${outcome.body.key},5,2\n`);
    return ctx.app.inject({ method: 'POST', url, headers, payload: body });
  };
  const importCsv = (csv: string) => ctx.app.inject({ method: 'POST', url, headers, payload: csv });
  return { projectId, outcomeKey: outcome.body.key as string, stalledImport, importCsv };
}

const ratingsOf = async (projectId: string) => (await sql<{ n: number }>('SELECT count(*)::int AS n FROM ratings WHERE project_id = $1', [projectId]))[0]!.n;

describe('survey import admission', () => {
  it('abandons a stalled upload with 408, turns a second import away with 503 meanwhile, then imports again', async () => {
    const fx = await setup();
    const started = performance.now();
    const stalled = fx.stalledImport();
    await untilCopying();

    const busy = await fx.importCsv(`respondent_id,outcome_id,importance,satisfaction\nR-2,${fx.outcomeKey},4,4\n`);
    expect(busy.statusCode).toBe(503);
    expect(busy.json().error).toMatchObject({ code: 'IMPORTS_BUSY' });
    expect(busy.headers['retry-after']).toBe('2');

    const abandoned = await stalled;
    expect(abandoned.statusCode).toBe(408);
    expect(abandoned.json().error).toMatchObject({ code: 'UPLOAD_STALLED', message: expect.stringContaining('4 seconds') });
    expect(performance.now() - started).toBeGreaterThanOrEqual(3900);
    expect(await ratingsOf(fx.projectId)).toBe(0);

    // The slot and the connection came back.
    const imported = await fx.importCsv(`respondent_id,outcome_id,importance,satisfaction\nR-3,${fx.outcomeKey},5,1\n`);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(await ratingsOf(fx.projectId)).toBe(1);
  });

  it('lets a waiting import in as soon as the one ahead finishes', async () => {
    const fx = await setup();
    const csv = (respondent: string) => `respondent_id,outcome_id,importance,satisfaction\n${respondent},${fx.outcomeKey},5,1\n`;
    const answers = await Promise.all([fx.importCsv(csv('R-1')), fx.importCsv(csv('R-2'))]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200]);
    expect(await ratingsOf(fx.projectId)).toBe(2);
  });

  it('refuses a file needing more answer cells than RATINGS_IMPORT_MAX_ANSWER_CELLS at the line that overflows it, storing nothing', async () => {
    const fx = await setup();
    const lines = Array.from({ length: 101 }, (_, index) => `R-${index + 1},${fx.outcomeKey},4,2`);
    const refused = await fx.importCsv(['respondent_id,outcome_id,importance,satisfaction', ...lines].join('\n'));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.rejected).toEqual([
      {
        line: 102,
        column: null,
        code: 'TOO_MANY_ANSWER_CELLS',
        reason: '101 respondents × 1 outcomes is more than the 100 answer cells one import takes (RATINGS_IMPORT_MAX_ANSWER_CELLS); split the file by respondents',
      },
    ]);
    expect(await ratingsOf(fx.projectId)).toBe(0);
    const fits = await fx.importCsv(['respondent_id,outcome_id,importance,satisfaction', ...lines.slice(0, 100)].join('\n'));
    expect(fits.statusCode, fits.body).toBe(200);
    expect(await ratingsOf(fx.projectId)).toBe(100);
  });
});
