import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { evidenceSpans } from './evidence-spans.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

const PRIYA = [
  'Interviewer: How do you close the month?',
  'Priya: Reconciling the bank statements takes me a whole day.',
  'Priya: I match every line by hand against the ledger.',
].join('\n');
const SAM = ['Interviewer: What slows you down?', 'Sam: The bank statement never matches on the first try.', 'Sam: Approvals sit in three inboxes.'].join('\n');

type Evidence = { id: string; interviewId: string; start: number; end: number; quote: string };
type Outcome = { id: string; key: string; version: number; status: string; statement: string; evidence: Evidence[]; mergedInto: { outcomeId: string; key: string } | null };
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

async function setup() {
  const owner = await ctx.client.register('Rita Researcher');
  const call = (method: Method, url: string, body?: unknown) => ctx.client.request(method, url, { token: owner.token, body });
  const project = await call('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { name: 'Close' });
  const projectId = project.body.id as string;
  const priya = await call('POST', `/api/v1/projects/${projectId}/interviews`, { title: 'Priya', format: 'txt', content: PRIYA });
  const sam = await call('POST', `/api/v1/projects/${projectId}/interviews`, { title: 'Sam', format: 'txt', content: SAM });
  const { span } = await evidenceSpans(ctx, owner.token, [priya.body.id, sam.body.id]);
  const create = async (statement: string, evidence: object[] = [], inProject = projectId): Promise<Outcome> => {
    const response = await call('POST', `/api/v1/projects/${inProject}/outcomes`, { statement, evidence });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };
  const get = async (outcome: Pick<Outcome, 'id'>): Promise<Outcome> => (await call('GET', `/api/v1/outcomes/${outcome.id}`)).body;
  const merge = (outcome: Pick<Outcome, 'id' | 'version'>, into: Pick<Outcome, 'id'>) =>
    call('POST', `/api/v1/outcomes/${outcome.id}/merge`, { intoOutcomeId: into.id, version: outcome.version });
  const unmerge = (outcome: Pick<Outcome, 'id' | 'version'>) => call('POST', `/api/v1/outcomes/${outcome.id}/unmerge`, { version: outcome.version });
  const history = async (outcome: Pick<Outcome, 'id'>) => (await call('GET', `/api/v1/outcomes/${outcome.id}/history`)).body.items as { action: string; changes: object }[];
  const priyaId = priya.body.id as string;
  const samId = sam.body.id as string;
  return { owner, call, projectId, priyaId, samId, span, create, get, merge, unmerge, history };
}

/** A (O-1) and B (O-2) say the same thing; B quotes one passage A also quotes and two A does not. */
async function bankStatements() {
  const fx = await setup();
  const shared = fx.span(fx.priyaId, 'Reconciling the bank statements takes me a whole day');
  const a = await fx.create('Minimize the time it takes to reconcile bank statements', [shared]);
  const b = await fx.create('Minimise the time it takes to reconcile the bank statement', [
    shared,
    fx.span(fx.priyaId, 'I match every line by hand'),
    fx.span(fx.samId, 'The bank statement never matches on the first try'),
  ]);
  const accepted = await fx.call('PATCH', `/api/v1/outcomes/${b.id}`, { status: 'accepted', version: b.version });
  expect(accepted.status).toBe(200);
  return { ...fx, a, b: accepted.body as Outcome };
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

const quotes = (outcome: Outcome) => outcome.evidence.map((span) => span.quote).sort();
const ids = (evidence: Evidence[]) => evidence.map((span) => span.id).sort();

describe('merging an outcome into another', () => {
  it('moves the evidence the target lacks, marks the merged outcome with a pointer, bumps both versions and records history on both', async () => {
    const fx = await bankStatements();
    const shared = fx.b.evidence.find((span) => span.quote === fx.a.evidence[0]!.quote);
    const others = fx.b.evidence.filter((span) => span !== shared);
    const response = await fx.merge(fx.b, fx.a);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const { outcome, merged } = response.body as { outcome: Outcome; merged: Outcome };

    expect(outcome).toMatchObject({ id: fx.a.id, status: 'proposed', version: fx.a.version + 1, mergedInto: null });
    expect(quotes(outcome)).toEqual([...quotes(fx.a), ...others.map((span) => span.quote)].sort());
    expect(ids(outcome.evidence)).toEqual([...ids(fx.a.evidence), ...ids(others)].sort());
    expect(merged).toMatchObject({ id: fx.b.id, status: 'merged', version: fx.b.version + 1, mergedInto: { outcomeId: fx.a.id, key: 'O-1' } });
    expect(merged.evidence.map((span) => span.id)).toEqual([shared!.id]);
    expect(await fx.get(fx.a)).toEqual(outcome);
    expect(await fx.get(fx.b)).toEqual(merged);

    const listed = await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes?status=merged`);
    expect(listed.body.items.map((item: Outcome) => [item.key, item.mergedInto])).toEqual([['O-2', { outcomeId: fx.a.id, key: 'O-1' }]]);
    const byInterview = await fx.call('GET', `/api/v1/interviews/${fx.samId}/outcomes`);
    expect(byInterview.body.items.map((item: Outcome) => item.key)).toEqual(['O-1']);

    const actor = { userId: fx.owner.user.id, name: 'Rita Researcher' };
    const historyOf = async (id: string) => (await fx.call('GET', `/api/v1/outcomes/${id}/history`)).body.items;
    expect((await historyOf(fx.b.id))[0]).toMatchObject({
      action: 'merged_into',
      actor,
      changes: { status: { from: 'accepted', to: 'merged' }, mergedInto: { from: null, to: { outcomeId: fx.a.id, key: 'O-1' } }, evidenceCount: { from: 3, to: 1 } },
    });
    expect((await historyOf(fx.a.id))[0]).toMatchObject({
      action: 'merged_from',
      actor,
      changes: { mergedFrom: { from: null, to: { outcomeId: fx.b.id, key: 'O-2' } }, evidenceCount: { from: 1, to: 3 } },
    });
    expect(await sql('SELECT into_id, previous_status, cardinality(moved_evidence_ids) AS moved, undone_at FROM outcome_merges WHERE outcome_id = $1', [fx.b.id])).toEqual([
      { into_id: fx.a.id, previous_status: 'accepted', moved: 2, undone_at: null },
    ]);

    const edit = await fx.call('PATCH', `/api/v1/outcomes/${fx.b.id}`, { status: 'accepted', version: merged.version });
    expect(edit.body.error.code).toBe('OUTCOME_MERGED');
  });

  it('is undone by unmerge: exactly the moved rows come back, the status and pointer are restored, and both get an "unmerged" entry', async () => {
    const fx = await bankStatements();
    const before = { a: await fx.get(fx.a), b: await fx.get(fx.b) };
    const { merged } = (await fx.merge(fx.b, fx.a)).body as { outcome: Outcome; merged: Outcome };

    const response = await fx.unmerge(merged);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.evidenceNotReturned).toEqual([]);
    const restored = response.body.outcome as Outcome;
    const from = response.body.from as Outcome;
    expect(restored).toMatchObject({ status: 'accepted', mergedInto: null, version: before.b.version + 2 });
    expect(ids(restored.evidence)).toEqual(ids(before.b.evidence));
    expect(from).toMatchObject({ id: fx.a.id, version: before.a.version + 2 });
    expect(from.evidence).toEqual(before.a.evidence);
    expect(await fx.get(fx.b)).toEqual(restored);

    expect((await fx.history(fx.b))[0]).toMatchObject({
      action: 'unmerged',
      changes: { status: { from: 'merged', to: 'accepted' }, mergedInto: { from: { outcomeId: fx.a.id, key: 'O-1' }, to: null }, evidenceCount: { from: 1, to: 3 } },
    });
    expect((await fx.history(fx.a)).map((entry) => entry.action)).toEqual(['unmerged', 'merged_from', 'created']);
    expect((await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes?status=merged`)).body.items).toEqual([]);

    const again = await fx.unmerge(restored);
    expect(again.status).toBe(422);
    expect(again.body.error.code).toBe('OUTCOME_NOT_MERGED');
    // Merged again after the undo, and undone again: each merge has its own record.
    const remerged = await fx.merge(restored, fx.a);
    expect(remerged.status).toBe(200);
    expect((await fx.unmerge(remerged.body.merged)).status).toBe(200);
    expect(await sql('SELECT count(*)::int AS n FROM outcome_merges WHERE outcome_id = $1 AND undone_at IS NOT NULL', [fx.b.id])).toEqual([{ n: 2 }]);
  });

  it('returns only the rows still on the target when the target was merged on or deleted, and says which did not come back', async () => {
    const fx = await bankStatements();
    const c = await fx.create('Minimize the time it takes to reconcile a bank statement with the ledger');
    const { merged } = (await fx.merge(fx.b, fx.a)).body as { merged: Outcome };
    const moved = ids(fx.b.evidence).filter((id) => id !== merged.evidence[0]!.id);
    const a = await fx.get(fx.a);
    expect((await fx.merge(a, c)).status).toBe(200);

    const response = await fx.unmerge(merged);
    expect(response.status).toBe(200);
    expect(response.body.outcome.evidence.map((span: Evidence) => span.id)).toEqual([merged.evidence[0]!.id]);
    expect([...response.body.evidenceNotReturned].sort()).toEqual(moved);
    expect(response.body.from).toMatchObject({ id: fx.a.id, status: 'merged', mergedInto: { outcomeId: c.id } });

    const d = await fx.create('Minimize the time it takes to find a missing bank line');
    const e = await fx.create('Minimize the time it takes to find the missing bank lines', [fx.span(fx.samId, 'Approvals sit in three inboxes')]);
    const mergedE = (await fx.merge(e, d)).body.merged as Outcome;
    expect((await fx.call('DELETE', `/api/v1/outcomes/${d.id}`)).status).toBe(204);
    const orphan = await fx.get(e);
    expect(orphan).toMatchObject({ status: 'merged', mergedInto: null, evidence: [] });
    const undone = await fx.unmerge(orphan);
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ outcome: { status: 'proposed', mergedInto: null, evidence: [] }, from: null, evidenceNotReturned: ids(e.evidence) });
    expect(mergedE.version).toBe(e.version + 1);
  });

  it('moves the ratings of respondents who have not rated the target, and unmerge moves exactly those back', async () => {
    const fx = await bankStatements();
    // Accepted, so that both outcomes are in the backlog.
    expect((await fx.call('PATCH', `/api/v1/outcomes/${fx.a.id}`, { status: 'accepted', version: fx.a.version })).status).toBe(200);
    const respondent = async (externalId: string) => (await fx.call('POST', `/api/v1/projects/${fx.projectId}/respondents`, { externalId })).body.id as string;
    const [both, onlyB, onlyA, late] = [await respondent('R-both'), await respondent('R-only-b'), await respondent('R-only-a'), await respondent('R-late')];
    const slotOf = async (id: string) => (await sql('SELECT slot FROM respondents WHERE id = $1', [id]))[0].slot as number;
    const rate = (ratings: object[]) => fx.call('POST', `/api/v1/projects/${fx.projectId}/ratings`, { ratings });
    expect(
      (
        await rate([
          { respondentId: both, outcomeId: fx.a.id, importance: 5, satisfaction: 1 },
          { respondentId: both, outcomeId: fx.b.id, importance: 2, satisfaction: 2 },
          { respondentId: onlyB, outcomeId: fx.b.id, importance: 4, satisfaction: 3 },
          { respondentId: onlyA, outcomeId: fx.a.id, importance: 3, satisfaction: 3 },
        ])
      ).body.created,
    ).toBe(4);
    const ratingsOf = async (outcome: Pick<Outcome, 'id'>) =>
      (await sql('SELECT r.external_id, x.importance, x.satisfaction FROM ratings x JOIN respondents r ON r.id = x.respondent_id WHERE x.outcome_id = $1 ORDER BY 1', [outcome.id])).map(
        (row) => [row.external_id, row.importance, row.satisfaction],
      );
    const strings = async (outcome: Pick<Outcome, 'id'>) => (await sql('SELECT importance, satisfaction, sources FROM outcome_answers WHERE outcome_id = $1', [outcome.id]))[0];
    /** [nImportance, nSatisfaction] of each outcome in the backlog, by key. */
    const counts = async () =>
      Object.fromEntries(
        ((await fx.call('GET', `/api/v1/projects/${fx.projectId}/opportunities`)).body.items as { key: string; nImportance: number; nSatisfaction: number }[]).map((item) => [
          item.key,
          [item.nImportance, item.nSatisfaction],
        ]),
      );
    const before = { a: await strings(fx.a), b: await strings(fx.b) };
    expect(await counts()).toEqual({ 'O-1': [2, 2], 'O-2': [2, 2] });

    const { merged } = (await fx.merge(await fx.get(fx.b), await fx.get(fx.a))).body as { merged: Outcome };
    expect(await ratingsOf(fx.a)).toEqual([['R-both', 5, 1], ['R-only-a', 3, 3], ['R-only-b', 4, 3]]);
    expect(await ratingsOf(fx.b)).toEqual([['R-both', 2, 2]]);
    expect(await sql('SELECT moved_rating_slots FROM outcome_merges WHERE outcome_id = $1', [fx.b.id])).toEqual([{ moved_rating_slots: [await slotOf(onlyB)] }]);
    // The moved cell is blanked on the merged outcome, not copied.
    expect((await strings(fx.b)).sources.charAt((await slotOf(onlyB)) - 1)).toBe('0');
    expect(await counts()).toEqual({ 'O-1': [3, 3] });
    const refused = await rate([{ respondentId: late, outcomeId: fx.b.id, importance: 1 }]);
    expect(refused.body.error).toMatchObject({ code: 'OUTCOME_MERGED', message: expect.stringContaining('O-2 was merged into O-1') });

    // Ratings the target gains after the merge stay with it when the merge is undone.
    expect((await rate([{ respondentId: late, outcomeId: fx.a.id, importance: 2 }])).body.created).toBe(1);
    expect(await counts()).toEqual({ 'O-1': [4, 3] });
    expect((await fx.unmerge(merged)).status).toBe(200);
    expect(await ratingsOf(fx.a)).toEqual([['R-both', 5, 1], ['R-late', 2, null], ['R-only-a', 3, 3]]);
    expect(await ratingsOf(fx.b)).toEqual([['R-both', 2, 2], ['R-only-b', 4, 3]]);
    // The merged outcome's strings are back as they were; the target's differ only by the late rating.
    expect(await strings(fx.b)).toEqual(before.b);
    const lateSlot = await slotOf(late);
    const withoutLate = (s: string) => s.slice(0, lateSlot - 1).padEnd(before.a.sources.length, '0');
    const a = await strings(fx.a);
    expect([withoutLate(a.importance), withoutLate(a.satisfaction), withoutLate(a.sources)]).toEqual([before.a.importance, before.a.satisfaction, before.a.sources]);
    expect(await counts()).toEqual({ 'O-1': [3, 2], 'O-2': [2, 2] });
  });

  it('moves nothing when the target has every respondent the merged outcome has, and an undo of no slots changes nothing', async () => {
    const fx = await bankStatements();
    const respondent = (await fx.call('POST', `/api/v1/projects/${fx.projectId}/respondents`, { externalId: 'R-1' })).body.id as string;
    const rate = (ratings: object[]) => fx.call('POST', `/api/v1/projects/${fx.projectId}/ratings`, { ratings });
    expect((await rate([{ respondentId: respondent, outcomeId: fx.a.id, importance: 5 }, { respondentId: respondent, outcomeId: fx.b.id, satisfaction: 4 }])).status).toBe(200);
    const strings = async () => sql('SELECT outcome_id, importance, satisfaction, sources, updated_at FROM outcome_answers ORDER BY 1');
    const before = await strings();
    const { merged } = (await fx.merge(fx.b, fx.a)).body as { merged: Outcome };
    expect(await sql('SELECT moved_rating_slots FROM outcome_merges WHERE outcome_id = $1', [fx.b.id])).toEqual([{ moved_rating_slots: [] }]);
    expect(await strings()).toEqual(before);
    expect((await fx.unmerge(merged)).status).toBe(200);
    expect(await strings()).toEqual(before);
  });

  it.each([
    ['into itself', 'self', 'OUTCOME_MERGE_SELF'],
    ['into an outcome of another project', 'otherProject', 'OUTCOME_MERGE_ACROSS_PROJECTS'],
    ['when it is already merged', 'sourceMerged', 'OUTCOME_MERGED'],
    ['into a merged outcome', 'targetMerged', 'OUTCOME_MERGED'],
    ['into the outcome merged into it (a cycle)', 'cycle', 'OUTCOME_MERGE_CYCLE'],
  ])('refuses to merge %s with 422 and changes nothing', async (_name, scenario, code) => {
    const fx = await bankStatements();
    const c = await fx.create('Minimize the number of manual matching steps');
    let source: Outcome = fx.b;
    let target: Pick<Outcome, 'id'> = fx.a;
    if (scenario === 'self') target = fx.b;
    if (scenario === 'otherProject') {
      const other = await fx.call('POST', `/api/v1/workspaces/${fx.owner.workspace.id}/projects`, { name: 'Other' });
      target = await fx.create('Minimize the time it takes to reconcile bank statements', [], other.body.id);
    }
    if (scenario === 'sourceMerged') source = (await fx.merge(fx.b, c)).body.merged;
    if (scenario === 'targetMerged') target = (await fx.merge(c, fx.a)).body.merged;
    if (scenario === 'cycle') {
      target = (await fx.merge(fx.a, fx.b)).body.merged;
      source = await fx.get(fx.b);
    }
    const [sourceBefore, targetBefore] = [await fx.get(source), await fx.get(target)];
    const response = await fx.merge(source, target);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe(code);
    expect(await fx.get(source)).toEqual(sourceBefore);
    expect(await fx.get(target)).toEqual(targetBefore);
  });

  it('answers 409 OUTCOME_STALE_VERSION with the current outcome when the version is stale, and moves nothing', async () => {
    const fx = await bankStatements();
    const response = await fx.merge({ id: fx.b.id, version: fx.b.version - 1 }, fx.a);
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ code: 'OUTCOME_STALE_VERSION', details: { current: await fx.get(fx.b) } });
    expect((await fx.get(fx.a)).evidence).toHaveLength(1);

    const { merged } = (await fx.merge(fx.b, fx.a)).body as { merged: Outcome };
    const stale = await fx.unmerge({ id: merged.id, version: merged.version - 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('OUTCOME_STALE_VERSION');
    expect(await fx.get(merged)).toEqual(merged);
  });

  it('answers 400 for a body without a version or with unknown fields', async () => {
    const fx = await bankStatements();
    for (const [body, code] of [
      [{ intoOutcomeId: fx.a.id }, 'VERSION_REQUIRED'],
      [{ intoOutcomeId: fx.a.id, version: 1, keep: true }, 'VALIDATION_FAILED'],
      [{ intoOutcomeId: 'O-1', version: 1 }, 'VALIDATION_FAILED'],
    ] as const) {
      const response = await fx.call('POST', `/api/v1/outcomes/${fx.b.id}/merge`, body);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe(code);
    }
    expect((await fx.call('POST', `/api/v1/outcomes/${fx.b.id}/unmerge`, {})).status).toBe(400);
  });
});

