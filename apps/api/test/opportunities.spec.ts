import { opportunityBacklogSchema, opportunityComparisonSchema, opportunityLandscapeSchema, segmentationSchema } from '@outcome-atlas/contracts';
import { describe, expect, it } from 'vitest';
import { answersOf, createRespondents, upsertRatings, withDatabase, type SeedRespondent } from './ratings-fixture.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type Options = { body?: unknown; headers?: Record<string, string>; token?: string };

/**
 * Ten respondents: R1–R5 are `SMB`, R6–R10 `Enterprise`; R1, R2, R3, R6, R7 have region `EU`, the others `US`.
 * Answers per outcome, R1..R10 (importance / satisfaction, `-` = skipped):
 *
 * | outcome          | importance            | satisfaction          |
 * |------------------|-----------------------|-----------------------|
 * | O-1 A (step 1)   | 5 5 4 4 4 3 2 5 4 1   | 2 1 2 3 - 4 5 2 1 2   |
 * | O-2 B            | 5 5 5 5 5 4 4 4 4 3   | 1 1 1 2 2 2 3 3 4 5   |
 * | O-3 C (step 1)   | 2 2 3 3 1 1 2 - - -   | 5 5 5 4 4 4 4 - - 5   |  (R8, R9 did not rate C)
 * | O-4 D            | nobody rated it                               |
 * | O-5 E (proposed) | 5 × 10                | 1 × 10                |  (not accepted: not in the backlog)
 * | O-6 F            | 4 4 4 4 4 4 1 1 1 1   | 4 4 4 4 1 1 1 1 1 1   |
 * | O-7 G            | same as F                                     |
 *
 * Over all ten (importance = 10 × share of 4–5 answers among those who answered; same for satisfaction;
 * opportunity = importance + max(importance − satisfaction, 0)):
 * - A: importance 10 × 7/10 = 7; satisfaction 10 × 2/9 = 2.2222 (R5 skipped: 9 answers);
 *   opportunity 7 + 4.7778 = 106/9 = 11.7778 → solid.
 * - B: 10 × 9/10 = 9; 10 × 2/10 = 2; 9 + 7 = 16 → extreme.
 * - C: 10 × 0/7 = 0; 10 × 8/8 = 10; 0 + 0 = 0 → overserved.
 * - F and G: 10 × 6/10 = 6; 10 × 4/10 = 4; 6 + 2 = 8 → served, tied.
 * Ranks (competition, "1224"): B 1, A 2, F 3, G 3, C 5; D unrated.
 */
const ANSWERS = [
  answersOf([5, 5, 4, 4, 4, 3, 2, 5, 4, 1], [2, 1, 2, 3, null, 4, 5, 2, 1, 2]),
  answersOf([5, 5, 5, 5, 5, 4, 4, 4, 4, 3], [1, 1, 1, 2, 2, 2, 3, 3, 4, 5]),
  answersOf([2, 2, 3, 3, 1, 1, 2, null, null, null], [5, 5, 5, 4, 4, 4, 4, null, null, 5]),
  [],
  answersOf(Array(10).fill(5), Array(10).fill(1)),
  answersOf([4, 4, 4, 4, 4, 4, 1, 1, 1, 1], [4, 4, 4, 4, 1, 1, 1, 1, 1, 1]),
  answersOf([4, 4, 4, 4, 4, 4, 1, 1, 1, 1], [4, 4, 4, 4, 1, 1, 1, 1, 1, 1]),
];

const RESPONDENTS: SeedRespondent[] = Array.from({ length: 10 }, (_, i) => ({
  externalId: `R${i + 1}`,
  segment: i < 5 ? 'SMB' : 'Enterprise',
  attributes: { region: [0, 1, 2, 5, 6].includes(i) ? 'EU' : 'US' },
}));

