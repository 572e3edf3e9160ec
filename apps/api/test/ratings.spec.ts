import type { SegmentFilter } from '@outcome-atlas/contracts';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { segmentFilterSql } from '../src/modules/ratings/segment-filter.sql.js';
import { externalIdPrefixSql } from '../src/modules/ratings/respondents.service.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type Outcome = { id: string; key: string; version: number };
type Respondent = { id: string; externalId: string; segment: string | null; attributes: Record<string, string>; ratingCount: number };
type Rating = { respondentId: string; outcomeId: string; importance: number | null; satisfaction: number | null; source: string; updatedAt: string };

/** A project with three outcomes (O-1..O-3) and three respondents. */
async function setup() {
  const owner = await ctx.client.register('Rita Researcher');
  const call = (method: Method, url: string, body?: unknown, token = owner.token) => ctx.client.request(method, url, { token, body });
  const project = await call('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { name: 'Close' });
  const projectId = project.body.id as string;
  const outcomes: Outcome[] = [];
  for (const statement of ['Minimize the time it takes to match invoices', 'Minimize the likelihood of missing a late payment', 'Minimize the effort it takes to approve a payment']) {
    const response = await call('POST', `/api/v1/projects/${projectId}/outcomes`, { statement });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    outcomes.push(response.body);
  }
  const respondent = async (body: object): Promise<Respondent> => {
    const response = await call('POST', `/api/v1/projects/${projectId}/respondents`, body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };
  const ana = await respondent({ externalId: 'R-1', segment: 'SMB', attributes: { Region: 'EU', role: 'Clerk' } });
  const bo = await respondent({ externalId: 'r-2', segment: 'smb', attributes: { region: 'us' } });
  const cy = await respondent({ externalId: 'X-3', segment: 'Enterprise', attributes: { region: 'eu' } });
  const upsert = (ratings: object[], source?: string, token?: string) => call('POST', `/api/v1/projects/${projectId}/ratings`, { ratings, ...(source ? { source } : {}) }, token);
  const listRatings = async (query = '') => (await call('GET', `/api/v1/projects/${projectId}/ratings${query}`)).body as { items: Rating[]; nextCursor: string | null };
  return { owner, call, projectId, outcomes, respondents: [ana, bo, cy] as const, upsert, listRatings };
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

const externalIds = (body: { items: Respondent[] }) => body.items.map((item) => item.externalId);

describe('respondents', () => {
  it('creates a respondent (201) and refuses a second one with the same external id (409)', async () => {
    const fx = await setup();
    expect(fx.respondents[0]).toMatchObject({ projectId: fx.projectId, externalId: 'R-1', segment: 'SMB', attributes: { Region: 'EU', role: 'Clerk' }, ratingCount: 0 });
    const minimal = await fx.call('POST', `/api/v1/projects/${fx.projectId}/respondents`, { externalId: '  Workshop 3  ' });
    expect(minimal.status).toBe(201);
    expect(minimal.body).toMatchObject({ externalId: 'Workshop 3', segment: null, attributes: {} });

    const again = await fx.call('POST', `/api/v1/projects/${fx.projectId}/respondents`, { externalId: 'R-1' });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'RESPONDENT_EXISTS', details: { respondentId: fx.respondents[0].id } });
  });

  it.each([
    ['an empty external id', { externalId: '  ' }],
    ['an unknown field', { externalId: 'R-9', persona: 'x' }],
    ['a non-string attribute', { externalId: 'R-9', attributes: { size: 12 } }],
  ])('refuses %s with 400', async (_name, body) => {
    const fx = await setup();
    const response = await fx.call('POST', `/api/v1/projects/${fx.projectId}/respondents`, body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('lists in external id order with a cursor, a case-insensitive prefix and the rating count of each', async () => {
    const fx = await setup();
    await fx.upsert([
      { respondentId: fx.respondents[0].id, outcomeId: fx.outcomes[0]!.id, importance: 5 },
      { respondentId: fx.respondents[0].id, outcomeId: fx.outcomes[1]!.id, satisfaction: 2 },
      { respondentId: fx.respondents[2].id, outcomeId: fx.outcomes[1]!.id, importance: 3, satisfaction: 3 },
    ]);
    const first = await fx.call('GET', `/api/v1/projects/${fx.projectId}/respondents?limit=2`);
    expect(first.status).toBe(200);
    expect(externalIds(first.body)).toEqual(['R-1', 'X-3']);
    expect(first.body.items.map((item: Respondent) => item.ratingCount)).toEqual([2, 1]);
    const second = await fx.call('GET', `/api/v1/projects/${fx.projectId}/respondents?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body).toMatchObject({ items: [{ externalId: 'r-2', ratingCount: 0 }], nextCursor: null });
    expect(externalIds((await fx.call('GET', `/api/v1/projects/${fx.projectId}/respondents?q=r-`)).body)).toEqual(['R-1', 'r-2']);
  });

  it.each([
    ['a label, case-insensitively', 'smb', ['R-1', 'r-2']],
    ['an attribute, name and value case-insensitively', 'REGION=Eu', ['R-1', 'X-3']],
    ['an attribute no one has', 'region=apac', []],
  ])('filters by %s', async (_name, segment, expected) => {
    const fx = await setup();
    const response = await fx.call('GET', `/api/v1/projects/${fx.projectId}/respondents?segment=${encodeURIComponent(segment)}`);
    expect(response.status).toBe(200);
    expect(externalIds(response.body)).toEqual(expected);
  });

  it('filters by a saved segment of the project, and a saved segment of another project selects nobody', async () => {
    const fx = await setup();
    const other = await fx.call('POST', `/api/v1/workspaces/${fx.owner.workspace.id}/projects`, { name: 'Other' });
    const [segmentation] = await sql(
      `INSERT INTO segmentations (project_id, name, k, seed, chosen_by, silhouette, respondent_count, outcome_count) VALUES ($1, 'k=2', 2, 1, 'given', 0.5, 3, 3) RETURNING id`,
      [fx.projectId],
    );
    const insertSegment = async (projectId: string, position: number) =>
      (await sql(`INSERT INTO saved_segments (segmentation_id, project_id, name, position, size, share) VALUES ($1, $2, 'Underserved', $3, 2, 0.66) RETURNING id`, [segmentation.id, projectId, position]))[0].id as string;
    const mine = await insertSegment(fx.projectId, 0);
    const foreign = await insertSegment(other.body.id, 1);
    await sql(`INSERT INTO saved_segment_members (segment_id, respondent_id) SELECT $1, unnest($2::uuid[])`, [mine, [fx.respondents[1].id, fx.respondents[2].id]]);
    await sql(`INSERT INTO saved_segment_members (segment_id, respondent_id) SELECT $1, unnest($2::uuid[])`, [foreign, [fx.respondents[0].id]]);

    expect(externalIds((await fx.call('GET', `/api/v1/projects/${fx.projectId}/respondents?segment=saved:${mine}`)).body)).toEqual(['X-3', 'r-2']);
    expect(externalIds((await fx.call('GET', `/api/v1/projects/${fx.projectId}/respondents?segment=saved:${foreign}`)).body)).toEqual([]);
    const bad = await fx.call('GET', `/api/v1/projects/${fx.projectId}/respondents?segment=saved:not-an-id`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'segment' }] });
  });

  it('uses the folded indexes for label and attribute filters', async () => {
    const fx = await setup();
    // Three rows make every plan cheap; without sequential scans the planner shows which index can answer the predicate.
    const plan = async (filter: SegmentFilter) => {
      const { sql: predicate, params } = segmentFilterSql(filter, { alias: 'r', projectId: fx.projectId, paramOffset: 1 });
      const db = new pg.Client({ connectionString: ctx.databaseUrl });
      await db.connect();
      try {
        await db.query('SET enable_seqscan = off');
        const { rows } = await db.query(`EXPLAIN SELECT r.id FROM respondents r WHERE $1::uuid IS NOT NULL AND ${predicate}`, [fx.projectId, ...params]);
        return rows.map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN']).join('\n');
      } finally {
        await db.end();
      }
    };
    expect(await plan({ kind: 'label', label: 'SMB' })).toContain('respondents_segment_idx');
    expect(await plan({ kind: 'attribute', name: 'region', value: 'EU' })).toContain('respondents_attributes_idx');
  });

  it('uses the prefix index for ?q=, and treats LIKE wildcards in it as plain characters', async () => {
    const fx = await setup();
    for (const externalId of ['R_1', 'R%2', 'R\\3']) {
      expect((await fx.call('POST', `/api/v1/projects/${fx.projectId}/respondents`, { externalId })).status).toBe(201);
    }
    const listed = async (q: string) => externalIds((await fx.call('GET', `/api/v1/projects/${fx.projectId}/respondents?q=${encodeURIComponent(q)}`)).body);
    expect(await listed('r_')).toEqual(['R_1']);
    expect(await listed('R%')).toEqual(['R%2']);
    expect(await listed('r\\')).toEqual(['R\\3']);
    expect(await listed('r')).toEqual(['R%2', 'R-1', 'R\\3', 'R_1', 'r-2']);
    const db = new pg.Client({ connectionString: ctx.databaseUrl });
    await db.connect();
    try {
      // Enough respondents (and statistics) for the plan to show which index can answer the prefix.
      await db.query(`INSERT INTO respondents (project_id, external_id) SELECT $1, 'S-' || i FROM generate_series(1, 3000) i`, [fx.projectId]);
      await db.query('ANALYZE respondents');
      const { rows } = await db.query(`EXPLAIN SELECT r.id FROM respondents r WHERE r.project_id = $1 AND ${externalIdPrefixSql('r', 2)}`, [fx.projectId, 's-12']);
      expect(rows.map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN']).join('\n')).toContain('respondents_external_prefix_idx');
    } finally {
      await db.end();
    }
  });
});

describe('rating upserts', () => {
  it('creates, updates (an omitted answer keeps its value, null clears it), leaves unchanged, and deletes a rating left with no answer', async () => {
    const fx = await setup();
    const [ana, bo] = fx.respondents;
    const [o1, o2] = fx.outcomes;
    const created = await fx.upsert([
      { respondentId: ana.id, outcomeId: o1!.id, importance: 5, satisfaction: 2 },
      { respondentId: ana.id, outcomeId: o2!.id, importance: 4 },
      { respondentId: bo.id, outcomeId: o1!.id, satisfaction: 1 },
    ]);
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body).toMatchObject({ created: 3, updated: 0, unchanged: 0, deleted: 0 });
    expect(created.body.ratings).toEqual([
      { respondentId: ana.id, outcomeId: o1!.id, importance: 5, satisfaction: 2, source: 'workshop', updatedAt: expect.any(String) },
      { respondentId: ana.id, outcomeId: o2!.id, importance: 4, satisfaction: null, source: 'workshop', updatedAt: expect.any(String) },
      { respondentId: bo.id, outcomeId: o1!.id, importance: null, satisfaction: 1, source: 'workshop', updatedAt: expect.any(String) },
    ]);
    // A rating's updatedAt is its outcome's answers' (one per outcome, see 1765000000000-packed-answers).
    const before = await sql('SELECT x.outcome_id, x.respondent_id, x.updated_at, a.updated_at AS answers_updated_at FROM ratings x JOIN outcome_answers a USING (outcome_id) ORDER BY 1, 2');
    expect(before).toHaveLength(3);
    expect(before.every((row) => row.updated_at.getTime() === row.answers_updated_at.getTime())).toBe(true);
    expect(created.body.ratings.map((rating: Rating) => rating.updatedAt)).toEqual(
      created.body.ratings.map((rating: Rating) => before.find((row) => row.outcome_id === rating.outcomeId && row.respondent_id === rating.respondentId)!.updated_at.toISOString()),
    );

    const changed = await fx.upsert([
      { respondentId: ana.id, outcomeId: o1!.id, satisfaction: 3 },
      { respondentId: ana.id, outcomeId: o2!.id, importance: 4 },
      { respondentId: bo.id, outcomeId: o1!.id, satisfaction: null },
      { respondentId: bo.id, outcomeId: o2!.id, importance: null },
    ]);
    expect(changed.body).toMatchObject({ created: 0, updated: 1, unchanged: 2, deleted: 1 });
    expect(changed.body.ratings).toEqual([
      expect.objectContaining({ respondentId: ana.id, outcomeId: o1!.id, importance: 5, satisfaction: 3 }),
      expect.objectContaining({ respondentId: ana.id, outcomeId: o2!.id, importance: 4, satisfaction: null }),
    ]);
    const after = await sql('SELECT outcome_id, respondent_id, updated_at FROM ratings ORDER BY 1, 2');
    const unchangedBefore = before.find((row) => row.outcome_id === o2!.id && row.respondent_id === ana.id);
    const unchangedAfter = after.find((row) => row.outcome_id === o2!.id && row.respondent_id === ana.id);
    // O-2 was only re-sent unchanged (and a clear of an answer nobody gave): its answers were not rewritten.
    expect(unchangedAfter!.updated_at).toEqual(unchangedBefore!.updated_at);
    expect(changed.body.ratings[1].updatedAt).toBe(unchangedBefore!.updated_at.toISOString());
    const changedBefore = before.find((row) => row.outcome_id === o1!.id && row.respondent_id === ana.id);
    const changedAfter = after.find((row) => row.outcome_id === o1!.id && row.respondent_id === ana.id);
    expect(changedAfter!.updated_at.getTime()).toBeGreaterThan(changedBefore!.updated_at.getTime());

    const survey = await fx.upsert([{ respondentId: ana.id, outcomeId: o2!.id, importance: 4 }], 'survey');
    expect(survey.body).toMatchObject({ updated: 1, ratings: [{ source: 'survey' }] });
  });

  it('lists ratings by respondent or outcome, paged in (outcome, respondent) order', async () => {
    const fx = await setup();
    const ratings = fx.respondents.flatMap((respondent, r) => fx.outcomes.map((outcome, o) => ({ respondentId: respondent.id, outcomeId: outcome.id, importance: 1 + ((r + o) % 5) })));
    expect((await fx.upsert(ratings)).body.created).toBe(9);
    const all: Rating[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { items: Rating[]; nextCursor: string | null } = await fx.listRatings(`?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      all.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(all).toHaveLength(9);
    const keys = all.map((rating) => `${rating.outcomeId}/${rating.respondentId}`);
    expect(keys).toEqual([...keys].sort());
    expect((await fx.listRatings(`?respondentId=${fx.respondents[1].id}`)).items.map((rating) => rating.respondentId)).toEqual([fx.respondents[1].id, fx.respondents[1].id, fx.respondents[1].id]);
    const byBoth = await fx.listRatings(`?respondentId=${fx.respondents[1].id}&outcomeId=${fx.outcomes[2]!.id}`);
    expect(byBoth.items).toEqual([expect.objectContaining({ respondentId: fx.respondents[1].id, outcomeId: fx.outcomes[2]!.id, importance: 4, satisfaction: null })]);
    const badCursor = await fx.call('GET', `/api/v1/projects/${fx.projectId}/ratings?cursor=abc`);
    expect(badCursor.body.error.code).toBe('INVALID_CURSOR');
  });

  it.each([
    ['an answer of 6', (r: string, o: string) => [{ respondentId: r, outcomeId: o, importance: 6 }]],
    ['an answer of 0', (r: string, o: string) => [{ respondentId: r, outcomeId: o, satisfaction: 0 }]],
    ['a fractional answer', (r: string, o: string) => [{ respondentId: r, outcomeId: o, importance: 4.5 }]],
    ['the same pair twice', (r: string, o: string) => [{ respondentId: r, outcomeId: o, importance: 1 }, { respondentId: r, outcomeId: o, importance: 2 }]],
    ['the same pair twice in another letter case', (r: string, o: string) => [{ respondentId: r, outcomeId: o, importance: 1 }, { respondentId: r.toUpperCase(), outcomeId: o, importance: 2 }]],
    ['an empty batch', () => []],
    ['an id that is not a uuid', (_r: string, o: string) => [{ respondentId: 'R-1', outcomeId: o, importance: 1 }]],
  ])('refuses %s with 400 and changes nothing', async (_name, ratings) => {
    const fx = await setup();
    const response = await fx.upsert(ratings(fx.respondents[0].id, fx.outcomes[0]!.id));
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(await sql('SELECT count(*)::int AS n FROM ratings')).toEqual([{ n: 0 }]);
  });

  it('refuses outcomes and respondents outside the project with 422 listing them, and changes nothing', async () => {
    const fx = await setup();
    const stranger = await setup();
    const missing = '00000000-0000-4000-8000-000000000000';
    const response = await fx.upsert([
      { respondentId: fx.respondents[0].id, outcomeId: fx.outcomes[0]!.id, importance: 5 },
      { respondentId: stranger.respondents[0].id, outcomeId: fx.outcomes[0]!.id, importance: 5 },
      { respondentId: fx.respondents[0].id, outcomeId: stranger.outcomes[1]!.id, importance: 5 },
      { respondentId: missing, outcomeId: missing, importance: 5 },
    ]);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('RATING_TARGET_NOT_FOUND');
    expect(response.body.error.details.unknownOutcomeIds.sort()).toEqual([stranger.outcomes[1]!.id, missing].sort());
    expect(response.body.error.details.unknownRespondentIds.sort()).toEqual([stranger.respondents[0].id, missing].sort());
    expect(await sql('SELECT count(*)::int AS n FROM ratings')).toEqual([{ n: 0 }]);
  });

  it('refuses a merged outcome with 422 naming the outcome it was merged into', async () => {
    const fx = await setup();
    const [o1, o2] = fx.outcomes;
    expect((await fx.call('POST', `/api/v1/outcomes/${o2!.id}/merge`, { intoOutcomeId: o1!.id, version: o2!.version })).status).toBe(200);
    const response = await fx.upsert([
      { respondentId: fx.respondents[0].id, outcomeId: o1!.id, importance: 5 },
      { respondentId: fx.respondents[0].id, outcomeId: o2!.id, importance: 5 },
    ]);
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({
      code: 'OUTCOME_MERGED',
      message: expect.stringContaining('O-2 was merged into O-1'),
      details: { merged: [{ outcomeId: o2!.id, key: 'O-2', mergedInto: { outcomeId: o1!.id, key: 'O-1' } }] },
    });
    expect(await sql('SELECT count(*)::int AS n FROM ratings')).toEqual([{ n: 0 }]);
  });
});

describe('tenancy and roles', () => {
  it('answers 404 for another workspace\'s project on every ratings endpoint', async () => {
    const fx = await setup();
    const outsider = await ctx.client.register('Olga Outsider');
    const as = (method: Method, url: string, body?: unknown, headers?: Record<string, string>, payload?: string) =>
      ctx.client.request(method, url, { token: outsider.token, body, headers, payload });
    const base = `/api/v1/projects/${fx.projectId}`;
    const responses = [
      await as('GET', `${base}/respondents`),
      await as('POST', `${base}/respondents`, { externalId: 'R-9' }),
      await as('GET', `${base}/ratings`),
      await as('POST', `${base}/ratings`, { ratings: [{ respondentId: fx.respondents[0].id, outcomeId: fx.outcomes[0]!.id, importance: 1 }] }),
      await as('POST', `${base}/ratings/import?format=long`, undefined, { 'content-type': 'text/csv' }, 'respondent_id,outcome_id,importance,satisfaction\nR-1,O-1,1,1\n'),
    ];
    for (const response of responses) {
      expect(response.status, JSON.stringify(response.body)).toBe(404);
      expect(response.body.error.code).toBe('PROJECT_NOT_FOUND');
    }
    expect(await sql('SELECT count(*)::int AS n FROM respondents WHERE project_id = $1', [fx.projectId])).toEqual([{ n: 3 }]);
  });

  it('lets a read-scope token list but not write (403), and a viewer likewise', async () => {
    const fx = await setup();
    const token = await fx.call('POST', `/api/v1/workspaces/${fx.owner.workspace.id}/api-tokens`, { name: 'BI', scope: 'read' });
    const read = token.body.token as string;
    const viewer = await ctx.client.register('Vic Viewer');
    const added = await fx.call('POST', `/api/v1/workspaces/${fx.owner.workspace.id}/members`, { email: viewer.user.email, role: 'viewer' });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const base = `/api/v1/projects/${fx.projectId}`;
    for (const who of [read, viewer.token]) {
      expect((await fx.call('GET', `${base}/respondents`, undefined, who)).status).toBe(200);
      expect((await fx.call('GET', `${base}/ratings`, undefined, who)).status).toBe(200);
      expect((await fx.call('POST', `${base}/respondents`, { externalId: 'R-9' }, who)).status).toBe(403);
      expect((await fx.upsert([{ respondentId: fx.respondents[0].id, outcomeId: fx.outcomes[0]!.id, importance: 1 }], undefined, who)).status).toBe(403);
      const imported = await ctx.client.request('POST', `${base}/ratings/import?format=long`, {
        token: who,
        headers: { 'content-type': 'text/csv' },
        payload: 'respondent_id,outcome_id,importance,satisfaction\nR-1,O-1,1,1\n',
      });
      expect(imported.status).toBe(403);
    }
    expect(await sql('SELECT count(*)::int AS n FROM ratings')).toEqual([{ n: 0 }]);
  });
});