describe('duplicate proposals', () => {
  it('groups near-identical statements of proposed and accepted outcomes, most similar first, and leaves unrelated, merged and rejected ones out', async () => {
    const fx = await bankStatements();
    await fx.create('Minimize the time it takes to route an invoice for approval');
    const c = await fx.create('Minimize the time it takes to route invoices for approval');
    await fx.create('Minimize the likelihood of paying a supplier twice');
    const rejected = await fx.create('Minimise the time it takes to reconcile the bank statements');
    expect((await fx.call('PATCH', `/api/v1/outcomes/${rejected.id}`, { status: 'rejected', version: rejected.version })).status).toBe(200);

    const response = await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes/duplicates`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ threshold: 0.8, compared: 5, truncated: false });
    const groups = response.body.groups as { outcomes: { outcomeId: string; key: string; statement: string; status: string }[]; minSimilarity: number; maxSimilarity: number; pairs: { a: string; b: string; similarity: number }[] }[];
    expect(groups.map((group) => group.outcomes.map((outcome) => outcome.key)).sort()).toEqual([['O-1', 'O-2'], ['O-3', 'O-4']]);
    const bank = groups.find((group) => group.outcomes[0]!.key === 'O-1')!;
    expect(bank.outcomes).toEqual([
      { outcomeId: fx.a.id, key: 'O-1', statement: fx.a.statement, status: 'proposed', updatedAt: expect.any(String) },
      { outcomeId: fx.b.id, key: 'O-2', statement: fx.b.statement, status: 'accepted', updatedAt: expect.any(String) },
    ]);
    expect(bank.pairs).toEqual([{ a: expect.any(String), b: expect.any(String), similarity: bank.maxSimilarity }]);
    expect(bank.minSimilarity).toBeGreaterThanOrEqual(0.8);
    expect(groups[0]!.maxSimilarity).toBeGreaterThanOrEqual(groups[1]!.maxSimilarity);

    await fx.merge(await fx.get(c), (await fx.get({ id: groups.find((group) => group !== bank)!.outcomes[0]!.outcomeId })));
    const after = await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes/duplicates?threshold=0.9`);
    expect(after.body).toMatchObject({ threshold: 0.9, compared: 4 });
    expect(after.body.groups.map((group: { outcomes: { key: string }[] }) => group.outcomes.map((outcome) => outcome.key))).toEqual([['O-1', 'O-2']]);
  });

  it.each([['0.2'], ['1.5'], ['high']])('answers 400 for threshold=%s', async (threshold) => {
    const fx = await setup();
    const response = await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes/duplicates?threshold=${threshold}`);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('tenancy and roles', () => {
  it('answers 404 to another workspace on merge, unmerge and duplicates, and for a target the caller cannot see', async () => {
    const fx = await bankStatements();
    const stranger = await setup();
    const foreign = await stranger.create('Minimize the time it takes to reconcile bank statements');
    const calls: [Method, string, unknown][] = [
      ['POST', `/api/v1/outcomes/${fx.b.id}/merge`, { intoOutcomeId: fx.a.id, version: fx.b.version }],
      ['POST', `/api/v1/outcomes/${fx.b.id}/unmerge`, { version: fx.b.version }],
      ['GET', `/api/v1/projects/${fx.projectId}/outcomes/duplicates`, undefined],
    ];
    for (const [method, url, body] of calls) {
      const response = await stranger.call(method, url, body);
      expect(response.status, `${method} ${url}`).toBe(404);
      expect(response.body.error.code).toMatch(/^(PROJECT|OUTCOME)_NOT_FOUND$/);
    }
    const intoForeign = await fx.merge(fx.b, foreign);
    expect(intoForeign.status).toBe(404);
    expect(intoForeign.body.error.code).toBe('OUTCOME_NOT_FOUND');
    expect(await fx.get(fx.b)).toMatchObject({ status: 'accepted', version: fx.b.version });
    expect(await stranger.get(foreign)).toMatchObject({ status: 'proposed', version: 1 });
  });

  it('lets viewers see duplicate proposals but not merge or unmerge (403)', async () => {
    const fx = await bankStatements();
    const viewer = await ctx.client.register('Vera Viewer');
    await fx.call('POST', `/api/v1/workspaces/${fx.owner.workspace.id}/members`, { email: viewer.user.email, role: 'viewer' });
    const as = (method: Method, url: string, body?: unknown) => ctx.client.request(method, url, { token: viewer.token, body });
    expect((await as('GET', `/api/v1/projects/${fx.projectId}/outcomes/duplicates`)).body.groups).toHaveLength(1);
    expect((await as('POST', `/api/v1/outcomes/${fx.b.id}/merge`, { intoOutcomeId: fx.a.id, version: fx.b.version })).status).toBe(403);
    const { merged } = (await fx.merge(fx.b, fx.a)).body as { merged: Outcome };
    expect((await as('POST', `/api/v1/outcomes/${merged.id}/unmerge`, { version: merged.version })).status).toBe(403);
    expect(await fx.get(merged)).toEqual(merged);
  });
});

describe('merging moves the chain with the outcome', () => {
  it('moves journey places, KPI and solution links the target lacks, keeps shared ones, and undo moves back exactly those', async () => {
    const fx = await bankStatements();
    const journey = await fx.call('POST', `/api/v1/projects/${fx.projectId}/journeys`, { name: 'Close', stages: ['Reconcile', 'Report'] });
    const [reconcile, report] = journey.body.stages as { id: string }[];
    const touchpoint = await fx.call('POST', `/api/v1/stages/${reconcile!.id}/touchpoints`, { name: 'Bank feed', channel: 'web' });
    const link = async (outcome: Outcome) => expect((await fx.call('POST', `/api/v1/touchpoints/${touchpoint.body.id}/outcomes`, { outcomeId: outcome.id })).status).toBe(204);
    await link(fx.a);
    await link(fx.b);
    expect((await fx.call('POST', `/api/v1/stages/${report!.id}/outcomes`, { outcomeId: fx.b.id })).status).toBe(204);
    const sharedKpi = await fx.call('POST', `/api/v1/projects/${fx.projectId}/kpis`, { name: 'CSAT', type: 'csat', outcomeIds: [fx.a.id, fx.b.id] });
    const ownKpi = await fx.call('POST', `/api/v1/projects/${fx.projectId}/kpis`, { name: 'NPS', type: 'nps', outcomeIds: [fx.b.id] });
    const solution = await fx.call('POST', `/api/v1/projects/${fx.projectId}/solutions`, { title: 'Auto-match', outcomeIds: [fx.b.id] });
    expect([sharedKpi.status, ownKpi.status, solution.status]).toEqual([201, 201, 201]);

    const places = async (outcome: Outcome) => (await fx.call('GET', `/api/v1/outcomes/${outcome.id}/links`)).body;
    const summary = async (outcome: Outcome) => {
      const links = await places(outcome);
      return {
        places: links.journeys.map((place: { stageName: string; touchpointName: string | null }) => `${place.stageName}/${place.touchpointName ?? '-'}`).sort(),
        kpis: links.kpis.map((kpi: { name: string }) => kpi.name).sort(),
        solutions: links.solutions.map((item: { title: string }) => item.title),
      };
    };
    const merged = await fx.merge(fx.b, fx.a);
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(await summary(fx.a)).toEqual({ places: ['Reconcile/Bank feed', 'Report/-'], kpis: ['CSAT', 'NPS'], solutions: ['Auto-match'] });
    // The links A already had stay on B, where they wait for an undo.
    expect(await summary(fx.b)).toEqual({ places: ['Reconcile/Bank feed'], kpis: ['CSAT'], solutions: [] });

    const undone = await fx.unmerge(merged.body.merged);
    expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    expect(await summary(fx.a)).toEqual({ places: ['Reconcile/Bank feed'], kpis: ['CSAT'], solutions: [] });
    expect(await summary(fx.b)).toEqual({ places: ['Reconcile/Bank feed', 'Report/-'], kpis: ['CSAT', 'NPS'], solutions: ['Auto-match'] });
  });
});
