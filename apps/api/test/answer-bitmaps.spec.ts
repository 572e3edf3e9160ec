import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { buildOutcomeCountsQuery, MASKED_COUNTS, SCOPE_MASK_CTE } from '../src/modules/opportunities/outcome-counts.query.js';
import { useDbSessions } from './db-sessions.js';
import { useTestApp, type Response } from './test-app.js';

// The backlog counts answers from per-outcome bitmaps indexed by respondent slot (1764800000000-answer-bitmaps), while
// `ratings` stays the truth. Every test below changes ratings through one writer and then checks that both agree.
const ctx = useTestApp();
const { sql, session, untilBlocked } = useDbSessions(ctx);

type Method = 'GET' | 'POST' | 'DELETE';
type Outcome = { id: string; key: string; version: number };
type Counts = { id: string; n_importance: number; important: number; n_satisfaction: number; satisfied: number };
/** [outcome index, respondent index, importance, satisfaction]: undefined leaves an answer out (kept), null clears it. */
type Rate = [number, number, (number | null)?, (number | null)?];

const status = (response: Response, expected: number) => expect(response.status, JSON.stringify(response.body)).toBe(expected);


const DEFAULT_RESPONDENTS: [string, string | null][] = [['R-1', 'SMB'], ['R-2', 'Enterprise'], ['R-3', 'smb'], ['R-4', null]];

