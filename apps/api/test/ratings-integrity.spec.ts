import { describe, expect, it } from 'vitest';
import { useDbSessions } from './db-sessions.js';
import { useTestApp, type Response } from './test-app.js';

// Ratings have no foreign keys to outcomes and respondents (1764500000000-ratings-bulk-writes): writers lock what they
// reference, and statement-level triggers delete the ratings of deleted outcomes and respondents. These tests hold
// that to the guarantees the foreign keys gave.
const ctx = useTestApp();
const { sql, session, untilBlocked } = useDbSessions(ctx);

type Outcome = { id: string; key: string; version: number };

/** A project with three outcomes (O-1..O-3) and two respondents who rated all of them. */
async function setup(name = 'Close') {
  const owner = await ctx.client.register('Rita Researcher');
  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) => ctx.client.request(method, url, { token: owner.token, body });
  const projectId = (await call('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { name })).body.id as string;
  const outcomes: Outcome[] = [];
  for (const object of ['match invoices', 'approve a payment', 'close the month']) {
    outcomes.push((await call('POST', `/api/v1/projects/${projectId}/outcomes`, { statement: `Minimize the time it takes to ${object}` })).body);
  }
  const respondentIds: string[] = [];
  for (const externalId of ['R-1', 'R-2']) {
    respondentIds.push((await call('POST', `/api/v1/projects/${projectId}/respondents`, { externalId })).body.id);
  }
  const upsert = (ratings: object[]) => call('POST', `/api/v1/projects/${projectId}/ratings`, { source: 'workshop', ratings });
  const importCsv = (csv: string) =>
    ctx.client.request('POST', `/api/v1/projects/${projectId}/ratings/import?format=long`, {
      token: owner.token,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      payload: csv,
    });
  const all = outcomes.flatMap((outcome) => respondentIds.map((respondentId) => ({ outcomeId: outcome.id, respondentId, importance: 4, satisfaction: 2 })));
  expect((await upsert(all)).status).toBe(200);
  return { owner, call, projectId, outcomes, respondentIds, upsert, importCsv };
}


/** Ratings whose outcome or respondent does not exist: what the foreign keys used to make impossible. */
const orphans = async () =>
  (
    await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM ratings x
       WHERE NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.id = x.outcome_id) OR NOT EXISTS (SELECT 1 FROM respondents r WHERE r.id = x.respondent_id)`,
    )
  )[0]!.n;

const ratingsOf = async (projectId: string) =>
  (await sql<{ n: number }>('SELECT count(*)::int AS n FROM ratings x JOIN outcomes o ON o.id = x.outcome_id WHERE o.project_id = $1', [projectId]))[0]!.n;


const status = (response: Response, expected: number) => expect(response.status, JSON.stringify(response.body)).toBe(expected);

describe('deleting what ratings reference removes the ratings', () => {
  it('deleting an outcome removes its ratings and only those', async () => {
    const fx = await setup();
    status(await fx.call('DELETE', `/api/v1/outcomes/${fx.outcomes[0]!.id}`), 204);
    expect(await sql('SELECT outcome_id FROM ratings WHERE outcome_id = $1', [fx.outcomes[0]!.id])).toEqual([]);
    expect(await ratingsOf(fx.projectId)).toBe(4);
    expect(await orphans()).toBe(0);
  });

  it('deleting a respondent removes their ratings and only those', async () => {
    const fx = await setup();
    await sql('DELETE FROM respondents WHERE id = $1', [fx.respondentIds[0]]);
    expect(await sql('SELECT respondent_id FROM ratings WHERE respondent_id = $1', [fx.respondentIds[0]])).toEqual([]);
    expect(await ratingsOf(fx.projectId)).toBe(3);
    expect(await orphans()).toBe(0);
  });

  it('deleting a project removes the ratings of all its outcomes and respondents, and no other project\'s', async () => {
    const fx = await setup();
    const other = await setup('Other');
    status(await fx.call('DELETE', `/api/v1/projects/${fx.projectId}`), 204);
    expect(await sql<{ n: number }>('SELECT count(*)::int AS n FROM ratings WHERE project_id = $1', [fx.projectId])).toEqual([{ n: 0 }]);
    expect(await ratingsOf(other.projectId)).toBe(6);
    expect(await orphans()).toBe(0);
  });

  it('several outcomes deleted by one statement take their ratings with them', async () => {
    const fx = await setup();
    await sql('DELETE FROM outcomes WHERE id = ANY($1::uuid[])', [fx.outcomes.slice(0, 2).map((outcome) => outcome.id)]);
    expect(await ratingsOf(fx.projectId)).toBe(2);
    expect(await orphans()).toBe(0);
  });

  it('an id that ratings reference cannot change, and TRUNCATE of outcomes empties ratings', async () => {
    const fx = await setup();
    const refused = { code: '23503', message: expect.stringContaining('would orphan the ratings') };
    await expect(sql('UPDATE outcomes SET id = gen_random_uuid() WHERE id = $1', [fx.outcomes[0]!.id])).rejects.toMatchObject(refused);
    await expect(sql('UPDATE respondents SET id = gen_random_uuid() WHERE id = $1', [fx.respondentIds[0]])).rejects.toMatchObject(refused);
    await sql('TRUNCATE outcomes CASCADE');
    expect(await sql('SELECT 1 FROM ratings')).toEqual([]);
  });
});

describe('ratings naming another project\'s outcome or respondent are refused', () => {
  it('by the batch upsert (422) and by an import (UNKNOWN_OUTCOME), and nothing is written', async () => {
    const fx = await setup();
    const stranger = await setup('Stranger');
    const before = await ratingsOf(fx.projectId);
    const upserted = await fx.upsert([
      { outcomeId: stranger.outcomes[0]!.id, respondentId: fx.respondentIds[0], importance: 1 },
      { outcomeId: fx.outcomes[0]!.id, respondentId: stranger.respondentIds[0], importance: 1 },
    ]);
    status(upserted, 422);
    expect(upserted.body.error.details).toEqual({ unknownOutcomeIds: [stranger.outcomes[0]!.id], unknownRespondentIds: [stranger.respondentIds[0]] });
    const imported = await fx.importCsv(['respondent_id,outcome_id,importance,satisfaction', `R-1,${stranger.outcomes[0]!.id},1,1`].join('\n'));
    status(imported, 422);
    expect(imported.body.error.details.rejected).toEqual([
      { line: 2, column: 'outcome_id', code: 'UNKNOWN_OUTCOME', reason: `"${stranger.outcomes[0]!.id}" is not the key or id of an outcome of this project` },
    ]);
    expect(await ratingsOf(fx.projectId)).toBe(before);
    expect(await ratingsOf(stranger.projectId)).toBe(6);
  });
});

describe('a delete concurrent with a write leaves no orphans', () => {
  const csv = ['respondent_id,outcome_id,importance,satisfaction', 'R-1,O-1,5,5', 'R-2,O-1,1,1', 'R-3,O-1,3,3', 'R-3,O-2,3,3'].join('\n');

  it('an import holding its locks makes the delete of one of its outcomes wait, which then removes what it wrote', async () => {
    const fx = await setup();
    // Another session holds R-1's row, so the import stops after locking the outcomes and before its writes.
    const holder = await session();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM respondents WHERE id = $1 FOR UPDATE', [fx.respondentIds[0]]);
    const imported = fx.importCsv(csv);
    await untilBlocked(1);
    const deleted = fx.call('DELETE', `/api/v1/outcomes/${fx.outcomes[0]!.id}`);
    await untilBlocked(2);
    await holder.query('ROLLBACK');
    const importResponse = await imported;
    status(importResponse, 200);
    expect(importResponse.body.ratings).toEqual({ created: 2, updated: 2, unchanged: 0 });
    status(await deleted, 204);
    expect(await sql('SELECT 1 FROM ratings WHERE outcome_id = $1', [fx.outcomes[0]!.id])).toEqual([]);
    expect(await orphans()).toBe(0);
    // The outcome the delete did not touch keeps the import's rating.
    expect(await sql('SELECT x.importance FROM ratings x JOIN respondents r ON r.id = x.respondent_id WHERE r.external_id = $1', ['R-3'])).toEqual([{ importance: 3 }]);
  });

  it('a delete that locked the outcome first makes the import wait, which then refuses the outcome', async () => {
    const fx = await setup();
    const deleter = await session();
    await deleter.query('BEGIN');
    await deleter.query('DELETE FROM outcomes WHERE id = $1', [fx.outcomes[0]!.id]);
    const imported = fx.importCsv(csv);
    await untilBlocked(1);
    await deleter.query('COMMIT');
    const response = await imported;
    status(response, 422);
    expect(response.body.error.details.rejected.map((entry: { line: number; code: string }) => [entry.line, entry.code])).toEqual([
      [2, 'UNKNOWN_OUTCOME'],
      [3, 'UNKNOWN_OUTCOME'],
      [4, 'UNKNOWN_OUTCOME'],
    ]);
    expect(await orphans()).toBe(0);
    expect(await ratingsOf(fx.projectId)).toBe(4);
  });

  it('a batch upsert holding its locks makes the delete of its outcome wait, which then removes what it wrote', async () => {
    const fx = await setup();
    const [outcome] = fx.outcomes;
    // The upsert locks its outcomes, then its respondents: holding the respondent stops it in between.
    const holder = await session();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM respondents WHERE id = $1 FOR UPDATE', [fx.respondentIds[1]]);
    const upserted = fx.upsert([{ outcomeId: outcome!.id, respondentId: fx.respondentIds[1], importance: 1, satisfaction: 1 }]);
    await untilBlocked(1);
    const deleted = fx.call('DELETE', `/api/v1/outcomes/${outcome!.id}`);
    await untilBlocked(2);
    await holder.query('ROLLBACK');
    status(await upserted, 200);
    status(await deleted, 204);
    expect(await sql('SELECT 1 FROM ratings WHERE outcome_id = $1', [outcome!.id])).toEqual([]);
    expect(await orphans()).toBe(0);
  });

  it('a merge moving ratings makes the delete of a moved rating\'s respondent wait, which then removes the moved rating', async () => {
    const fx = await setup();
    const [into, merged] = fx.outcomes;
    await sql('DELETE FROM ratings WHERE outcome_id = $1', [into!.id]);
    // Another session holds R-2's rating of the merged outcome, so the merge stops at moving the ratings, after
    // locking the outcomes and the moved ratings' respondents.
    const holder = await session();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM ratings WHERE outcome_id = $1 AND respondent_id = $2 FOR UPDATE', [merged!.id, fx.respondentIds[1]]);
    const merging = fx.call('POST', `/api/v1/outcomes/${merged!.id}/merge`, { intoOutcomeId: into!.id, version: merged!.version });
    await untilBlocked(1);
    const deleter = await session();
    const deleting = deleter.query('DELETE FROM respondents WHERE id = $1', [fx.respondentIds[0]]);
    await untilBlocked(2);
    await holder.query('ROLLBACK');
    status(await merging, 200);
    await deleting;
    expect(await sql('SELECT respondent_id FROM ratings WHERE outcome_id = $1', [into!.id])).toEqual([{ respondent_id: fx.respondentIds[1] }]);
    expect(await sql('SELECT 1 FROM ratings WHERE respondent_id = $1', [fx.respondentIds[0]])).toEqual([]);
    expect(await orphans()).toBe(0);
  });
});