async function setup() {
  const owner = await ctx.client.register('Olga Owner');
  const call = (method: Method, url: string, options: Options = {}) => ctx.client.request(method, url, { token: owner.token, ...options });
  const project = await call('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { body: { name: 'Month-end close' } });
  const projectId = project.body.id as string;
  const steps = (await call('GET', `/api/v1/projects/${projectId}/job-steps`)).body.items as { id: string; name: string }[];
  const createOutcome = async (statement: string, jobStepId: string | null = null): Promise<{ id: string; key: string }> => {
    const response = await call('POST', `/api/v1/projects/${projectId}/outcomes`, { body: { statement, jobStepId } });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };
  const accept = async (ids: string[]) => expect((await call('POST', `/api/v1/projects/${projectId}/outcomes/bulk`, { body: { action: 'accept', ids } })).status).toBe(200);
  const base = `/api/v1/projects/${projectId}`;
  return { owner, call, projectId, steps, createOutcome, accept, base };
}

/** The table above, loaded. */
async function ratedProject() {
  const fx = await setup();
  const step = fx.steps[0]!;
  const a = await fx.createOutcome('Minimize the time it takes to match invoices with purchase orders', step.id);
  const b = await fx.createOutcome('Minimize the likelihood of missing a late payment');
  const c = await fx.createOutcome('Minimize the effort it takes to print the monthly report', step.id);
  const d = await fx.createOutcome('Minimize the number of reminders sent to approvers');
  const e = await fx.createOutcome('Minimize the time it takes to find the right cost centre');
  const f = await fx.createOutcome('Minimize the likelihood of paying a supplier twice');
  const g = await fx.createOutcome('Minimize the time it takes to explain a variance to the controller');
  await fx.accept([a.id, b.id, c.id, d.id, f.id, g.id]);
  const respondentIds = await createRespondents(ctx.client, fx.owner.token, fx.projectId, RESPONDENTS);
  const outcomes = [a, b, c, d, e, f, g];
  await upsertRatings(ctx.client, fx.owner.token, fx.projectId, outcomes.map((outcome) => outcome.id), respondentIds, ANSWERS);
  const [firstTied, secondTied] = [f, g].sort((x, y) => (x.id < y.id ? -1 : 1)) as [typeof f, typeof g];
  return { ...fx, step, a, b, c, d, e, f, g, respondentIds, firstTied, secondTied };
}

type Item = { outcomeId: string; rank: number; tied: boolean; opportunity: number; importance: number; zone: string };
const idsOf = (items: { outcomeId: string }[]) => items.map((item) => item.outcomeId);
const sql = (text: string, params: unknown[] = []) => withDatabase(ctx.databaseUrl, async (db) => (await db.query(text, params)).rows);

describe('GET /projects/:id/opportunities (backlog)', () => {
  it('scores the hand-computed example, counts missing answers per question, ranks "1224" and counts the unrated outcome', async () => {
    const fx = await ratedProject();
    const response = await fx.call('GET', `${fx.base}/opportunities`);
    expect(response.status).toBe(200);
    const backlog = opportunityBacklogSchema.parse(response.body);
    expect(backlog).toMatchObject({ total: 5, unrated: 1, respondents: 10, nextCursor: null });
    expect(idsOf(backlog.items)).toEqual([fx.b.id, fx.a.id, fx.firstTied.id, fx.secondTied.id, fx.c.id]);
    expect(backlog.items.map((item) => [item.rank, item.tied, item.zone])).toEqual([
      [1, false, 'extreme'],
      [2, false, 'solid'],
      [3, true, 'served'],
      [3, true, 'served'],
      [5, false, 'overserved'],
    ]);
    const [b, a, f, , c] = backlog.items;
    expect(b).toMatchObject({ key: fx.b.key, importance: 9, satisfaction: 2, opportunity: 16, nImportance: 10, nSatisfaction: 10, lowSample: true, jobStep: null, evidenceCount: 0 });
    expect(a).toMatchObject({ importance: 7, nImportance: 10, nSatisfaction: 9, jobStep: { id: fx.step.id, name: fx.step.name } });
    expect(a!.satisfaction).toBeCloseTo(20 / 9, 12);
    expect(a!.opportunity).toBeCloseTo(106 / 9, 12);
    expect(a!.interval.lowSample).toBe(true);
    expect(a!.interval.importance.low).toBeLessThan(7);
    expect(a!.interval.importance.high).toBeGreaterThan(7);
    expect(f).toMatchObject({ importance: 6, satisfaction: 4, opportunity: 8 });
    expect(c).toMatchObject({ importance: 0, satisfaction: 10, opportunity: 0, nImportance: 7, nSatisfaction: 8 });
    expect(response.headers.etag).toMatch(/^"[\w-]{43}"$/);
    // The counts statement leaves timestamps as PostgreSQL's text; the sent ones must still be the outcome's own.
    for (const item of backlog.items) expect(item.updatedAt).toBe((await fx.call('GET', `/api/v1/outcomes/${item.outcomeId}`)).body.updatedAt);
  });

  it('scores over a segment label (case-insensitive), an attribute and a saved segment; unknown or empty segments have no respondents', async () => {
    const fx = await ratedProject();
    const get = async (segment: string) => {
      const response = await fx.call('GET', `${fx.base}/opportunities?segment=${encodeURIComponent(segment)}`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return opportunityBacklogSchema.parse(response.body);
    };
    // SMB = R1–R5. A: 5/5 important, 0/4 satisfied → 10, 0, 20. B: 10, 0, 20 (tied with A). F, G: 10, 4/5 → 8, 12. C: 0, 10, 0.
    const smb = await get('smb');
    expect(smb.respondents).toBe(5);
    expect(smb.items.map((item) => [item.outcomeId, item.rank, item.opportunity])).toEqual([
      ...[fx.a.id, fx.b.id].sort().map((id) => [id, 1, 20]),
      [fx.firstTied.id, 3, 12],
      [fx.secondTied.id, 3, 12],
      [fx.c.id, 5, 0],
    ]);
    expect(smb.items.find((item) => item.outcomeId === fx.a.id)).toMatchObject({ nImportance: 5, nSatisfaction: 4, zone: 'extreme' });
    expect(await get('SMB')).toEqual(smb);

    // region=EU = R1, R2, R3, R6, R7. B: 5/5, 0/5 → 20. F, G: 4/5, 3/5 → 8, 6, 10. A: 3/5, 2/5 → 6, 4, 8. C: 0, 10, 0.
    const eu = await get('Region=eu');
    expect(eu.respondents).toBe(5);
    expect(eu.items.map((item) => [item.outcomeId, item.rank, item.opportunity, item.zone])).toEqual([
      [fx.b.id, 1, 20, 'extreme'],
      [fx.firstTied.id, 2, 10, 'solid'],
      [fx.secondTied.id, 2, 10, 'solid'],
      [fx.a.id, 4, 8, 'served'],
      [fx.c.id, 5, 0, 'overserved'],
    ]);

    // A saved segment of R9 and R10. A: 1/2, 0/2 → 5, 0, 10. B: 1/2, 2/2 → 5, 10, 5 (overserved). C: no importance
    // answer (0), R10's satisfaction 5 → 10. F, G: 0/2, 0/2 → 0. C, F and G tie at opportunity 0 and importance 0.
    const [segmentation] = await sql(
      `INSERT INTO segmentations (project_id, name, k, seed, chosen_by, silhouette, respondent_count, outcome_count) VALUES ($1, 'Hand-made', 2, 1, 'given', 0.5, 10, 6) RETURNING id`,
      [fx.projectId],
    );
    const [saved] = await sql(`INSERT INTO saved_segments (segmentation_id, project_id, name, position, size, share) VALUES ($1, $2, 'Hand-made · 1', 0, 2, 0.2) RETURNING id`, [
      segmentation.id,
      fx.projectId,
    ]);
    await sql(`INSERT INTO saved_segment_members (segment_id, respondent_id) SELECT $1, unnest($2::uuid[])`, [saved.id, fx.respondentIds.slice(8)]);
    const late = await get(`saved:${saved.id}`);
    expect(late.respondents).toBe(2);
    expect(late.items.map((item) => [item.outcomeId, item.rank, item.opportunity, item.zone])).toEqual([
      [fx.a.id, 1, 10, 'solid'],
      [fx.b.id, 2, 5, 'overserved'],
      ...[fx.c.id, fx.f.id, fx.g.id].sort().map((id) => [id, 3, 0, id === fx.c.id ? 'overserved' : 'served']),
    ]);
    expect(late.items.find((item) => item.outcomeId === fx.c.id)).toMatchObject({ importance: 0, satisfaction: 10, nImportance: 0, nSatisfaction: 1, lowSample: true });

    for (const nobody of ['Nobody', 'region=Mars', 'saved:00000000-0000-4000-8000-000000000000']) {
      expect(await get(nobody)).toEqual({ items: [], nextCursor: null, total: 0, unrated: 6, respondents: 0 });
    }
  });

  it('filters by zone and minOpportunity after ranking (ranks stay), and ranks within a job step', async () => {
    const fx = await ratedProject();
    const get = async (query: string) => opportunityBacklogSchema.parse((await fx.call('GET', `${fx.base}/opportunities?${query}`)).body);
    const zones = await get('zone=solid, extreme');
    expect(zones.items.map((item) => [item.outcomeId, item.rank])).toEqual([
      [fx.b.id, 1],
      [fx.a.id, 2],
    ]);
    expect(zones).toMatchObject({ total: 2, unrated: 1 });
    expect((await get('zone=overserved')).items.map((item) => item.rank)).toEqual([5]);
    expect(idsOf((await get('minOpportunity=11.7')).items)).toEqual([fx.b.id, fx.a.id]);
    expect(idsOf((await get('minOpportunity=11.78')).items)).toEqual([fx.b.id]);
    expect(idsOf((await get('minOpportunity=8&zone=served')).items)).toEqual([fx.firstTied.id, fx.secondTied.id]);
    const step = await get(`jobStepId=${fx.step.id}`);
    expect(step.items.map((item) => [item.outcomeId, item.rank])).toEqual([
      [fx.a.id, 1],
      [fx.c.id, 2],
    ]);
    expect(step).toMatchObject({ total: 2, unrated: 0 });
  });

  it('pages in rank order with cursors that cover every item exactly once, also under a filter', async () => {
    const fx = await ratedProject();
    for (const [query, expected] of [
      ['', [fx.b.id, fx.a.id, fx.firstTied.id, fx.secondTied.id, fx.c.id]],
      ['&zone=served,overserved', [fx.firstTied.id, fx.secondTied.id, fx.c.id]],
    ] as const) {
      for (const limit of [1, 2, 4]) {
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const response = await fx.call('GET', `${fx.base}/opportunities?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`);
          const page = opportunityBacklogSchema.parse(response.body);
          expect(page.items.length).toBeLessThanOrEqual(limit);
          expect(page.total).toBe(expected.length);
          seen.push(...idsOf(page.items));
          cursor = page.nextCursor;
          pages += 1;
        } while (cursor);
        expect(seen, `limit ${limit}${query}`).toEqual(expected);
        expect(pages).toBe(Math.ceil(expected.length / limit));
      }
    }
  });

  it('answers 304 to If-None-Match while nothing changed, and a new ETag once a rating changes', async () => {
    const fx = await ratedProject();
    const first = await fx.call('GET', `${fx.base}/opportunities?limit=2`);
    const etag = String(first.headers.etag);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const again = await fx.call('GET', `${fx.base}/opportunities?limit=2`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect((await fx.call('GET', `${fx.base}/opportunities?limit=2`, { headers: { 'if-none-match': `"other", W/${etag}` } })).status).toBe(304);
    expect((await fx.call('GET', `${fx.base}/opportunities?limit=3`, { headers: { 'if-none-match': etag } })).status).toBe(200);

    // R5 now answers A's satisfaction with 5: 3 of 10 satisfied → 3, opportunity 7 + 4 = 11.
    const upsert = await fx.call('POST', `${fx.base}/ratings`, { body: { ratings: [{ outcomeId: fx.a.id, respondentId: fx.respondentIds[4], satisfaction: 5 }] } });
    expect(upsert.body).toMatchObject({ updated: 1 });
    const changed = await fx.call('GET', `${fx.base}/opportunities?limit=2`, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body.items[1]).toMatchObject({ outcomeId: fx.a.id, satisfaction: 3, opportunity: 11, nSatisfaction: 10 });
  });

  it('answers every filtered row as RFC 4180 CSV for ?format=csv or Accept: text/csv, ignoring limit and cursor, formulas neutralised', async () => {
    const fx = await ratedProject();
    const formula = await fx.createOutcome('=HYPERLINK("http://evil.example","Minimize, the time")');
    await fx.accept([formula.id]);
    // One respondent: importance 5, satisfaction 1 → 10, 0, 20: rank 1.
    await upsertRatings(ctx.client, fx.owner.token, fx.projectId, [formula.id], [fx.respondentIds[0]!], [[[5, 1]]]);

    const byQuery = await fx.call('GET', `${fx.base}/opportunities?format=csv&limit=1`);
    expect(byQuery.status).toBe(200);
    expect(byQuery.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(byQuery.headers['content-disposition']).toBe(`attachment; filename="opportunities-${fx.projectId}.csv"`);
    const lines = (byQuery.body as string).split('\r\n');
    expect(lines).toHaveLength(1 + 6 + 1);
    expect(lines[0]).toBe(
      'rank,key,statement,job_step,importance,satisfaction,opportunity,zone,importance_low,importance_high,satisfaction_low,satisfaction_high,' +
        'opportunity_low,opportunity_high,n_importance,n_satisfaction,low_sample,evidence_count,outcome_id,updated_at,journeys,kpis,solutions',
    );
    expect(lines[1]).toMatch(new RegExp(`^1,${formula.key},"'=HYPERLINK\\(""http://evil.example"",""Minimize, the time""\\)",,10,0,20,extreme,`));
    expect(lines[2]).toMatch(new RegExp(`^2,${fx.b.key},Minimize the likelihood of missing a late payment,,9,2,16,extreme,[\\d.]+,[\\d.]+,`));
    const a = (await fx.call('GET', `${fx.base}/opportunities`)).body.items.find((item: Item) => item.outcomeId === fx.a.id);
    expect(lines[3]).toContain(`,${fx.step.name},7,${a.satisfaction},${a.opportunity},solid,${a.interval.importance.low},${a.interval.importance.high},`);
    expect(lines[3]).toContain(`,10,9,true,0,${fx.a.id},${a.updatedAt},`);
    expect(lines[7]).toBe('');

    const byAccept = await fx.call('GET', `${fx.base}/opportunities?cursor=whatever`, { headers: { accept: 'text/csv' } });
    expect(byAccept.body).toBe(byQuery.body);
    expect(byAccept.headers.etag).toBe(byQuery.headers.etag);
    const json = await fx.call('GET', `${fx.base}/opportunities?limit=1`);
    expect(json.headers.etag).not.toBe(byQuery.headers.etag);
    expect((await fx.call('GET', `${fx.base}/opportunities?format=csv`, { headers: { 'if-none-match': String(byQuery.headers.etag) } })).status).toBe(304);
    const filtered = await fx.call('GET', `${fx.base}/opportunities?format=csv&zone=served`);
    expect((filtered.body as string).split('\r\n').slice(1, -1).map((line) => line.split(',')[0])).toEqual(['4', '4']);
  });

  it('answers 400 for invalid filters and cursors, with the field named', async () => {
    const fx = await ratedProject();
    for (const [query, code, path] of [
      ['zone=bogus', 'VALIDATION_FAILED', 'zone'],
      ['zone=,', 'VALIDATION_FAILED', 'zone'],
      ['minOpportunity=21', 'VALIDATION_FAILED', 'minOpportunity'],
      ['minOpportunity=abc', 'VALIDATION_FAILED', 'minOpportunity'],
      ['limit=0', 'VALIDATION_FAILED', 'limit'],
      ['format=xml', 'VALIDATION_FAILED', 'format'],
      ['jobStepId=nope', 'VALIDATION_FAILED', 'jobStepId'],
      ['sort=rank', 'VALIDATION_FAILED', ''],
      ['segment=saved:not-a-uuid', 'VALIDATION_FAILED', 'segment'],
      ['cursor=bm9wZQ', 'INVALID_CURSOR', undefined],
    ] as const) {
      const response = await fx.call('GET', `${fx.base}/opportunities?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code, query).toBe(code);
      if (path !== undefined) expect(response.body.error.details?.[0]?.path, query).toMatch(new RegExp(`^${path}`));
    }
    expect((await fx.call('GET', `${fx.base}/opportunities/landscape?segment=saved:x`)).status).toBe(400);
    expect((await fx.call('GET', `${fx.base}/opportunities/compare?a=SMB`)).status).toBe(400);
    expect((await fx.call('GET', `${fx.base}/opportunities/compare?a=SMB&b=saved:1`)).body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'b' }] });
    expect((await fx.call('GET', `${fx.base}/opportunities/compare?a=SMB&b=US&alpha=1`)).status).toBe(400);
    expect((await fx.call('POST', `${fx.base}/segmentation`, { body: { name: 'x', k: 7 } })).status).toBe(400);
    expect((await fx.call('POST', `${fx.base}/segmentation`, { body: { name: '' } })).status).toBe(400);
    expect((await fx.call('GET', `${fx.base}/segmentations?cursor=bm9wZQ`)).body.error.code).toBe('INVALID_CURSOR');
  });
});

describe('GET /projects/:id/opportunities/landscape', () => {
  it('answers every rated accepted outcome as a point in rank order, with an ETag', async () => {
    const fx = await ratedProject();
    const response = await fx.call('GET', `${fx.base}/opportunities/landscape`);
    expect(response.status).toBe(200);
    const landscape = opportunityLandscapeSchema.parse(response.body);
    expect(landscape).toMatchObject({ unrated: 1, respondents: 10 });
    expect(landscape.points.map((point) => [point.outcomeId, point.rank, point.jobStepId])).toEqual([
      [fx.b.id, 1, null],
      [fx.a.id, 2, fx.step.id],
      [fx.firstTied.id, 3, null],
      [fx.secondTied.id, 3, null],
      [fx.c.id, 5, fx.step.id],
    ]);
    expect(landscape.points[0]).toMatchObject({ key: fx.b.key, importance: 9, satisfaction: 2, opportunity: 16, zone: 'extreme' });
    const cached = await fx.call('GET', `${fx.base}/opportunities/landscape`, { headers: { 'if-none-match': String(response.headers.etag) } });
    expect(cached.status).toBe(304);
    const smb = opportunityLandscapeSchema.parse((await fx.call('GET', `${fx.base}/opportunities/landscape?segment=SMB&jobStepId=${fx.step.id}`)).body);
    expect(smb.points.map((point) => [point.outcomeId, point.rank, point.opportunity])).toEqual([
      [fx.a.id, 1, 20],
      [fx.c.id, 2, 0],
    ]);
  });
});

describe('GET /projects/:id/opportunities/compare', () => {
  it('compares two segments outcome by outcome, largest opportunity gap first, with significance', async () => {
    const fx = await ratedProject();
    // Only R1 (SMB) rated H.
    const h = await fx.createOutcome('Minimize the time it takes to close a purchase order');
    await fx.accept([h.id]);
    await upsertRatings(ctx.client, fx.owner.token, fx.projectId, [h.id], [fx.respondentIds[0]!], [[[4, 4]]]);
    const response = await fx.call('GET', `${fx.base}/opportunities/compare?a=SMB&b=Enterprise`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const comparison = opportunityComparisonSchema.parse(response.body);
    expect(comparison).toMatchObject({ a: { segment: 'SMB', respondents: 5 }, b: { segment: 'Enterprise', respondents: 5 }, alpha: 0.05, onlyInA: [h.id], onlyInB: [] });
    // SMB − Enterprise opportunity: A 20 − 4 = 16; B 20 − 12 = 8; F, G 12 − 4 = 8; C 0 − 0 = 0.
    expect(comparison.outcomes.map((item) => [item.outcomeId, item.difference.opportunity])).toEqual([
      [fx.a.id, 16],
      ...[fx.b.id, fx.f.id, fx.g.id].sort().map((id) => [id, 8]),
      [fx.c.id, 0],
    ]);
    const [a] = comparison.outcomes;
    expect(a).toMatchObject({ key: fx.a.key, a: { importance: 10, satisfaction: 0, opportunity: 20 }, b: { importance: 4, satisfaction: 4, opportunity: 4 } });
    expect(a!.difference).toEqual({ importance: 6, satisfaction: -4, opportunity: 16 });
    // Importance 5/5 vs 2/5: pooled 7/10, z = 0.6 / √(0.7 · 0.3 · (1/5 + 1/5)) = 2.0702, two-sided p = 0.0384 < 0.05.
    expect(a!.importance.z).toBeCloseTo(2.0702, 3);
    expect(a!.importance.pValue).toBeCloseTo(0.0384, 3);
    expect(a!.importance.significant).toBe(true);
    // Satisfaction 0/4 vs 2/5: pooled 2/9, z = −0.4 / √(2/9 · 7/9 · (1/4 + 1/5)) = −1.4343, p = 0.151.
    expect(a!.satisfaction.z).toBeCloseTo(-1.4343, 3);
    expect(a!.satisfaction.significant).toBe(false);

    const strict = opportunityComparisonSchema.parse((await fx.call('GET', `${fx.base}/opportunities/compare?a=SMB&b=Enterprise&alpha=0.01`)).body);
    expect(strict.outcomes[0]!.importance.significant).toBe(false);
    const empty = opportunityComparisonSchema.parse((await fx.call('GET', `${fx.base}/opportunities/compare?a=SMB&b=Nobody`)).body);
    expect(empty).toMatchObject({ b: { respondents: 0 }, outcomes: [], onlyInB: [] });
    expect(empty.onlyInA).toHaveLength(6);
  });
});

describe('segments and segmentations', () => {
  it('lists labels, attribute values (at most 20 distinct per attribute) and saved segments with their sizes', async () => {
    const fx = await ratedProject();
    await createRespondents(
      ctx.client,
      fx.owner.token,
      fx.projectId,
      // One more SMB spelled `smb`; `plan` is `Pro` 14 times and `pro` 7 times (one value, shown in its usual spelling); 21 emails are too many values.
      Array.from({ length: 21 }, (_, i) => ({ externalId: `X${i}`, segment: i === 0 ? 'smb' : null, attributes: { email: `x${i}@example.com`, plan: i % 3 ? 'Pro' : 'pro' } })),
    );
    const created = await fx.call('POST', `${fx.base}/segmentation`, { body: { name: 'Needs', k: 2, seed: 3 } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const response = await fx.call('GET', `${fx.base}/segments`);
    expect(response.status).toBe(200);
    const segments = created.body.segments as { id: string; name: string; size: number }[];
    expect(response.body.items).toEqual([
      { kind: 'label', filter: 'Enterprise', label: 'Enterprise', respondents: 5 },
      { kind: 'label', filter: 'SMB', label: 'SMB', respondents: 6 },
      { kind: 'attribute', filter: 'plan=Pro', label: 'plan: Pro', respondents: 21 },
      { kind: 'attribute', filter: 'region=EU', label: 'region: EU', respondents: 5 },
      { kind: 'attribute', filter: 'region=US', label: 'region: US', respondents: 5 },
      ...segments.map((segment) => ({ kind: 'saved', filter: `saved:${segment.id}`, label: segment.name, respondents: segment.size })),
    ]);
  });

  it('segments deterministically (same seed, same segments), saves segments usable as filters, and lists segmentations newest first', async () => {
    const fx = await ratedProject();
    const run = async (body: object) => {
      const response = await fx.call('POST', `${fx.base}/segmentation`, { body });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      return segmentationSchema.parse(response.body);
    };
    const first = await run({ name: 'Unmet needs', k: 2, seed: 7 });
    const second = await run({ name: 'Unmet needs', k: 2, seed: 7 });
    expect(first).toMatchObject({ projectId: fx.projectId, k: 2, seed: 7, chosenBy: 'given', respondents: 10, outcomes: 5 });
    expect(first.segments.map((segment) => [segment.name, segment.index])).toEqual([
      ['Unmet needs · 1', 0],
      ['Unmet needs · 2', 1],
    ]);
    expect(first.segments.reduce((sum, segment) => sum + segment.size, 0)).toBe(10);
    const withoutIds = (segmentation: typeof first) => segmentation.segments.map(({ id: _id, filter: _filter, ...rest }) => rest);
    expect(withoutIds(second)).toEqual(withoutIds(first));
    expect(second.silhouette).toBe(first.silhouette);
    const members = async (segmentId: string) =>
      (await sql(`SELECT r.external_id FROM saved_segment_members m JOIN respondents r ON r.id = m.respondent_id WHERE m.segment_id = $1 ORDER BY 1`, [segmentId])).map(
        (row) => row.external_id,
      );
    for (const [index, segment] of first.segments.entries()) expect(await members(second.segments[index]!.id)).toEqual(await members(segment.id));
    const top = first.segments[0]!.topOpportunities[0]!;
    expect(top).toMatchObject({ rank: 1, key: expect.stringMatching(/^O-\d+$/), statement: expect.any(String) });

    const segment = first.segments[0]!;
    expect(segment.filter).toBe(`saved:${segment.id}`);
    const scoped = opportunityBacklogSchema.parse((await fx.call('GET', `${fx.base}/opportunities?segment=${segment.filter}`)).body);
    expect(scoped.respondents).toBe(segment.size);
    expect(scoped.items[0]).toMatchObject({ outcomeId: top.outcomeId, rank: 1, opportunity: top.opportunity, importance: top.importance });

    const chosen = await run({ name: 'Let the silhouette choose' });
    expect(chosen).toMatchObject({ chosenBy: 'silhouette', seed: 1 });
    expect(chosen.silhouetteByK.map((entry) => entry.k)).toEqual([2, 3, 4, 5, 6]);

    const page1 = await fx.call('GET', `${fx.base}/segmentations?limit=2`);
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((item: { id: string }) => item.id)).toEqual([chosen.id, second.id]);
    expect(page1.body.items[1]).toEqual(second);
    const page2 = await fx.call('GET', `${fx.base}/segmentations?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body).toEqual({ items: [first], nextCursor: null });
  });

  it('answers 422 NOT_ENOUGH_RATINGS without rated accepted outcomes or with too few respondents', async () => {
    const fx = await setup();
    const none = await fx.call('POST', `${fx.base}/segmentation`, { body: { name: 'Too early' } });
    expect(none.status).toBe(422);
    expect(none.body.error).toMatchObject({ code: 'NOT_ENOUGH_RATINGS', message: expect.stringMatching(/No accepted outcome has ratings/) });
    const outcome = await fx.createOutcome('Minimize the time it takes to approve an invoice');
    await fx.accept([outcome.id]);
    const respondentIds = await createRespondents(ctx.client, fx.owner.token, fx.projectId, RESPONDENTS.slice(0, 3));
    await upsertRatings(ctx.client, fx.owner.token, fx.projectId, [outcome.id], respondentIds.slice(0, 2), [answersOf([5, 4], [1, 2])]);
    const two = await fx.call('POST', `${fx.base}/segmentation`, { body: { name: 'Two people' } });
    expect(two.status).toBe(422);
    expect(two.body.error.message).toBe('2 segments need ratings from at least 3 respondents; 2 rated the accepted outcomes so far');
    await upsertRatings(ctx.client, fx.owner.token, fx.projectId, [outcome.id], respondentIds.slice(2), [answersOf([3], [3])]);
    expect((await fx.call('POST', `${fx.base}/segmentation`, { body: { name: 'Four segments', k: 4 } })).status).toBe(422);
    expect((await fx.call('POST', `${fx.base}/segmentation`, { body: { name: 'Three people' } })).status).toBe(201);
  });
});

describe('access', () => {
  it('lets a read-scope API token read every opportunity view but not segment; another workspace gets 404', async () => {
    const fx = await ratedProject();
    const token = await fx.call('POST', `/api/v1/workspaces/${fx.owner.workspace.id}/api-tokens`, { body: { name: 'BI', scope: 'read' } });
    const read = { token: token.body.token as string };
    const outsider = await ctx.client.register('Oscar Outsider');
    const reads = [
      `${fx.base}/opportunities`,
      `${fx.base}/opportunities?format=csv`,
      `${fx.base}/opportunities/landscape`,
      `${fx.base}/opportunities/compare?a=SMB&b=Enterprise`,
      `${fx.base}/segments`,
      `${fx.base}/segmentations`,
    ];
    for (const url of reads) {
      expect((await fx.call('GET', url, read)).status, url).toBe(200);
      const foreign = await fx.call('GET', url, { token: outsider.token });
      expect(foreign.status, url).toBe(404);
      expect(foreign.body.error.code).toBe('PROJECT_NOT_FOUND');
      expect((await ctx.client.request('GET', url)).status, url).toBe(401);
    }
    const refused = await fx.call('POST', `${fx.base}/segmentation`, { ...read, body: { name: 'From a script' } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('TOKEN_READ_ONLY');
    expect((await fx.call('POST', `${fx.base}/segmentation`, { token: outsider.token, body: { name: 'Not mine' } })).status).toBe(404);
    expect((await sql('SELECT count(*)::int AS n FROM segmentations')).at(0)?.n).toBe(0);
  });
});