/** A project with accepted outcomes O-1..O-3 and respondents (by default R-1 SMB, R-2 Enterprise, R-3 smb, R-4 none). */
async function setup(respondents = DEFAULT_RESPONDENTS) {
  const owner = await ctx.client.register('Bea Bitmap');
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

// Both sides select respondents in scope the same way the segment filter does (a label matches case-insensitively).
const IN_SCOPE = `r.project_id = $1 AND ($2::text IS NULL OR lower(r.segment) = lower($2::text))`;

/** The truth: every outcome of the project (any status) counted from `ratings` of respondents that exist. */
const FROM_RATINGS = `
  SELECT o.id, count(x.importance)::int AS n_importance, (count(*) FILTER (WHERE x.importance >= 4))::int AS important,
    count(x.satisfaction)::int AS n_satisfaction, (count(*) FILTER (WHERE x.satisfaction >= 4))::int AS satisfied
  FROM outcomes o LEFT JOIN (ratings x JOIN respondents r ON r.id = x.respondent_id AND ${IN_SCOPE}) ON x.outcome_id = o.id
  WHERE o.project_id = $1 GROUP BY o.id ORDER BY o.id`;

/** Every outcome (merged ones too, which the backlog leaves out) counted from its bitmaps with the API's own fragments. */
const FROM_BITMAPS = `
  WITH chosen AS MATERIALIZED (SELECT r.slot FROM respondents r WHERE ${IN_SCOPE}), ${SCOPE_MASK_CTE}
  SELECT o.id, ${MASKED_COUNTS} FROM outcomes o CROSS JOIN scope LEFT JOIN outcome_answer_bitmaps b ON b.outcome_id = o.id
  WHERE o.project_id = $1 ORDER BY o.id`;

// Bit `slot` of a bitmap column (false past its end, or with no bitmap row).
const bit = (column: string) => `coalesce(substring(b.${column} FROM r.slot FOR 1) = B'1', false)`;

/** Respondents whose bit in an outcome's bitmaps disagrees with their rating: counts alone miss a bit set at the wrong slot. */
const WRONG_BITS = `
  SELECT o.key, r.external_id, r.slot FROM outcomes o JOIN respondents r ON r.project_id = o.project_id
  LEFT JOIN ratings x ON x.outcome_id = o.id AND x.respondent_id = r.id LEFT JOIN outcome_answer_bitmaps b ON b.outcome_id = o.id
  WHERE o.project_id = $1 AND ((x.importance IS NOT NULL) <> ${bit('importance_answered')} OR coalesce(x.importance >= 4, false) <> ${bit('importance_top')}
    OR (x.satisfaction IS NOT NULL) <> ${bit('satisfaction_answered')} OR coalesce(x.satisfaction >= 4, false) <> ${bit('satisfaction_top')})`;

const countsOnly = ({ id, n_importance, important, n_satisfaction, satisfied }: Counts): Counts => ({ id, n_importance, important, n_satisfaction, satisfied });

/**
 * Asserts that every existing respondent's bits match their rating, and that the bitmaps give the ratings' counts for
 * every outcome, over all respondents and over segment SMB, both with the fragments above and with the backlog's own
 * statement (accepted outcomes, and the scope's respondent count). Answers the truth over all respondents by outcome id.
 */
async function expectBitmapsAgree(projectId: string): Promise<Map<string, Counts>> {
  expect(await sql(WRONG_BITS, [projectId]), 'bits of existing respondents').toEqual([]);
  const accepted = new Set((await sql<{ id: string }>(`SELECT id FROM outcomes WHERE project_id = $1 AND status = 'accepted'`, [projectId])).map((row) => row.id));
  let all = new Map<string, Counts>();
  for (const label of [null, 'SMB']) {
    const truth = await sql<Counts>(FROM_RATINGS, [projectId, label]);
    expect(await sql<Counts>(FROM_BITMAPS, [projectId, label]), `bitmaps, segment ${label}`).toEqual(truth);
    const query = buildOutcomeCountsQuery({ projectId, segment: label ? { kind: 'label', label } : null });
    const rows = await sql<Counts & { respondents: number }>(query.sql, query.params);
    const backlog = rows.filter((row) => row.id !== null).map(countsOnly).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(backlog, `backlog, segment ${label}`).toEqual(truth.filter((row) => accepted.has(row.id)));
    const [scope] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM respondents r WHERE ${IN_SCOPE}`, [projectId, label]);
    expect(rows[0]!.respondents).toBe(scope!.n);
    if (label === null) all = new Map(truth.map((row) => [row.id, row]));
  }
  return all;
}

const counts = (n_importance: number, important: number, n_satisfaction: number, satisfied: number) => ({ n_importance, important, n_satisfaction, satisfied });
const slotsOf = async (projectId: string) =>
  (await sql('SELECT external_id, slot FROM respondents WHERE project_id = $1 ORDER BY slot', [projectId])).map((row) => [row.external_id, row.slot]);
const slotCounter = async (projectId: string) => (await sql<{ n: number }>('SELECT respondent_slots AS n FROM projects WHERE id = $1', [projectId]))[0]!.n;


describe('the answer bitmaps agree with the ratings', () => {
  it('after batch upserts that create, update, clear and delete ratings', async () => {
    const fx = await setup();
    await fx.upsert([
      [0, 0, 5, 2], [0, 1, 4, null], [0, 2, 3, 5], [0, 3, 1, 1],
      [1, 0, null, 4], [1, 2, 4, 1], [1, 3, 5, 5],
      [2, 1, 2, 3],
    ]);
    expect((await expectBitmapsAgree(fx.projectId)).get(fx.outcomes[0]!.id)).toMatchObject(counts(4, 2, 3, 1));

    // R-1's importance of O-1 5 → 2 (satisfaction kept), R-3's satisfaction of O-1 cleared, a new rating of O-3, and
    // R-3's rating of O-2 left with no answer: deleted, the only change to O-2 (no other trigger rebuilds it).
    const result = await fx.upsert([[0, 0, 2], [0, 2, undefined, null], [1, 2, null, null], [2, 3, 4, 4]]);
    expect(result).toMatchObject({ created: 1, updated: 2, deleted: 1 });
    const after = await expectBitmapsAgree(fx.projectId);
    expect(after.get(fx.outcomes[0]!.id)).toMatchObject(counts(4, 1, 2, 0));
    expect(after.get(fx.outcomes[1]!.id)).toMatchObject(counts(1, 1, 2, 2));
    expect(after.get(fx.outcomes[2]!.id)).toMatchObject(counts(2, 1, 2, 1));
  });

  it('after long and wide imports over workshop ratings, a re-import, and a file changing answers', async () => {
    const fx = await setup();
    await fx.upsert([[0, 0, 5, 1], [1, 1, 2, 4]]);
    const long = [
      'respondent_id,outcome_id,importance,satisfaction,segment',
      'R-1,O-1,4,2,SMB',
      'R-1,O-3,,5,SMB',
      'R-5,O-1,5,5,SMB',
      'R-5,O-2,1,,SMB',
      'R-6,O-2,4,3,Enterprise',
      'R-6,O-3,,,Enterprise',
    ];
    expect((await fx.importCsv('long', long)).ratings).toEqual({ created: 4, updated: 1, unchanged: 0 });
    await expectBitmapsAgree(fx.projectId);
    expect((await fx.importCsv('long', long)).ratings).toEqual({ created: 0, updated: 0, unchanged: 5 });
    await expectBitmapsAgree(fx.projectId);

    // R-2's workshop rating of O-2 (2, 4) becomes (5, 1); R-7 is new.
    const wide = ['id,segment,O-1 imp,O-1 sat,O-2 imp,O-2 sat,O-3 imp,O-3 sat', 'R-2,,3,3,5,1,,', 'R-7,SMB,5,4,,,2,2'];
    expect((await fx.importCsv('wide', wide)).ratings).toEqual({ created: 3, updated: 1, unchanged: 0 });
    await expectBitmapsAgree(fx.projectId);

    const changes = ['respondent_id,outcome_id,importance,satisfaction', 'R-5,O-1,2,5', 'R-6,O-2,4,', 'R-7,O-3,4,4'];
    expect((await fx.importCsv('long', changes)).ratings).toEqual({ created: 0, updated: 3, unchanged: 0 });
    const truth = await expectBitmapsAgree(fx.projectId);
    // O-1: R-1 (4, 2), R-2 (3, 3), R-5 (2, 5), R-7 (5, 4).
    expect(truth.get(fx.outcomes[0]!.id)).toMatchObject(counts(4, 2, 4, 2));
    // O-2: R-2 (5, 1), R-5 (1, –), R-6 (4, –).
    expect(truth.get(fx.outcomes[1]!.id)).toMatchObject(counts(3, 2, 1, 0));
  });

  it('after a merge moves ratings and an unmerge moves them back', async () => {
    const fx = await setup();
    const [a, b] = fx.outcomes;
    // R-2 rated both: that rating of B stays on B (one rating per outcome and respondent); R-3's and R-4's move.
    await fx.upsert([[0, 0, 5, 1], [0, 1, 2, 2], [1, 1, 4, 4], [1, 2, 5, 2], [1, 3, 1, null]]);
    const before = await expectBitmapsAgree(fx.projectId);
    const version = (await fx.call('GET', `/api/v1/outcomes/${b!.id}`)).body.version as number;
    const merged = await fx.call('POST', `/api/v1/outcomes/${b!.id}/merge`, { intoOutcomeId: a!.id, version });
    status(merged, 200);
    const after = await expectBitmapsAgree(fx.projectId);
    expect(after.get(a!.id)).toMatchObject(counts(4, 2, 3, 0));
    expect(after.get(b!.id)).toMatchObject(counts(1, 1, 1, 1));

    status(await fx.call('POST', `/api/v1/outcomes/${b!.id}/unmerge`, { version: merged.body.merged.version }), 200);
    expect(await expectBitmapsAgree(fx.projectId)).toEqual(before);
  });

  it('after a respondent is deleted, whose slot is never handed out again', async () => {
    const fx = await setup();
    const [o1, o2] = fx.outcomes;
    await fx.upsert([[0, 0, 5, 5], [0, 3, 4, 4], [1, 1, 1, 2]]);
    expect(await slotsOf(fx.projectId)).toEqual([['R-1', 1], ['R-2', 2], ['R-3', 3], ['R-4', 4]]);
    await sql('DELETE FROM respondents WHERE id = $1', [fx.respondentIds[3]]);
    expect((await expectBitmapsAgree(fx.projectId)).get(o1!.id)).toMatchObject(counts(1, 1, 1, 1));
    // R-4 had the highest slot; its bit of O-1 lingers (no rebuild), which only the mask keeps out of the counts.
    expect(await sql('SELECT substring(importance_answered FROM 4 FOR 1)::text AS bit FROM outcome_answer_bitmaps WHERE outcome_id = $1', [o1!.id])).toEqual([
      { bit: '1' },
    ]);

    // Had R-5 taken R-4's slot 4, R-4's lingering bits would count as R-5's answer to O-1.
    fx.respondentIds.push(await fx.addRespondent('R-5', 'SMB'));
    expect(await slotsOf(fx.projectId)).toEqual([['R-1', 1], ['R-2', 2], ['R-3', 3], ['R-5', 5]]);
    expect(await slotCounter(fx.projectId)).toBe(5);
    await fx.upsert([[1, 4, 5, 5]]);
    const truth = await expectBitmapsAgree(fx.projectId);
    expect(truth.get(o1!.id)).toMatchObject(counts(1, 1, 1, 1));
    expect(truth.get(o2!.id)).toMatchObject(counts(2, 1, 2, 1));
  });

  it('deleting an outcome removes its bitmap row', async () => {
    const fx = await setup();
    const [o1, o2] = fx.outcomes;
    await fx.upsert([[0, 0, 5, 5], [0, 1, 2, 2], [1, 2, 4, 1]]);
    const bitmapRows = async () => (await sql('SELECT outcome_id FROM outcome_answer_bitmaps ORDER BY outcome_id')).map((row) => row.outcome_id);
    expect(await bitmapRows()).toEqual([o1!.id, o2!.id].sort());
    status(await fx.call('DELETE', `/api/v1/outcomes/${o1!.id}`), 204);
    expect(await bitmapRows()).toEqual([o2!.id]);
    expect((await expectBitmapsAgree(fx.projectId)).get(o2!.id)).toMatchObject(counts(1, 1, 1, 0));
  });

  it('with slots spread over several 64-bit words, whole words without an answer, and deleted respondents', async () => {
    const fx = await setup([]);
    const lines = Array.from({ length: 200 }, (_, i) => `W-${String(i + 1).padStart(3, '0')},O-1,,,${i % 2 ? 'SMB' : 'Enterprise'}`);
    await fx.importCsv('long', ['respondent_id,outcome_id,importance,satisfaction,segment', ...lines]);
    // Respondent index = slot − 1, whatever order the import numbered them in.
    const bySlot = await sql<{ id: string }>('SELECT id FROM respondents WHERE project_id = $1 ORDER BY slot', [fx.projectId]);
    fx.respondentIds.push(...bySlot.map((row) => row.id));
    const slot = (n: number) => n - 1;
    // O-2 is answered only in the third word (a leading gap of two words); O-1 and O-3 straddle the first word boundary.
    await fx.upsert([
      [0, slot(1), 5, 1], [0, slot(64), 4, 2], [0, slot(65), 3, 5], [0, slot(129), 5, 5], [0, slot(200), 1, 4],
      [1, slot(130), 4, null],
      [2, slot(63), null, 5], [2, slot(64), 5, 4], [2, slot(65), 2, 2], [2, slot(190), 4, 4],
    ]);
    expect((await expectBitmapsAgree(fx.projectId)).get(fx.outcomes[0]!.id)).toMatchObject(counts(5, 3, 5, 3));
    await sql('DELETE FROM respondents WHERE id = ANY($1::uuid[])', [[fx.respondentIds[slot(64)], fx.respondentIds[slot(200)]]]);
    expect((await expectBitmapsAgree(fx.projectId)).get(fx.outcomes[0]!.id)).toMatchObject(counts(3, 2, 3, 2));
    await fx.addRespondent('W-201');
    expect(await slotCounter(fx.projectId)).toBe(201);
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
    await expectBitmapsAgree(p.projectId);
    expect((await expectBitmapsAgree(q.projectId)).get(q.outcomes[0]!.id)).toMatchObject(counts(2, 1, 2, 1));
  });
});

describe('concurrent writers', () => {
  const insertRating = (db: pg.Client, fx: Awaited<ReturnType<typeof setup>>, [o, r, importance, satisfaction]: Rate) =>
    db.query(
      `INSERT INTO ratings (outcome_id, respondent_id, project_id, importance, satisfaction, source) VALUES ($1, $2, $3, $4, $5, 'workshop')`,
      [fx.outcomes[o]!.id, fx.respondentIds[r]!, fx.projectId, importance, satisfaction],
    );

  it('two transactions rating one outcome rebuild its bitmaps one after the other, the second seeing the first', async () => {
    const fx = await setup();
    // O-1 already has a bitmap row (the second waits for the first's rewrite of it); O-2 has none yet (the first creates it).
    // Were the second to read the ratings before that wait ended, the first's answer would be missing from the bitmaps.
    await fx.upsert([[0, 2, 4, 4]]);
    for (const outcome of [0, 1]) {
      const first = await session();
      const second = await session();
      await first.query('BEGIN');
      await insertRating(first, fx, [outcome, 0, 5, 1]);
      await second.query('BEGIN');
      const inserting = insertRating(second, fx, [outcome, 1, 4, 5]);
      await untilBlocked(1);
      await first.query('COMMIT');
      await inserting;
      await second.query('COMMIT');
    }
    const truth = await expectBitmapsAgree(fx.projectId);
    expect(truth.get(fx.outcomes[0]!.id)).toMatchObject(counts(3, 3, 3, 2));
    expect(truth.get(fx.outcomes[1]!.id)).toMatchObject(counts(2, 2, 2, 1));
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
  it('scores from the bitmaps what the ratings say', async () => {
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
