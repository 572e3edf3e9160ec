import { describe, expect, it } from 'vitest';
import { useDbSessions } from './db-sessions.js';
import { useTestApp, type Response } from './test-app.js';

// Answers are packed per outcome and indexed by respondent slot (1765000000000-packed-answers): `outcome_answers`
// references its outcome (ON DELETE CASCADE), but a slot is no foreign key. Deleting respondents blanks their slots
// (a statement trigger), a slot never changes, and writers lock what they write. These tests hold the storage to that,
// alone and with a second writer in between.
const ctx = useTestApp();
const { sql, session, untilBlocked } = useDbSessions(ctx);

type Outcome = { id: string; key: string; version: number };
type Strings = { importance: string; satisfaction: string; sources: string };

/** A project with three outcomes (O-1..O-3) and two respondents who rated all of them 4/2 in a workshop. */
async function setup(name = 'Close') {
  const owner = await ctx.client.register('Rita Researcher');
  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) => ctx.client.request(method, url, { token: owner.token, body });
  const projectId = (await call('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { name })).body.id as string;
  const outcomes: Outcome[] = [];
  for (const object of ['match invoices', 'approve a payment', 'close the month']) {
    outcomes.push((await call('POST', `/api/v1/projects/${projectId}/outcomes`, { statement: `Minimize the time it takes to ${object}` })).body);
  }
  const respondent = async (externalId: string) => (await call('POST', `/api/v1/projects/${projectId}/respondents`, { externalId })).body.id as string;
  const respondentIds = [await respondent('R-1'), await respondent('R-2')];
  const upsert = (ratings: object[]) => call('POST', `/api/v1/projects/${projectId}/ratings`, { source: 'workshop', ratings });
  const importCsv = (csv: string) =>
    ctx.client.request('POST', `/api/v1/projects/${projectId}/ratings/import?format=long`, {
      token: owner.token,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      payload: csv,
    });
  const all = outcomes.flatMap((outcome) => respondentIds.map((respondentId) => ({ outcomeId: outcome.id, respondentId, importance: 4, satisfaction: 2 })));
  status(await upsert(all), 200);
  return { owner, call, projectId, outcomes, respondent, respondentIds, upsert, importCsv };
}

/**
 * Answers that should not be there: a row whose outcome is gone, or a cell with anything but `0` at a slot no
 * respondent of the project has (a deleted respondent's answer left behind), or an answer without a source.
 */
const lingering = async () =>
  (
    await sql<{ n: number }>(
      `SELECT (SELECT count(*)::int FROM outcome_answers a WHERE NOT EXISTS (SELECT 1 FROM outcomes o WHERE o.id = a.outcome_id))
         + (SELECT count(*)::int FROM outcome_answers a CROSS JOIN generate_series(1, length(a.sources)) g(slot)
            WHERE (slot_char(a.sources, g.slot) <> '0' OR slot_char(a.importance, g.slot) <> '0' OR slot_char(a.satisfaction, g.slot) <> '0')
              AND (slot_char(a.sources, g.slot) = '0' OR NOT EXISTS (SELECT 1 FROM respondents r WHERE r.project_id = a.project_id AND r.slot = g.slot))) AS n`,
    )
  )[0]!.n;

/** The project's ratings through the view. */
const ratingsOf = async (projectId: string) => (await sql<{ n: number }>('SELECT count(*)::int AS n FROM ratings WHERE project_id = $1', [projectId]))[0]!.n;

/** One outcome's strings (undefined when it has no row). */
const stringsOf = async (outcomeId: string) => (await sql<Strings>('SELECT importance, satisfaction, sources FROM outcome_answers WHERE outcome_id = $1', [outcomeId]))[0];

/** Importance, satisfaction and source characters at one slot of an outcome's strings. */
const cell = async (outcomeId: string, slot: number) =>
  (
    await sql<{ cell: string }>(
      `SELECT slot_char(importance, $2) || slot_char(satisfaction, $2) || slot_char(sources, $2) AS cell FROM outcome_answers WHERE outcome_id = $1`,
      [outcomeId, slot],
    )
  )[0]?.cell;

const slotOf = async (respondentId: string) => (await sql<{ slot: number }>('SELECT slot FROM respondents WHERE id = $1', [respondentId]))[0]!.slot;

/** The view's ratings of one outcome as [respondent id, importance, satisfaction], by respondent id. */
const viewOf = async (outcomeId: string) =>
  (await sql('SELECT respondent_id, importance, satisfaction FROM ratings WHERE outcome_id = $1 ORDER BY respondent_id', [outcomeId])).map((row) => [
    row.respondent_id,
    row.importance,
    row.satisfaction,
  ]);

const status = (response: Response, expected: number) => expect(response.status, JSON.stringify(response.body)).toBe(expected);

describe('deleting what answers belong to', () => {
  it('deleting an outcome removes its answers and only those', async () => {
    const fx = await setup();
    status(await fx.call('DELETE', `/api/v1/outcomes/${fx.outcomes[0]!.id}`), 204);
    expect(await stringsOf(fx.outcomes[0]!.id)).toBeUndefined();
    expect(await sql('SELECT 1 FROM ratings WHERE outcome_id = $1', [fx.outcomes[0]!.id])).toEqual([]);
    expect(await ratingsOf(fx.projectId)).toBe(4);
    expect(await stringsOf(fx.outcomes[1]!.id)).toEqual({ importance: '44', satisfaction: '22', sources: 'ww' });
    expect(await lingering()).toBe(0);
  });

  it('several outcomes deleted by one statement take their answers with them', async () => {
    const fx = await setup();
    await sql('DELETE FROM outcomes WHERE id = ANY($1::uuid[])', [fx.outcomes.slice(0, 2).map((outcome) => outcome.id)]);
    expect(await sql('SELECT outcome_id FROM outcome_answers WHERE project_id = $1', [fx.projectId])).toEqual([{ outcome_id: fx.outcomes[2]!.id }]);
    expect(await ratingsOf(fx.projectId)).toBe(2);
    expect(await lingering()).toBe(0);
  });

  it('deleting a respondent blanks its slot in every outcome of the project, and only there', async () => {
    const fx = await setup();
    const other = await setup('Other');
    const [r1, r2] = fx.respondentIds as [string, string];
    expect([await slotOf(r1), await slotOf(r2), await slotOf(other.respondentIds[0]!)]).toEqual([1, 2, 1]);
    // R-1 no longer rates O-3: its row has nothing to blank and is left as it is.
    status(await fx.upsert([{ outcomeId: fx.outcomes[2]!.id, respondentId: r1, importance: null, satisfaction: null }]), 200);
    const untouched = await sql('SELECT updated_at FROM outcome_answers WHERE outcome_id = $1', [fx.outcomes[2]!.id]);

    await sql('DELETE FROM respondents WHERE id = $1', [r1]);
    for (const outcome of fx.outcomes) {
      expect(await stringsOf(outcome.id), outcome.key).toEqual({ importance: '04', satisfaction: '02', sources: '0w' });
      expect(await viewOf(outcome.id), outcome.key).toEqual([[r2, 4, 2]]);
    }
    expect(await sql('SELECT updated_at FROM outcome_answers WHERE outcome_id = $1', [fx.outcomes[2]!.id])).toEqual(untouched);
    // Another project's slot 1 is another respondent's.
    for (const outcome of other.outcomes) expect(await stringsOf(outcome.id)).toEqual({ importance: '44', satisfaction: '22', sources: 'ww' });
    expect(await ratingsOf(other.projectId)).toBe(6);

    // Slots are never reused: a new respondent starts with no answers.
    const r3 = await fx.respondent('R-3');
    expect(await slotOf(r3)).toBe(3);
    expect(await sql('SELECT 1 FROM ratings WHERE respondent_id = $1', [r3])).toEqual([]);
    expect(await lingering()).toBe(0);
  });

  it('several respondents deleted by one statement leave no answer behind', async () => {
    const fx = await setup();
    const r3 = await fx.respondent('R-3');
    status(await fx.upsert([{ outcomeId: fx.outcomes[0]!.id, respondentId: r3, importance: 5 }]), 200);
    await sql('DELETE FROM respondents WHERE id = ANY($1::uuid[])', [[fx.respondentIds[0], r3]]);
    expect(await stringsOf(fx.outcomes[0]!.id)).toEqual({ importance: '040', satisfaction: '020', sources: '0w0' });
    expect(await ratingsOf(fx.projectId)).toBe(3);
    expect(await lingering()).toBe(0);
  });

  it("deleting a project removes its answers and respondents, and no other project's", async () => {
    const fx = await setup();
    const other = await setup('Other');
    status(await fx.call('DELETE', `/api/v1/projects/${fx.projectId}`), 204);
    expect(await sql('SELECT 1 FROM outcome_answers WHERE project_id = $1', [fx.projectId])).toEqual([]);
    expect(await sql('SELECT 1 FROM respondents WHERE project_id = $1', [fx.projectId])).toEqual([]);
    expect(await ratingsOf(fx.projectId)).toBe(0);
    expect(await ratingsOf(other.projectId)).toBe(6);
    expect(await lingering()).toBe(0);
  });
});

describe('the slot answers are kept at cannot change', () => {
  it("refuses to change a respondent's slot or project (check_violation)", async () => {
    const fx = await setup();
    const other = await setup('Other');
    const [r1] = fx.respondentIds as [string, string];
    const refused = { code: '23514', message: expect.stringContaining("a respondent's slot never changes") };
    await expect(sql('UPDATE respondents SET slot = 99 WHERE id = $1', [r1])).rejects.toMatchObject(refused);
    await expect(sql('UPDATE respondents SET project_id = $2 WHERE id = $1', [r1, other.projectId])).rejects.toMatchObject(refused);
    // Anything else about a respondent may change.
    await sql(`UPDATE respondents SET segment = 'SMB', slot = slot WHERE id = $1`, [r1]);
    expect(await slotOf(r1)).toBe(1);
    expect(await ratingsOf(fx.projectId)).toBe(6);
  });
});

describe("ratings naming another project's outcome or respondent are refused", () => {
  it('by the batch upsert (422) and by an import (UNKNOWN_OUTCOME), and nothing is written', async () => {
    const fx = await setup();
    const stranger = await setup('Stranger');
    const before = await sql('SELECT outcome_id, importance, satisfaction, sources, updated_at FROM outcome_answers ORDER BY 1');
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
    expect(await sql('SELECT outcome_id, importance, satisfaction, sources, updated_at FROM outcome_answers ORDER BY 1')).toEqual(before);
  });
});

describe('a respondent deleted while a batch upsert writes its answers', () => {
  it('waits for the upsert holding the respondent, then blanks what the upsert wrote', async () => {
    const fx = await setup();
    const [o1] = fx.outcomes;
    const [r1, r2] = fx.respondentIds as [string, string];
    // R-2 has no answer on O-1 yet: the delete's own snapshot shows nothing of R-2's there to blank.
    status(await fx.upsert([{ outcomeId: o1!.id, respondentId: r2, importance: null, satisfaction: null }]), 200);
    // Another session holds O-1's answers, so the upsert stops in write_answers, after locking outcomes and respondents.
    const holder = await session();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM outcome_answers WHERE outcome_id = $1 FOR UPDATE', [o1!.id]);
    const upserted = fx.upsert([{ outcomeId: o1!.id, respondentId: r2, importance: 5, satisfaction: 5 }]);
    await untilBlocked(1);
    const deleter = await session();
    const deleting = deleter.query('DELETE FROM respondents WHERE id = $1', [r2]);
    await untilBlocked(2);
    await holder.query('ROLLBACK');
    const response = await upserted;
    status(response, 200);
    expect(response.body).toMatchObject({ created: 1, ratings: [{ respondentId: r2, importance: 5, satisfaction: 5 }] });
    await deleting;
    expect(await cell(o1!.id, 2)).toBe('000');
    expect(await viewOf(o1!.id)).toEqual([[r1, 4, 2]]);
    expect(await lingering()).toBe(0);
  });

  it('makes an upsert wait when the delete came first, which then refuses the respondent and writes nothing', async () => {
    const fx = await setup();
    const [o1, o2] = fx.outcomes;
    const [r1, r2] = fx.respondentIds as [string, string];
    const deleter = await session();
    await deleter.query('BEGIN');
    await deleter.query('DELETE FROM respondents WHERE id = $1', [r2]);
    const upserted = fx.upsert([
      { outcomeId: o1!.id, respondentId: r1, importance: 1 },
      { outcomeId: o2!.id, respondentId: r2, importance: 5 },
    ]);
    await untilBlocked(1);
    await deleter.query('COMMIT');
    const response = await upserted;
    status(response, 422);
    expect(response.body.error.details).toEqual({ unknownOutcomeIds: [], unknownRespondentIds: [r2] });
    expect(await viewOf(o1!.id)).toEqual([[r1, 4, 2]]);
    expect(await cell(o2!.id, 2)).toBe('000');
    expect(await lingering()).toBe(0);
  });
});

describe('a batch upsert racing a merge', () => {
  it('an upsert holding its locks makes the merge wait, which then moves what the upsert wrote', async () => {
    const fx = await setup();
    const [into, merged] = fx.outcomes;
    const r3 = await fx.respondent('R-3');
    const holder = await session();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM outcome_answers WHERE outcome_id = $1 FOR UPDATE', [merged!.id]);
    const upserted = fx.upsert([{ outcomeId: merged!.id, respondentId: r3, importance: 3, satisfaction: 1 }]);
    await untilBlocked(1);
    const merging = fx.call('POST', `/api/v1/outcomes/${merged!.id}/merge`, { intoOutcomeId: into!.id, version: merged!.version });
    await untilBlocked(2);
    await holder.query('ROLLBACK');
    status(await upserted, 200);
    status(await merging, 200);
    const expected = [
      [fx.respondentIds[0], 4, 2],
      [fx.respondentIds[1], 4, 2],
      [r3, 3, 1],
    ];
    expect(await viewOf(into!.id)).toEqual(expected.sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)));
    expect(await stringsOf(merged!.id)).toEqual({ importance: '440', satisfaction: '220', sources: 'ww0' });
    expect(await sql('SELECT moved_rating_slots FROM outcome_merges WHERE outcome_id = $1', [merged!.id])).toEqual([{ moved_rating_slots: [3] }]);
    expect(await lingering()).toBe(0);
  });

  it('a merge holding its locks makes an upsert of the target wait, which then updates the moved rating (and undo returns it)', async () => {
    const fx = await setup();
    const [into, merged] = fx.outcomes;
    const r3 = await fx.respondent('R-3');
    status(await fx.upsert([{ outcomeId: merged!.id, respondentId: r3, importance: 3, satisfaction: 1 }]), 200);
    // Another session holds the merged outcome's answers, so the merge stops at moving them, its outcomes locked.
    const holder = await session();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM outcome_answers WHERE outcome_id = $1 FOR UPDATE', [merged!.id]);
    const merging = fx.call('POST', `/api/v1/outcomes/${merged!.id}/merge`, { intoOutcomeId: into!.id, version: merged!.version });
    await untilBlocked(1);
    const upserted = fx.upsert([{ outcomeId: into!.id, respondentId: r3, satisfaction: 2 }]);
    await untilBlocked(2);
    await holder.query('ROLLBACK');
    const mergeResponse = await merging;
    status(mergeResponse, 200);
    const response = await upserted;
    status(response, 200);
    // The upsert saw the moved rating: it updated it (importance kept), it did not create one.
    expect(response.body).toMatchObject({ created: 0, updated: 1, ratings: [{ respondentId: r3, importance: 3, satisfaction: 2 }] });
    expect(await cell(into!.id, 3)).toBe('32w');
    expect(await cell(merged!.id, 3)).toBe('000');

    status(await fx.call('POST', `/api/v1/outcomes/${merged!.id}/unmerge`, { version: mergeResponse.body.merged.version }), 200);
    expect(await cell(into!.id, 3)).toBe('000');
    expect(await cell(merged!.id, 3)).toBe('32w');
    expect(await lingering()).toBe(0);
  });
});

