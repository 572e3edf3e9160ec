import type pg from 'pg';
import { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { buildOutcomeCountsQuery, MASKED_COUNTS, SCOPE_MASK_CTE } from '../src/modules/opportunities/outcome-counts.query.js';
import { decodeRatingMatrix, loadRatingMatrix } from '../src/modules/opportunities/rating-matrix.query.js';
import { useDbSessions } from './db-sessions.js';
import { useTestApp, type Response } from './test-app.js';

// Survey answers are packed per outcome (1765000000000-packed-answers): `outcome_answers` holds three strings in which
// character n is the answer of the respondent with slot n, the four answer bitmaps of the backlog are set from them by
// a row trigger, and `ratings` is a read-only view exploding them. Every test writes through one writer (write_answers,
// move_answers, the respondent delete trigger, the API) and checks what the strings then say, and that the bitmaps, the
// view and the backlog's masked counts all agree with them.
const ctx = useTestApp();
const { sql, session, untilBlocked } = useDbSessions(ctx);

type Method = 'GET' | 'POST' | 'DELETE';
type Outcome = { id: string; key: string; version: number };
type Counts = { id: string; n_importance: number; important: number; n_satisfaction: number; satisfied: number };
type Strings = { importance: string; satisfaction: string; sources: string };
type WriteCounts = { created: number; updated: number; deleted: number };
type ViewRow = { outcome_id: string; respondent_id: string; project_id: string; importance: number | null; satisfaction: number | null; source: string };
/** [outcome index, respondent index, importance, satisfaction]: undefined keeps the stored answer, null clears it. */
type Rate = [number, number, (number | null)?, (number | null)?];

const status = (response: Response, expected: number) => expect(response.status, JSON.stringify(response.body)).toBe(expected);

const DEFAULT_RESPONDENTS: [string, string | null][] = [['R-1', 'SMB'], ['R-2', 'Enterprise'], ['R-3', 'smb'], ['R-4', null]];

/** A project with accepted outcomes O-1..O-3 and respondents (by default R-1 SMB, R-2 Enterprise, R-3 smb, R-4 none: slots 1–4). */
async function setup(respondents = DEFAULT_RESPONDENTS) {
  const owner = await ctx.client.register('Pat Packed');
  const call = (method: Method, url: string, body?: unknown) => ctx.client.request(method, url, { token: owner.token, body });
  const projectId = (await call('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { name: 'Close' })).body.id as string;
  const outcomes: Outcome[] = [];
  for (const object of ['match invoices', 'approve a payment', 'close the month']) {
    outcomes.push((await call('POST', `/api/v1/projects/${projectId}/outcomes`, { statement: `Minimize the time it takes to ${object}` })).body);
  }
  status(await call('POST', `/api/v1/projects/${projectId}/outcomes/bulk`, { action: 'accept', ids: outcomes.map((outcome) => outcome.id) }), 200);
  const addRespondent = async (externalId: string, segment: string | null = null) => {
    const response = await call('POST', `/api/v1/projects/${projectId}/respondents`, { externalId, segment });
    status(response, 201);
    return response.body.id as string;
  };
  const respondentIds: string[] = [];
  for (const [externalId, segment] of respondents) respondentIds.push(await addRespondent(externalId, segment));
  /** The batch upsert of the API (which calls write_answers). */
  const upsert = async (rates: Rate[]) => {
    const ratings = rates.map(([o, r, importance, satisfaction]) => ({
      outcomeId: outcomes[o]!.id,
      respondentId: respondentIds[r]!,
      ...(importance !== undefined && { importance }),
      ...(satisfaction !== undefined && { satisfaction }),
    }));
    const response = await call('POST', `/api/v1/projects/${projectId}/ratings`, { source: 'workshop', ratings });
    status(response, 200);
    return response.body as { created: number; updated: number; unchanged: number; deleted: number };
  };
  const importCsv = async (format: 'long' | 'wide', lines: string[]) => {
    const response = await ctx.client.request('POST', `/api/v1/projects/${projectId}/ratings/import?format=${format}`, {
      token: owner.token,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      payload: lines.join('\n'),
    });
    status(response, 200);
    return response.body as { ratings: { created: number; updated: number; unchanged: number } };
  };
  return { call, projectId, outcomes, respondentIds, addRespondent, upsert, importCsv };
}
type Fixture = Awaited<ReturnType<typeof setup>>;

/** `count` more respondents straight in the table, appended to the fixture's in slot order; odd slots are SMB, even ones Enterprise. */
async function addManyRespondents(fx: Fixture, count: number): Promise<void> {
  await sql(`INSERT INTO respondents (project_id, external_id) SELECT $1, 'W-' || lpad(i::text, 3, '0') FROM generate_series(1, $2::int) i`, [fx.projectId, count]);
  const bySlot = await sql<{ id: string; slot: number }>(
    `UPDATE respondents SET segment = CASE WHEN slot % 2 = 1 THEN 'SMB' ELSE 'Enterprise' END WHERE project_id = $1 RETURNING id, slot`,
    [fx.projectId],
  );
  fx.respondentIds.splice(0, fx.respondentIds.length, ...bySlot.sort((a, b) => a.slot - b.slot).map((row) => row.id));
}

const WRITE_ANSWERS = `SELECT * FROM write_answers($1::uuid[], $2::uuid[], $3::smallint[], $4::smallint[], $5::boolean[], $6::boolean[], $7)`;
const writeParams = (fx: Fixture, rates: Rate[], source: string) => [
  rates.map(([o]) => fx.outcomes[o]!.id),
  rates.map(([, r]) => fx.respondentIds[r]!),
  rates.map(([, , importance]) => importance ?? null),
  rates.map(([, , , satisfaction]) => satisfaction ?? null),
  rates.map(([, , importance]) => importance !== undefined),
  rates.map(([, , , satisfaction]) => satisfaction !== undefined),
  source,
];
/** write_answers with the ratings given (outcome and respondent by fixture index). */
async function write(fx: Fixture, rates: Rate[], source = 'workshop'): Promise<WriteCounts> {
  const [counts] = await sql<WriteCounts>(WRITE_ANSWERS, writeParams(fx, rates, source));
  return counts!;
}

/** Each outcome's strings (null: no row), in fixture order. */
async function stringsOf(fx: Fixture): Promise<(Strings | null)[]> {
  const rows = await sql<Strings & { outcome_id: string }>('SELECT outcome_id, importance, satisfaction, sources FROM outcome_answers WHERE outcome_id = ANY($1::uuid[])', [
    fx.outcomes.map((outcome) => outcome.id),
  ]);
  return fx.outcomes.map((outcome) => {
    const row = rows.find((candidate) => candidate.outcome_id === outcome.id);
    return row ? { importance: row.importance, satisfaction: row.satisfaction, sources: row.sources } : null;
  });
}
const strings = (importance: string, satisfaction: string, sources: string): Strings => ({ importance, satisfaction, sources });
const updatedAt = async (outcomeId: string) => (await sql<{ t: string }>('SELECT updated_at::text AS t FROM outcome_answers WHERE outcome_id = $1', [outcomeId]))[0]?.t;

// The respondents in scope, for the view's counts and the bitmaps' mask alike (a label matches case-insensitively).
const IN_SCOPE = `r.project_id = $1 AND ($2::text IS NULL OR lower(r.segment) = lower($2::text))`;

/** Every outcome of the project (any status) counted from the `ratings` view, of the respondents in scope. */
const FROM_VIEW = `
  SELECT o.id, count(x.importance)::int AS n_importance, (count(*) FILTER (WHERE x.importance >= 4))::int AS important,
    count(x.satisfaction)::int AS n_satisfaction, (count(*) FILTER (WHERE x.satisfaction >= 4))::int AS satisfied
  FROM outcomes o LEFT JOIN (ratings x JOIN respondents r ON r.id = x.respondent_id AND ${IN_SCOPE}) ON x.outcome_id = o.id
  WHERE o.project_id = $1 GROUP BY o.id ORDER BY o.id`;

/** Every outcome (merged ones too, which the backlog leaves out) counted from its bitmaps with the API's own fragments. */
const FROM_BITMAPS = `
  WITH chosen AS MATERIALIZED (SELECT r.slot FROM respondents r WHERE ${IN_SCOPE}), ${SCOPE_MASK_CTE}
  SELECT o.id, ${MASKED_COUNTS} FROM outcomes o CROSS JOIN scope LEFT JOIN outcome_answers b ON b.outcome_id = o.id
  WHERE o.project_id = $1 ORDER BY o.id`;

const countsOnly = ({ id, n_importance, important, n_satisfaction, satisfied }: Counts): Counts => ({ id, n_importance, important, n_satisfaction, satisfied });
const byKey = <T extends { outcome_id: string; respondent_id: string }>(a: T, b: T) =>
  a.outcome_id === b.outcome_id ? (a.respondent_id < b.respondent_id ? -1 : 1) : a.outcome_id < b.outcome_id ? -1 : 1;

/** The four bitmaps a row's strings call for, computed here (independently of the trigger) as bit strings. */
const bitmapsOf = ({ importance, satisfaction }: Strings) => ({
  importance_answered: importance.replace(/[1-5]/g, '1'),
  importance_top: importance.replace(/[1-3]/g, '0').replace(/[45]/g, '1'),
  satisfaction_answered: satisfaction.replace(/[1-5]/g, '1'),
  satisfaction_top: satisfaction.replace(/[1-3]/g, '0').replace(/[45]/g, '1'),
});

/**
 * Asserts, for every `outcome_answers` row of the project, that its strings are well formed (equal length, a cell a
 * rating exactly when it has an answer) and its bitmaps are what its strings say; that the `ratings` view shows
 * exactly the rated cells of the respondents that exist; and that the bitmaps' masked counts equal counts over the
 * view for every outcome, over all respondents and over segment SMB, with the fragments above and with the backlog's
 * own statement (accepted outcomes, and the scope's respondent count). Answers the counts over all respondents by id.
 */
async function expectConsistent(projectId: string): Promise<Map<string, Counts>> {
  const rows = await sql<Strings & { outcome_id: string; project_id: string; updated_at: Date; [bitmap: string]: unknown }>(
    `SELECT a.outcome_id, a.project_id, a.importance, a.satisfaction, a.sources, a.updated_at, importance_answered::text, importance_top::text,
       satisfaction_answered::text, satisfaction_top::text
     FROM outcome_answers a JOIN outcomes o ON o.id = a.outcome_id WHERE o.project_id = $1 ORDER BY a.outcome_id`,
    [projectId],
  );
  for (const row of rows) {
    expect(row.project_id, `project of ${row.outcome_id}`).toBe(projectId);
    expect([row.satisfaction.length, row.sources.length], `lengths of ${row.outcome_id}`).toEqual([row.importance.length, row.importance.length]);
    const unanswered = [...row.sources].flatMap((source, i) => ((source === '0') !== (row.importance[i] === '0' && row.satisfaction[i] === '0') ? [i + 1] : []));
    expect(unanswered, `slots of ${row.outcome_id} whose source disagrees with their answers`).toEqual([]);
    const { importance_answered, importance_top, satisfaction_answered, satisfaction_top } = row;
    expect({ importance_answered, importance_top, satisfaction_answered, satisfaction_top }, `bitmaps of ${row.outcome_id}`).toEqual(bitmapsOf(row));
  }

  const respondents = await sql<{ id: string; slot: number }>('SELECT id, slot FROM respondents WHERE project_id = $1', [projectId]);
  const SOURCES: Record<string, string> = { s: 'survey', w: 'workshop' };
  const answer = (char: string | undefined) => (char === undefined || char === '0' ? null : Number(char));
  const expected: ViewRow[] = rows.flatMap((row) =>
    respondents.flatMap(({ id, slot }) => {
      const source = row.sources[slot - 1];
      if (source === undefined || source === '0') return [];
      return [{ outcome_id: row.outcome_id, respondent_id: id, project_id: projectId, importance: answer(row.importance[slot - 1]), satisfaction: answer(row.satisfaction[slot - 1]), source: SOURCES[source]! }];
    }),
  );
  const view = await sql<ViewRow & { updated_at: Date }>(
    `SELECT x.* FROM ratings x JOIN outcomes o ON o.id = x.outcome_id WHERE o.project_id = $1`,
    [projectId],
  );
  expect(view.map(({ updated_at: _, ...rest }) => rest).sort(byKey), 'the ratings view').toEqual(expected.sort(byKey));
  for (const x of view) expect(x.updated_at, 'a rating is as new as its outcome\'s answers').toEqual(rows.find((row) => row.outcome_id === x.outcome_id)!.updated_at);

  const accepted = new Set((await sql<{ id: string }>(`SELECT id FROM outcomes WHERE project_id = $1 AND status = 'accepted'`, [projectId])).map((row) => row.id));
  let all = new Map<string, Counts>();
  for (const label of [null, 'SMB']) {
    const truth = await sql<Counts>(FROM_VIEW, [projectId, label]);
    expect(await sql<Counts>(FROM_BITMAPS, [projectId, label]), `masked counts, segment ${label}`).toEqual(truth);
    const query = buildOutcomeCountsQuery({ projectId, segment: label ? { kind: 'label', label } : null });
    const backlogRows = await sql<Counts & { respondents: number }>(query.sql, query.params);
    const backlog = backlogRows.filter((row) => row.id !== null).map(countsOnly).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(backlog, `backlog, segment ${label}`).toEqual(truth.filter((row) => accepted.has(row.id)));
    const [scope] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM respondents r WHERE ${IN_SCOPE}`, [projectId, label]);
    expect(backlogRows[0]!.respondents).toBe(scope!.n);
    if (label === null) all = new Map(truth.map((row) => [row.id, row]));
  }
  return all;
}

const counts = (n_importance: number, important: number, n_satisfaction: number, satisfied: number) => ({ n_importance, important, n_satisfaction, satisfied });
const slotsOf = async (projectId: string) =>
  (await sql('SELECT external_id, slot FROM respondents WHERE project_id = $1 ORDER BY slot', [projectId])).map((row) => [row.external_id, row.slot]);
const slotCounter = async (projectId: string) => (await sql<{ n: number }>('SELECT respondent_slots AS n FROM projects WHERE id = $1', [projectId]))[0]!.n;
/** The 1-based positions of the 1s of a bitmap. */
const ones = (bits: string) => [...bits].flatMap((bit, i) => (bit === '1' ? [i + 1] : []));

describe('write_answers', () => {
  it('creates, updates, keeps, clears and deletes ratings, counting each change once', async () => {
    const fx = await setup();
    const [o1, o2, o3] = fx.outcomes;
    expect(await write(fx, [[0, 0, 5, 2], [0, 1, 4, null], [0, 2, 3, 5], [1, 0, null, 4], [1, 3, 5, 5]])).toEqual({ created: 5, updated: 0, deleted: 0 });
    // Each string as long as the highest slot written; O-3 was not written and has no row.
    expect(await stringsOf(fx)).toEqual([strings('543', '205', 'www'), strings('0005', '4005', 'w00w'), null]);
    expect((await expectConsistent(fx.projectId)).get(o1!.id)).toMatchObject(counts(3, 2, 2, 1));

    // R-1's importance of O-1 5 → 2 (satisfaction kept), R-3's satisfaction of O-1 cleared (importance kept), R-1's
    // rating of O-2 left with no answer (deleted), R-4 rates O-1's satisfaction only (created, importance kept at none:
    // the strings grow by a slot), and R-2's rating of O-1 written again as it is (no change).
    const result = await write(fx, [[0, 0, 2], [0, 2, undefined, null], [1, 0, null, null], [0, 3, undefined, 4], [0, 1, 4, null]]);
    expect(result).toEqual({ created: 1, updated: 2, deleted: 1 });
    expect(await stringsOf(fx)).toEqual([strings('2430', '2004', 'wwww'), strings('0005', '0005', '000w'), null]);
    const after = await expectConsistent(fx.projectId);
    expect(after.get(o1!.id)).toMatchObject(counts(3, 1, 2, 1));
    expect(after.get(o2!.id)).toMatchObject(counts(1, 1, 1, 1));

    // The same writes again change nothing, not even the rows' updated_at.
    const stamps = [await updatedAt(o1!.id), await updatedAt(o2!.id)];
    expect(await write(fx, [[0, 0, 2], [0, 2, undefined, null], [1, 0, null, null], [0, 3, undefined, 4], [0, 1, 4, null]])).toEqual({ created: 0, updated: 0, deleted: 0 });
    expect([await updatedAt(o1!.id), await updatedAt(o2!.id)]).toEqual(stamps);

    // Keeping or clearing what is not there creates nothing (the outcome's row exists from then on, empty).
    expect(await write(fx, [[2, 0], [2, 1, null, null], [2, 2, null]])).toEqual({ created: 0, updated: 0, deleted: 0 });
    expect((await stringsOf(fx))[2]).toEqual(strings('', '', ''));
    expect((await expectConsistent(fx.projectId)).get(o3!.id)).toMatchObject(counts(0, 0, 0, 0));
  });

  it('counts a change of source alone as an update, the cell taking the writer\'s source; refuses an unknown source', async () => {
    const fx = await setup();
    expect(await write(fx, [[0, 1, 4, 4]], 'workshop')).toEqual({ created: 1, updated: 0, deleted: 0 });
    expect(await write(fx, [[0, 1, 4, 4], [0, 0, 3, null]], 'survey')).toEqual({ created: 1, updated: 1, deleted: 0 });
    expect((await stringsOf(fx))[0]).toEqual(strings('34', '04', 'ss'));
    expect(await write(fx, [[0, 1, 4, 4]], 'survey')).toEqual({ created: 0, updated: 0, deleted: 0 });
    // A workshop answer to the survey's rating: the whole rating is the workshop's now.
    expect(await write(fx, [[0, 0, undefined, 2]], 'workshop')).toEqual({ created: 0, updated: 1, deleted: 0 });
    expect((await stringsOf(fx))[0]).toEqual(strings('34', '24', 'ws'));
    const view = await sql('SELECT respondent_id, importance, satisfaction, source FROM ratings WHERE outcome_id = $1 ORDER BY importance', [fx.outcomes[0]!.id]);
    expect(view).toEqual([
      { respondent_id: fx.respondentIds[0], importance: 3, satisfaction: 2, source: 'workshop' },
      { respondent_id: fx.respondentIds[1], importance: 4, satisfaction: 4, source: 'survey' },
    ]);
    await expectConsistent(fx.projectId);

    await expect(write(fx, [[0, 2, 5, 5]], 'email')).rejects.toMatchObject({ code: '23514' });
    expect((await stringsOf(fx))[0]).toEqual(strings('34', '24', 'ws'));
  });

  it('grows strings past their end with 0s, sets slots across 64-bit words, and leaves shorter strings short', async () => {
    const fx = await setup([]);
    await addManyRespondents(fx, 200);
    const slot = (n: number) => n - 1;
    expect(await write(fx, [[0, slot(1), 5, 1]])).toEqual({ created: 1, updated: 0, deleted: 0 });
    expect((await stringsOf(fx))[0]).toEqual(strings('5', '1', 'w'));
    // O-2 is answered only in the third word (a leading gap of two words); O-1 and O-3 straddle the word boundaries.
    const result = await write(fx, [
      [0, slot(63), 4, 2], [0, slot(64), 4, 2], [0, slot(65), 3, 5], [0, slot(128), 2, 4], [0, slot(129), 5, 5], [0, slot(200), 1, 4],
      [1, slot(130), 4, null],
      [2, slot(63), null, 5], [2, slot(64), 5, 4], [2, slot(65), 2, 2], [2, slot(190), 4, 4],
    ], 'survey');
    expect(result).toEqual({ created: 11, updated: 0, deleted: 0 });
    const [s1, s2, s3] = (await stringsOf(fx)) as Strings[];
    expect([s1!.importance.length, s2!.importance.length, s3!.importance.length]).toEqual([200, 130, 190]);
    expect(ones(bitmapsOf(s1!).importance_answered)).toEqual([1, 63, 64, 65, 128, 129, 200]);
    expect(ones(bitmapsOf(s2!).importance_answered)).toEqual([130]);
    const [bits] = await sql(
      `SELECT importance_answered::text AS ia, importance_top::text AS it, satisfaction_answered::text AS sa, satisfaction_top::text AS st FROM outcome_answers WHERE outcome_id = $1`,
      [fx.outcomes[0]!.id],
    );
    expect([ones(bits.ia), ones(bits.it), ones(bits.sa), ones(bits.st)]).toEqual([[1, 63, 64, 65, 128, 129, 200], [1, 63, 64, 129], [1, 63, 64, 65, 128, 129, 200], [65, 128, 129, 200]]);
    expect(s1!.sources).toBe(`w${'0'.repeat(61)}sss${'0'.repeat(62)}ss${'0'.repeat(70)}s`);
    // Slots alternate SMB (odd) and Enterprise (even): O-1's SMB answers are slots 1, 63, 65, 129.
    const truth = await expectConsistent(fx.projectId);
    expect(truth.get(fx.outcomes[0]!.id)).toMatchObject(counts(7, 4, 7, 4));
    expect((await sql<Counts>(FROM_VIEW, [fx.projectId, 'SMB'])).find((row) => row.id === fx.outcomes[0]!.id)).toMatchObject(counts(4, 3, 4, 2));

    // A respondent created now takes slot 201 and grows O-2 from 130 characters to 201.
    fx.respondentIds.push(await fx.addRespondent('W-201', 'SMB'));
    expect(await write(fx, [[1, slot(201), 2, 5]])).toEqual({ created: 1, updated: 0, deleted: 0 });
    expect((await stringsOf(fx))[1]!.importance).toBe(`${'0'.repeat(129)}4${'0'.repeat(70)}2`);
    expect((await expectConsistent(fx.projectId)).get(fx.outcomes[1]!.id)).toMatchObject(counts(2, 1, 1, 1));
  });
});

describe('deleting respondents', () => {
  it('blanks their slots in every outcome they answered, in one statement, and leaves other rows alone', async () => {
    const fx = await setup();
    const other = await setup([['Q-1', null]]);
    const [o1, o2, o3] = fx.outcomes;
    await write(fx, [[0, 0, 5, 1], [0, 3, 4, 4], [1, 1, 2, 2], [2, 3, 1, null]]);
    await write(other, [[0, 0, 3, 3]]);
    const untouched = [await updatedAt(o2!.id), await updatedAt(other.outcomes[0]!.id)];
    // R-3 answered nothing; R-4 answered O-1 and O-3.
    await sql('DELETE FROM respondents WHERE id = ANY($1::uuid[])', [[fx.respondentIds[2], fx.respondentIds[3]]]);
    expect(await stringsOf(fx)).toEqual([strings('5000', '1000', 'w000'), strings('02', '02', '0w'), strings('0000', '0000', '0000')]);
    expect([await updatedAt(o2!.id), await updatedAt(other.outcomes[0]!.id)]).toEqual(untouched);
    const truth = await expectConsistent(fx.projectId);
    expect(truth.get(o1!.id)).toMatchObject(counts(1, 1, 1, 0));
    expect(truth.get(o3!.id)).toMatchObject(counts(0, 0, 0, 0));
    expect(await stringsOf(other)).toEqual([strings('3', '3', 'w'), null, null]);
    await expectConsistent(other.projectId);

    // A project's deletion takes its outcomes' rows with it.
    await sql('DELETE FROM projects WHERE id = $1', [fx.projectId]);
    expect(await sql('SELECT outcome_id FROM outcome_answers')).toEqual([{ outcome_id: other.outcomes[0]!.id }]);
  });

  it('never hands a slot out again, and a respondent keeps their slot', async () => {
    const fx = await setup();
    const [o1, o2] = fx.outcomes;
    await write(fx, [[0, 0, 5, 5], [0, 3, 4, 4], [1, 1, 1, 2]]);
    expect(await slotsOf(fx.projectId)).toEqual([['R-1', 1], ['R-2', 2], ['R-3', 3], ['R-4', 4]]);
    await sql('DELETE FROM respondents WHERE id = $1', [fx.respondentIds[3]]);
    // Had R-5 taken R-4's slot 4, R-4's answers would be R-5's (were they not blanked).
    fx.respondentIds.push(await fx.addRespondent('R-5', 'SMB'));
    expect(await slotsOf(fx.projectId)).toEqual([['R-1', 1], ['R-2', 2], ['R-3', 3], ['R-5', 5]]);
    expect(await slotCounter(fx.projectId)).toBe(5);
    await write(fx, [[1, 4, 5, 5]]);
    const truth = await expectConsistent(fx.projectId);
    expect(truth.get(o1!.id)).toMatchObject(counts(1, 1, 1, 1));
    expect(truth.get(o2!.id)).toMatchObject(counts(2, 1, 2, 1));
    await expect(sql('UPDATE respondents SET slot = 9 WHERE id = $1', [fx.respondentIds[0]])).rejects.toMatchObject({ code: '23514' });
    await expect(sql('UPDATE respondents SET project_id = $2 WHERE id = $1', [fx.respondentIds[0], (await setup([])).projectId])).rejects.toMatchObject({ code: '23514' });
  });

  it('deleting an outcome removes its row', async () => {
    const fx = await setup();
    const [o1, o2] = fx.outcomes;
    await write(fx, [[0, 0, 5, 5], [0, 1, 2, 2], [1, 2, 4, 1]]);
    const answerRows = async () => (await sql('SELECT outcome_id FROM outcome_answers ORDER BY outcome_id')).map((row) => row.outcome_id);
    expect(await answerRows()).toEqual([o1!.id, o2!.id].sort());
    status(await fx.call('DELETE', `/api/v1/outcomes/${o1!.id}`), 204);
    expect(await answerRows()).toEqual([o2!.id]);
    expect((await expectConsistent(fx.projectId)).get(o2!.id)).toMatchObject(counts(1, 1, 1, 0));
  });
});

describe('move_answers', () => {
  it('moves the characters at the given slots to the target, blanks them on the source, and moves them back', async () => {
    const fx = await setup();
    const [a, b, c] = fx.outcomes;
    await write(fx, [[0, 0, 5, 1], [0, 1, 2, 2], [1, 1, 4, 4], [1, 3, 1, null]]);
    await write(fx, [[1, 2, 5, 2]], 'survey');
    const before = await sql('SELECT outcome_id, respondent_id, importance, satisfaction, source FROM ratings ORDER BY 1, 2');
    await sql('SELECT move_answers($1, $2, $3::int[])', [b!.id, a!.id, [3, 4]]);
    expect(await stringsOf(fx)).toEqual([strings('5251', '1220', 'wwsw'), strings('0400', '0400', '0w00'), null]);
    const merged = await expectConsistent(fx.projectId);
    expect(merged.get(a!.id)).toMatchObject(counts(4, 2, 3, 0));
    expect(merged.get(b!.id)).toMatchObject(counts(1, 1, 1, 1));

    await sql('SELECT move_answers($1, $2, $3::int[])', [a!.id, b!.id, [3, 4]]);
    expect(await stringsOf(fx)).toEqual([strings('5200', '1200', 'ww00'), strings('0451', '0420', '0wsw'), null]);
    expect(await sql('SELECT outcome_id, respondent_id, importance, satisfaction, source FROM ratings ORDER BY 1, 2')).toEqual(before);
    await expectConsistent(fx.projectId);

    // To an outcome without a row (created), and no slots at all (nothing happens).
    await sql('SELECT move_answers($1, $2, $3::int[])', [a!.id, c!.id, [1]]);
    await sql('SELECT move_answers($1, $2, $3::int[])', [b!.id, c!.id, []]);
    expect(await stringsOf(fx)).toEqual([strings('0200', '0200', '0w00'), strings('0451', '0420', '0wsw'), strings('5', '1', 'w')]);
    expect((await expectConsistent(fx.projectId)).get(c!.id)).toMatchObject(counts(1, 1, 1, 0));
  });
});

describe('the ratings view', () => {
  it('shows one row per rated cell of a respondent that exists, and cannot be written', async () => {
    const fx = await setup();
    await write(fx, [[0, 0, 5, null], [0, 2, null, 3], [1, 3, 4, 4]]);
    // Written by hand: slot 9 belongs to no respondent (none was ever created there), and slot 2's cell is not rated.
    await sql(`UPDATE outcome_answers SET importance = '500000005', satisfaction = '003000005', sources = 'w0w00000s' WHERE outcome_id = $1`, [fx.outcomes[0]!.id]);
    const view = await sql<ViewRow>('SELECT outcome_id, respondent_id, project_id, importance, satisfaction, source FROM ratings WHERE project_id = $1', [fx.projectId]);
    expect(view.sort(byKey)).toEqual(
      ([
        { outcome_id: fx.outcomes[0]!.id, respondent_id: fx.respondentIds[0], project_id: fx.projectId, importance: 5, satisfaction: null, source: 'workshop' },
        { outcome_id: fx.outcomes[0]!.id, respondent_id: fx.respondentIds[2], project_id: fx.projectId, importance: null, satisfaction: 3, source: 'workshop' },
        { outcome_id: fx.outcomes[1]!.id, respondent_id: fx.respondentIds[3], project_id: fx.projectId, importance: 4, satisfaction: 4, source: 'workshop' },
      ] as ViewRow[]).sort(byKey),
    );
    // The masked counts leave slot 9 out as the view does.
    expect((await expectConsistent(fx.projectId)).get(fx.outcomes[0]!.id)).toMatchObject(counts(1, 1, 1, 0));
    await expect(
      sql(`INSERT INTO ratings (outcome_id, respondent_id, project_id, importance, satisfaction, source) VALUES ($1, $2, $3, 5, 5, 'workshop')`, [
        fx.outcomes[2]!.id, fx.respondentIds[0], fx.projectId,
      ]),
    ).rejects.toThrow();
    await expect(sql('DELETE FROM ratings WHERE outcome_id = $1', [fx.outcomes[1]!.id])).rejects.toThrow();
    expect(await sql('SELECT count(*)::int AS n FROM ratings WHERE project_id = $1', [fx.projectId])).toEqual([{ n: 3 }]);
  });
});

describe('every writer of the API', () => {
  it('leaves strings, bitmaps, view and counts in agreement: batch upserts, long and wide imports, a merge and its undo', async () => {
    const fx = await setup();
    const [a, b] = fx.outcomes;
    await fx.upsert([[0, 0, 5, 1], [0, 1, 2, 2], [1, 1, 4, 4], [1, 2, 5, 2], [1, 3, 1, null]]);
    const upserted = await expectConsistent(fx.projectId);
    expect(upserted.get(a!.id)).toMatchObject(counts(2, 1, 2, 0));
    expect(await fx.upsert([[0, 0, 2], [1, 2, null, null], [2, 3, 4, 4]])).toMatchObject({ created: 1, updated: 1, deleted: 1 });
    await expectConsistent(fx.projectId);

    const long = ['respondent_id,outcome_id,importance,satisfaction,segment', 'R-1,O-1,4,2,SMB', 'R-1,O-3,,5,SMB', 'R-5,O-1,5,5,SMB', 'R-6,O-2,4,3,Enterprise'];
    expect((await fx.importCsv('long', long)).ratings).toEqual({ created: 3, updated: 1, unchanged: 0 });
    await expectConsistent(fx.projectId);
    const wide = ['id,segment,O-1 imp,O-1 sat,O-2 imp,O-2 sat,O-3 imp,O-3 sat', 'R-2,,3,3,5,1,,', 'R-7,SMB,5,4,,,2,2'];
    expect((await fx.importCsv('wide', wide)).ratings).toEqual({ created: 2, updated: 2, unchanged: 0 });
    const before = await expectConsistent(fx.projectId);
    // O-1: R-1 (4, 2), R-2 (3, 3), R-5 (5, 5), R-7 (5, 4).
    expect(before.get(a!.id)).toMatchObject(counts(4, 3, 4, 2));

    const version = (await fx.call('GET', `/api/v1/outcomes/${b!.id}`)).body.version as number;
    const merged = await fx.call('POST', `/api/v1/outcomes/${b!.id}/merge`, { intoOutcomeId: a!.id, version });
    status(merged, 200);
    // B's ratings of R-4 (1, –) and R-6 (4, 3) move to A (R-2 rated both: that one stays on B).
    const after = await expectConsistent(fx.projectId);
    expect(after.get(a!.id)).toMatchObject(counts(6, 4, 5, 2));
    expect(after.get(b!.id)).toMatchObject(counts(1, 1, 1, 0));
    status(await fx.call('POST', `/api/v1/outcomes/${b!.id}/unmerge`, { version: merged.body.merged.version }), 200);
    expect(await expectConsistent(fx.projectId)).toEqual(before);
  });
});

describe('respondent slots', () => {
  it('are 1..n in creation order per project, whether created one by one or by an import', async () => {
    const p = await setup();
    await p.importCsv('long', ['respondent_id,outcome_id,importance,satisfaction', 'R-2,O-1,4,4', 'R-9,O-1,5,1', 'R-10,O-2,2,5']);
    await p.addRespondent('R-11');
    const slots = await slotsOf(p.projectId);
    expect(slots.slice(0, 4)).toEqual([['R-1', 1], ['R-2', 2], ['R-3', 3], ['R-4', 4]]);
    expect(new Set(slots.slice(4, 6).map(([externalId]) => externalId))).toEqual(new Set(['R-9', 'R-10']));
    expect(slots.slice(4).map(([, slot]) => slot)).toEqual([5, 6, 7]);
    expect(slots[6]).toEqual(['R-11', 7]);
    expect(await slotCounter(p.projectId)).toBe(7);

    // Another project starts at 1, its respondents created by an import first.
    const q = await setup([]);
    await q.importCsv('wide', ['id,segment,O-1 imp,O-1 sat,O-2 imp,O-2 sat', 'Q-1,SMB,5,2,,', 'Q-2,,3,4,4,', 'Q-3,smb,,,1,5']);
    await q.addRespondent('Q-4', 'SMB');
    expect((await slotsOf(q.projectId)).map(([, slot]) => slot)).toEqual([1, 2, 3, 4]);
    expect(await slotCounter(q.projectId)).toBe(4);
    await expectConsistent(p.projectId);
    expect((await expectConsistent(q.projectId)).get(q.outcomes[0]!.id)).toMatchObject(counts(2, 1, 2, 1));
  });
});

describe('concurrent writers', () => {
  const writeIn = async (db: pg.Client, fx: Fixture, rates: Rate[]) => (await db.query<WriteCounts>(WRITE_ANSWERS, writeParams(fx, rates, 'workshop'))).rows[0];

  it('two transactions writing one outcome through write_answers both land, the second waiting for the first', async () => {
    const fx = await setup();
    // O-1 already has a row (the second waits for the first's lock of it); O-2 has none yet (the first creates it, and
    // the second waits for that insert). The second also answers R-1's satisfaction, keeping the importance the first
    // wrote: had it read the strings before its wait ended, it would count a new rating and blank that importance.
    await write(fx, [[0, 2, 4, 4]]);
    for (const outcome of [0, 1]) {
      const first = await session();
      const second = await session();
      await first.query('BEGIN');
      expect(await writeIn(first, fx, [[outcome, 0, 5, 1]])).toEqual({ created: 1, updated: 0, deleted: 0 });
      await second.query('BEGIN');
      const writing = writeIn(second, fx, [[outcome, 1, 4, 5], [outcome, 3, 2, 2], [outcome, 0, undefined, 3]]);
      await untilBlocked(1);
      await first.query('COMMIT');
      expect(await writing).toEqual({ created: 2, updated: 1, deleted: 0 });
      await second.query('COMMIT');
    }
    expect(await stringsOf(fx)).toEqual([strings('5442', '3542', 'wwww'), strings('5402', '3502', 'ww0w'), null]);
    const truth = await expectConsistent(fx.projectId);
    expect(truth.get(fx.outcomes[0]!.id)).toMatchObject(counts(4, 3, 4, 2));
    expect(truth.get(fx.outcomes[1]!.id)).toMatchObject(counts(3, 2, 3, 1));
  });

  it('two transactions adding respondents to one project get distinct slots', async () => {
    const fx = await setup();
    const [first, second] = [await session(), await session()];
    const add = (db: pg.Client, externalId: string) =>
      db.query<{ slot: number }>('INSERT INTO respondents (project_id, external_id, segment) VALUES ($1, $2, $3) RETURNING slot', [fx.projectId, externalId, 'SMB']);
    await first.query('BEGIN');
    const firstSlot = (await add(first, 'S-1')).rows[0]!.slot;
    await second.query('BEGIN');
    const adding = add(second, 'S-2');
    await untilBlocked(1, 'advisory');
    await first.query('COMMIT');
    const secondSlot = (await adding).rows[0]!.slot;
    await second.query('COMMIT');
    expect([firstSlot, secondSlot]).toEqual([5, 6]);
    expect(await slotCounter(fx.projectId)).toBe(6);
  });
});

describe('the backlog', () => {
  it('scores from the bitmaps what the strings say', async () => {
    const fx = await setup();
    // O-1: importance 5, 4, 2 (2 of 3 in the top two boxes); satisfaction 1, –, 4 (1 of 2). O-2 and O-3 unrated.
    await fx.upsert([[0, 0, 5, 1], [0, 1, 4, null], [0, 2, 2, 4]]);
    const all = await fx.call('GET', `/api/v1/projects/${fx.projectId}/opportunities`);
    status(all, 200);
    expect(all.body).toMatchObject({ respondents: 4, unrated: 2, total: 1 });
    const [item] = all.body.items;
    expect(item).toMatchObject({ outcomeId: fx.outcomes[0]!.id, nImportance: 3, nSatisfaction: 2 });
    // importance = 10 × 2/3, satisfaction = 10 × 1/2, opportunity = importance + max(importance − satisfaction, 0).
    expect(item.importance).toBeCloseTo(20 / 3, 10);
    expect(item.satisfaction).toBeCloseTo(5, 10);
    expect(item.opportunity).toBeCloseTo(20 / 3 + (20 / 3 - 5), 10);

    // Segment SMB is: importance 5, 2 (1 of 2); satisfaction 1, 4 (1 of 2).
    const smb = await fx.call('GET', `/api/v1/projects/${fx.projectId}/opportunities?segment=SMB`);
    status(smb, 200);
    expect(smb.body).toMatchObject({ respondents: 2, items: [{ nImportance: 2, nSatisfaction: 2, importance: 5, satisfaction: 5, opportunity: 5 }] });
  });
});

describe('the segmentation matrix', () => {
  it('is read from the strings as the ratings view has it: rated accepted outcomes by key, the respondents who rated them by id', async () => {
    const fx = await setup([['R-1', 'SMB'], ['R-2', null], ['R-3', null], ['R-4', null], ['R-5', null]]);
    fx.outcomes.push((await fx.call('POST', `/api/v1/projects/${fx.projectId}/outcomes`, { statement: 'Minimize the time it takes to file a claim' })).body);
    const [o1, o2, o3, draft] = fx.outcomes;
    await write(fx, [[0, 0, 5, 1], [0, 1, null, 4], [2, 1, 3, 3], [2, 3, 4, null], [1, 2, 2, 2], [3, 4, 5, 5]]);
    await write(fx, [[2, 0, 1, 2]], 'survey');
    // O-2's only rater goes; then a hand-written answer at slot 9, which no respondent has: O-2 counts as unrated. R-5
    // rated only an outcome that is not accepted, and is no row.
    await sql('DELETE FROM respondents WHERE id = $1', [fx.respondentIds[2]]);
    await sql(`UPDATE outcome_answers SET importance = '000000005', satisfaction = '000000005', sources = '00000000s' WHERE outcome_id = $1`, [o2!.id]);
    await expectConsistent(fx.projectId);

    const load = () => ctx.app.get(DataSource).transaction('REPEATABLE READ', (manager) => loadRatingMatrix(manager, fx.projectId));
    const { outcomes, encoded } = await load();
    const matrix = decodeRatingMatrix(encoded);
    expect(outcomes.map((outcome) => outcome.id)).toEqual([o1!.id, o3!.id]);
    expect(matrix.respondentIds).toEqual([fx.respondentIds[0], fx.respondentIds[1], fx.respondentIds[3]].sort());
    const rowOf = (r: number) => matrix.ratings[matrix.respondentIds.indexOf(fx.respondentIds[r]!)];
    expect(rowOf(0)).toEqual([{ importance: 5, satisfaction: 1 }, { importance: 1, satisfaction: 2 }]);
    expect(rowOf(1)).toEqual([{ importance: null, satisfaction: 4 }, { importance: 3, satisfaction: 3 }]);
    expect(rowOf(3)).toEqual([undefined, { importance: 4, satisfaction: null }]);
    expect(rowOf(3)).toHaveLength(2);

    // The same matrix from the view's rows.
    const rated = await sql<{ id: string; key: number; statement: string }>(
      `SELECT o.id, o.key, o.statement FROM outcomes o
       WHERE o.project_id = $1 AND o.status = 'accepted' AND EXISTS (SELECT 1 FROM ratings x WHERE x.outcome_id = o.id) ORDER BY o.key`,
      [fx.projectId],
    );
    expect(outcomes).toEqual(rated);
    const rows = await sql<ViewRow>('SELECT * FROM ratings WHERE outcome_id = ANY($1::uuid[])', [rated.map((outcome) => outcome.id)]);
    const respondentIds = [...new Set(rows.map((row) => row.respondent_id))].sort();
    const ratings = respondentIds.map((respondentId) =>
      rated.map((outcome) => {
        const row = rows.find((candidate) => candidate.respondent_id === respondentId && candidate.outcome_id === outcome.id);
        return row && { importance: row.importance, satisfaction: row.satisfaction };
      }),
    );
    expect(matrix).toEqual({ respondentIds, outcomeIds: rated.map((outcome) => outcome.id), ratings });
    expect(encoded.outcomeIds).not.toContain(draft!.id);

    // Same data, same matrix.
    expect(decodeRatingMatrix((await load()).encoded)).toEqual(matrix);
  });
});