describe('a respondent deleted while a merge moves its answers', () => {
  /** R-1 and R-2 rated only O-2 (O-1's ratings cleared), so merging O-2 into O-1 moves both. */
  async function mergeable() {
    const fx = await setup();
    const [into, merged] = fx.outcomes;
    status(await fx.upsert(fx.respondentIds.map((respondentId) => ({ outcomeId: into!.id, respondentId, importance: null, satisfaction: null }))), 200);
    const merge = () => fx.call('POST', `/api/v1/outcomes/${merged!.id}/merge`, { intoOutcomeId: into!.id, version: merged!.version });
    return { ...fx, into: into!, merged: merged!, merge };
  }

  it('waits for the merge, then blanks the moved answer on the target', async () => {
    const fx = await mergeable();
    const [r1, r2] = fx.respondentIds as [string, string];
    // Another session holds the merged outcome's answers, so the merge stops at moving them, after locking the
    // outcomes and the moving slots' respondents.
    const holder = await session();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM outcome_answers WHERE outcome_id = $1 FOR UPDATE', [fx.merged.id]);
    const merging = fx.merge();
    await untilBlocked(1);
    const deleter = await session();
    const deleting = deleter.query('DELETE FROM respondents WHERE id = $1', [r1]);
    await untilBlocked(2);
    await holder.query('ROLLBACK');
    status(await merging, 200);
    await deleting;
    expect(await viewOf(fx.into.id)).toEqual([[r2, 4, 2]]);
    expect(await cell(fx.into.id, 1)).toBe('000');
    expect(await cell(fx.merged.id, 1)).toBe('000');
    expect(await sql('SELECT moved_rating_slots FROM outcome_merges WHERE outcome_id = $1', [fx.merged.id])).toEqual([{ moved_rating_slots: [1, 2] }]);
    expect(await lingering()).toBe(0);
  });

  it('makes the merge wait when the delete came first, which then moves only the remaining respondents', async () => {
    const fx = await mergeable();
    const [r1, r2] = fx.respondentIds as [string, string];
    const deleter = await session();
    await deleter.query('BEGIN');
    await deleter.query('DELETE FROM respondents WHERE id = $1', [r1]);
    const merging = fx.merge();
    await untilBlocked(1);
    await deleter.query('COMMIT');
    const response = await merging;
    status(response, 200);
    expect(await viewOf(fx.into.id)).toEqual([[r2, 4, 2]]);
    expect(await sql('SELECT moved_rating_slots FROM outcome_merges WHERE outcome_id = $1', [fx.merged.id])).toEqual([{ moved_rating_slots: [2] }]);
    expect(await lingering()).toBe(0);

    // The undo returns what moved; the deleted respondent's slot stays blank on both.
    status(await fx.call('POST', `/api/v1/outcomes/${fx.merged.id}/unmerge`, { version: response.body.merged.version }), 200);
    expect(await viewOf(fx.merged.id)).toEqual([[r2, 4, 2]]);
    expect(await viewOf(fx.into.id)).toEqual([]);
    expect(await lingering()).toBe(0);
  });

  it('waits for an undo moving the answers back, then blanks the returned answer on the merged outcome', async () => {
    const fx = await mergeable();
    const [r1, r2] = fx.respondentIds as [string, string];
    const merged = (await fx.merge()).body.merged as Outcome;
    const holder = await session();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM outcome_answers WHERE outcome_id = $1 FOR UPDATE', [fx.into.id]);
    const undoing = fx.call('POST', `/api/v1/outcomes/${merged.id}/unmerge`, { version: merged.version });
    await untilBlocked(1);
    const deleter = await session();
    const deleting = deleter.query('DELETE FROM respondents WHERE id = $1', [r1]);
    await untilBlocked(2);
    await holder.query('ROLLBACK');
    status(await undoing, 200);
    await deleting;
    expect(await viewOf(fx.merged.id)).toEqual([[r2, 4, 2]]);
    expect(await cell(fx.merged.id, 1)).toBe('000');
    expect(await cell(fx.into.id, 1)).toBe('000');
    expect(await lingering()).toBe(0);
  });
});

describe('an outcome deleted while an import writes', () => {
  it('a delete that locked the outcome first makes the import wait, which then refuses the outcome', async () => {
    const fx = await setup();
    const csv = ['respondent_id,outcome_id,importance,satisfaction', 'R-1,O-1,5,5', 'R-2,O-1,1,1', 'R-3,O-1,3,3', 'R-3,O-2,3,3'].join('\n');
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
    expect(await ratingsOf(fx.projectId)).toBe(4);
    expect(await lingering()).toBe(0);
  });
});
