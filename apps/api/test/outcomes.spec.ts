import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { settledJob } from './extraction-support.js';
import { evidenceSpans } from './evidence-spans.js';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

const PRIYA = [
  'Interviewer: How do you close the month?',
  'Priya: It takes me two days to match invoices with purchase orders.',
  'Priya: I am always afraid of missing a late payment.',
].join('\n');
const SAM = ['Interviewer: What slows you down?', 'Sam: Approvals sit in three different inboxes.', 'Sam: I want a dashboard.'].join('\n');

type Outcome = {
  id: string; key: string; version: number; status: string; statement: string; jobStepId: string | null; lintIssues: { code: string }[]; evidence: unknown[]; updatedAt: string;
  possibleDuplicateOf: { outcomeId: string; key: string; similarity: number } | null;
};

async function setup() {
  const owner = await ctx.client.register('Rita Researcher');
  const token = owner.token;
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) => ctx.client.request(method, url, { token, body });
  const project = await call('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { name: 'Close' });
  const projectId = project.body.id as string;
  const persona = await call('POST', `/api/v1/projects/${projectId}/personas`, { name: 'AP clerk' });
  const steps = (await call('GET', `/api/v1/projects/${projectId}/job-steps`)).body.items as { id: string }[];
  const priya = await call('POST', `/api/v1/projects/${projectId}/interviews`, { title: 'Priya', format: 'txt', content: PRIYA, participant: { pseudonym: 'Priya', personaId: persona.body.id } });
  const sam = await call('POST', `/api/v1/projects/${projectId}/interviews`, { title: 'Sam', format: 'txt', content: SAM });
  const { transcripts, span } = await evidenceSpans(ctx, token, [priya.body.id, sam.body.id]);
  const create = async (body: object): Promise<Outcome> => {
    const response = await call('POST', `/api/v1/projects/${projectId}/outcomes`, body);
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };
  const patch = (outcome: Pick<Outcome, 'id' | 'version'>, body: object) => call('PATCH', `/api/v1/outcomes/${outcome.id}`, { version: outcome.version, ...body });
  return {
    owner, token, call, projectId, personaId: persona.body.id as string, steps,
    priyaId: priya.body.id as string, samId: sam.body.id as string, transcripts, span, create, patch,
  };
}

/** Test data the API cannot set yet (extractor confidence, duplicate links, merged status), written directly. */
async function sql(text: string, params: unknown[] = []) {
  const db = new pg.Client({ connectionString: ctx.databaseUrl });
  await db.connect();
  try {
    return (await db.query(text, params)).rows;
  } finally {
    await db.end();
  }
}

const keysOf = (body: { items: { key: string }[] }) => body.items.map((item) => Number(item.key.slice(2)));

/** Four outcomes covering every filter: see the table in the list test. */
async function curatedProject() {
  const fx = await setup();
  const [define, locate] = fx.steps;
  const o1 = await fx.create({ statement: 'Minimize the time it takes to match invoices with purchase orders', jobStepId: define!.id, evidence: [fx.span(fx.priyaId, 'two days to match invoices')] });
  const o2 = await fx.create({ statement: 'I want a dashboard', evidence: [fx.span(fx.samId, 'I want a dashboard')] });
  const o3 = await fx.create({ statement: 'Minimize the likelihood of missing a late payment', jobStepId: locate!.id, evidence: [fx.span(fx.priyaId, 'missing a late payment')] });
  const o4 = await fx.create({ statement: 'Minimise the likelihood of missing a payment approval', evidence: [fx.span(fx.samId, 'Approvals sit in three different inboxes')] });
  expect((await fx.patch(o1, { status: 'accepted' })).status).toBe(200);
  expect((await fx.patch(o3, { status: 'rejected' })).status).toBe(200);
  await sql(`UPDATE outcomes SET confidence = CASE key WHEN 1 THEN 0.9 WHEN 2 THEN 0.5 WHEN 4 THEN 0.5 END WHERE project_id = $1`, [fx.projectId]);
  await sql(`UPDATE outcomes SET possible_duplicate_of = $1, duplicate_similarity = 0.8 WHERE id = $2`, [o3.id, o4.id]);
  return { ...fx, o1, o2, o3, o4 };
}

describe('manual outcomes', () => {
  it('creates a proposed, parsed and linted outcome whose evidence quotes are the transcript text, with a "created" history entry', async () => {
    const fx = await setup();
    const evidence = [fx.span(fx.priyaId, 'two days to match invoices with purchase orders'), fx.span(fx.samId, 'three different inboxes')];
    const outcome = await fx.create({ statement: '  Minimize the time it takes to match invoices with purchase orders  ', jobStepId: fx.steps[2]!.id, evidence: [...evidence, evidence[0]] });
    expect(outcome).toMatchObject({
      projectId: fx.projectId,
      key: 'O-1',
      statement: 'Minimize the time it takes to match invoices with purchase orders',
      parts: { direction: 'minimize', metric: expect.stringMatching(/time/i), objectOfControl: expect.stringMatching(/match invoices/) },
      jobStepId: fx.steps[2]!.id,
      status: 'proposed',
      confidence: null,
      origin: { source: 'manual', provider: null, model: null, promptVersion: null, extractionJobId: null },
      possibleDuplicateOf: null,
      version: 1,
    });
    expect(outcome.evidence).toHaveLength(2);
    for (const span of outcome.evidence as { interviewId: string; start: number; end: number; quote: string }[]) {
      expect(span.quote).toBe(fx.transcripts.get(span.interviewId)!.slice(span.start, span.end));
    }
    expect((await fx.call('GET', `/api/v1/outcomes/${outcome.id}`)).body).toEqual(outcome);
    const second = await fx.create({ statement: 'I want a dashboard' });
    expect(second).toMatchObject({ key: 'O-2', evidence: [], jobStepId: null });
    expect(second.lintIssues.map((issue) => issue.code)).toContain('FIRST_PERSON');

    const history = await fx.call('GET', `/api/v1/outcomes/${outcome.id}/history`);
    expect(history.body).toEqual({
      items: [
        {
          id: expect.any(String),
          outcomeId: outcome.id,
          at: expect.any(String),
          actor: { userId: fx.owner.user.id, name: 'Rita Researcher' },
          action: 'created',
          changes: { statement: { from: null, to: outcome.statement }, status: { from: null, to: 'proposed' }, jobStepId: { from: null, to: fx.steps[2]!.id } },
          extractionJobId: null,
        },
      ],
      nextCursor: null,
    });
  });

  it.each([
    ['an empty statement', { statement: '   ' }, 400, 'VALIDATION_FAILED'],
    ['an unknown field', { statement: 'Minimize the time', status: 'accepted' }, 400, 'VALIDATION_FAILED'],
    ['a span that ends before it starts', { statement: 'Minimize the time', evidence: [{ interviewId: '00000000-0000-4000-8000-000000000000', start: 5, end: 5 }] }, 400, 'VALIDATION_FAILED'],
    ['a job step that is not a uuid', { statement: 'Minimize the time', jobStepId: 'define' }, 400, 'VALIDATION_FAILED'],
  ])('refuses %s with 400', async (_name, body, status, code) => {
    const fx = await setup();
    const response = await fx.call('POST', `/api/v1/projects/${fx.projectId}/outcomes`, body);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.details.length).toBeGreaterThan(0);
  });

  it('refuses evidence out of range, on whitespace, or in another project, and job steps of another project, with 422 and no outcome', async () => {
    const fx = await setup();
    const other = await fx.call('POST', `/api/v1/workspaces/${fx.owner.workspace.id}/projects`, { name: 'Other' });
    const foreignInterview = await fx.call('POST', `/api/v1/projects/${other.body.id}/interviews`, { title: 'X', format: 'txt', content: 'Ann: Something else entirely.' });
    const foreignStep = (await fx.call('GET', `/api/v1/projects/${other.body.id}/job-steps`)).body.items[0].id;
    const samLength = fx.transcripts.get(fx.samId)!.length;
    const lineBreak = fx.transcripts.get(fx.samId)!.indexOf('\n');
    const cases: [object, string][] = [
      [{ evidence: [{ interviewId: fx.samId, start: 0, end: samLength + 1 }] }, 'OUTCOME_EVIDENCE_OUT_OF_RANGE'],
      [{ evidence: [{ interviewId: fx.samId, start: lineBreak, end: lineBreak + 1 }] }, 'OUTCOME_EVIDENCE_EMPTY'],
      [{ evidence: [{ interviewId: foreignInterview.body.id, start: 0, end: 3 }] }, 'OUTCOME_EVIDENCE_INTERVIEW_NOT_FOUND'],
      [{ jobStepId: foreignStep }, 'JOB_STEP_NOT_FOUND'],
    ];
    for (const [body, code] of cases) {
      const response = await fx.call('POST', `/api/v1/projects/${fx.projectId}/outcomes`, { statement: 'Minimize the time it takes to pay', ...body });
      expect(response.status, code).toBe(422);
      expect(response.body.error.code).toBe(code);
    }
    expect((await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes`)).body.items).toEqual([]);
    // The key counter did not move either: the next outcome is still O-1.
    expect((await fx.create({ statement: 'Minimize the time it takes to pay' })).key).toBe('O-1');
  });
});

describe('listing a project\'s outcomes', () => {
  it('filters by status, job step, persona, lint issues, duplicates and text, and sorts by key, confidence and last change', async () => {
    const fx = await curatedProject();
    const linted = [fx.o1, fx.o2, fx.o3, fx.o4].filter((outcome) => outcome.lintIssues.length > 0).map((outcome) => Number(outcome.key.slice(2)));
    expect(linted).toContain(2);
    expect(linted.length).toBeLessThan(4);
    const clean = [1, 2, 3, 4].filter((key) => !linted.includes(key));
    const table: [string, number[]][] = [
      ['', [1, 2, 3, 4]],
      ['status=accepted', [1]],
      ['status=proposed,rejected', [2, 3, 4]],
      ['status=merged', []],
      [`jobStepId=${fx.steps[0]!.id}`, [1]],
      ['jobStepId=none', [2, 4]],
      [`personaId=${fx.personaId}`, [1, 3]],
      ['hasLintIssues=true', linted],
      ['hasLintIssues=false', clean],
      ['hasDuplicates=true', [4]],
      ['hasDuplicates=false', [1, 2, 3]],
      ['q=payment', [3, 4]],
      ['q=LATE%20Payment!', [3]],
      ['q=minimise%20likelihood', [3, 4]],
      ['q=dashboard', [2]],
      ['q=%25', [1, 2, 3, 4]],
      [`status=proposed&hasDuplicates=true&q=approval`, [4]],
      ['sort=-key', [4, 3, 2, 1]],
      ['sort=confidence', [2, 4, 1, 3]],
      ['sort=-confidence', [1, 4, 2, 3]],
      ['sort=updatedAt', [2, 4, 1, 3]],
      ['sort=-updatedAt', [3, 1, 4, 2]],
      ['sort=-confidence&status=proposed', [4, 2]],
    ];
    for (const [query, expected] of table) {
      const response = await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes?${query}`);
      expect(response.status, query).toBe(200);
      expect(keysOf(response.body), query).toEqual(expected);
    }
    const all = await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes`);
    expect(all.body.items[3]).toMatchObject({ key: 'O-4', possibleDuplicateOf: { outcomeId: fx.o3.id, key: 'O-3', similarity: expect.closeTo(0.8, 5) }, evidence: [expect.objectContaining({ interviewId: fx.samId })] });
  });

  it('returns every evidence span of each outcome, not only those of one interview', async () => {
    const fx = await setup();
    await fx.create({ statement: 'Minimize the time it takes to approve invoices', evidence: [fx.span(fx.priyaId, 'match invoices'), fx.span(fx.samId, 'Approvals sit')] });
    const list = await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes?personaId=${fx.personaId}`);
    expect(list.body.items[0].evidence.map((span: { quote: string }) => span.quote).sort()).toEqual(['Approvals sit', 'match invoices']);
  });

  it('pages through every sort without gaps or repeats, ties and missing confidences included', async () => {
    const fx = await setup();
    const created: Outcome[] = [];
    for (let n = 1; n <= 9; n++) created.push(await fx.create({ statement: `Minimize the time it takes to file invoice batch ${n}` }));
    await sql(`UPDATE outcomes SET confidence = CASE WHEN key % 3 = 0 THEN NULL ELSE (key % 2) * 0.5 + 0.25 END WHERE project_id = $1`, [fx.projectId]);
    // One bulk change gives four outcomes the same updated_at: the key breaks the tie.
    const bulk = await fx.call('POST', `/api/v1/projects/${fx.projectId}/outcomes/bulk`, { action: 'accept', ids: [created[1]!.id, created[4]!.id, created[6]!.id, created[7]!.id] });
    expect(bulk.body.updated).toBe(4);
    for (const sort of ['key', '-key', 'confidence', '-confidence', 'updatedAt', '-updatedAt']) {
      const whole = keysOf((await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes?sort=${sort}&limit=200`)).body);
      expect(whole, sort).toHaveLength(9);
      const paged: number[] = [];
      let cursor: string | null = null;
      do {
        const page: any = await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status, sort).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        paged.push(...keysOf(page.body));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(paged, sort).toEqual(whole);
    }
    const byConfidence = keysOf((await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes?sort=confidence`)).body);
    expect(byConfidence.slice(-3)).toEqual([3, 6, 9]);
    const firstPage = await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes?sort=confidence&limit=2`);
    const wrongSort = await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes?sort=key&cursor=${firstPage.body.nextCursor}`);
    expect(wrongSort.status).toBe(400);
    expect(wrongSort.body.error.code).toBe('INVALID_CURSOR');
  });

  it.each([
    'status=bogus',
    'status=',
    'status=accepted&status=rejected',
    'sort=statement',
    'hasLintIssues=yes',
    'jobStepId=42',
    'limit=201',
    'colour=red',
    `cursor=${Buffer.from(JSON.stringify({ s: 'updatedAt', v: "'; DROP TABLE outcomes; --", k: 1 })).toString('base64url')}&sort=updatedAt`,
  ])('answers 400 for the query %s', async (query) => {
    const fx = await setup();
    const response = await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toMatch(/^(VALIDATION_FAILED|INVALID_CURSOR)$/);
  });
});

describe('editing an outcome', () => {
  it('re-parses and re-lints a changed statement, bumps the version and records who changed what', async () => {
    const fx = await setup();
    const outcome = await fx.create({ statement: 'Minimize the time it takes to match invoices with purchase orders' });
    const edited = await fx.patch(outcome, { statement: 'I want a dashboard', jobStepId: fx.steps[4]!.id });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ statement: 'I want a dashboard', version: 2, status: 'proposed', jobStepId: fx.steps[4]!.id, parts: { direction: null } });
    expect(edited.body.lintIssues.map((issue: { code: string }) => issue.code)).toEqual(expect.arrayContaining(['FIRST_PERSON', 'MISSING_DIRECTION']));
    expect(edited.body.lintIssues.length).toBeGreaterThan(outcome.lintIssues.length);
    expect(Date.parse(edited.body.updatedAt)).toBeGreaterThan(Date.parse(outcome.updatedAt));
    // The list finds it by its new words only.
    expect(keysOf((await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes?q=dashboard`)).body)).toEqual([1]);

    const accepted = await fx.patch(edited.body, { status: 'accepted' });
    expect(accepted.body).toMatchObject({ status: 'accepted', version: 3 });
    const unassigned = await fx.patch(accepted.body, { jobStepId: null });
    expect(unassigned.body).toMatchObject({ jobStepId: null, version: 4 });

    const history = await fx.call('GET', `/api/v1/outcomes/${outcome.id}/history?limit=2`);
    const actor = { userId: fx.owner.user.id, name: 'Rita Researcher' };
    expect(history.body.items).toMatchObject([
      { action: 'updated', actor, changes: { jobStepId: { from: fx.steps[4]!.id, to: null } } },
      { action: 'status_changed', actor, changes: { status: { from: 'proposed', to: 'accepted' } } },
    ]);
    const older = await fx.call('GET', `/api/v1/outcomes/${outcome.id}/history?limit=2&cursor=${history.body.nextCursor}`);
    expect(older.body.items).toMatchObject([
      { action: 'updated', actor, changes: { statement: { from: outcome.statement, to: 'I want a dashboard' }, jobStepId: { from: null, to: fx.steps[4]!.id } } },
      { action: 'created' },
    ]);
    expect(Object.keys(older.body.items[0].changes).sort()).toEqual(['jobStepId', 'statement']);
    expect(older.body.nextCursor).toBeNull();
  });

  it('answers 409 OUTCOME_STALE_VERSION with the current outcome when the version is stale, and changes nothing', async () => {
    const fx = await setup();
    const outcome = await fx.create({ statement: 'Minimize the time it takes to match invoices' });
    const first = await fx.patch(outcome, { status: 'accepted' });
    const stale = await fx.patch(outcome, { status: 'rejected', statement: 'Minimize the effort it takes to match invoices' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'OUTCOME_STALE_VERSION', details: { current: first.body } });
    expect((await fx.call('GET', `/api/v1/outcomes/${outcome.id}`)).body).toEqual(first.body);
    expect((await fx.call('GET', `/api/v1/outcomes/${outcome.id}/history`)).body.items).toHaveLength(2);
  });

  it('flags a manual outcome that says what an existing one says, and re-checks when its words change', async () => {
    const fx = await setup();
    const first = await fx.create({ statement: 'Minimize the time it takes to match an invoice to its purchase order' });
    const twin = await fx.create({ statement: 'Minimize the time it takes to match invoices to purchase orders' });
    expect(first.possibleDuplicateOf).toBeNull();
    expect(twin.possibleDuplicateOf).toMatchObject({ outcomeId: first.id, key: first.key });
    expect(twin.possibleDuplicateOf!.similarity).toBeGreaterThan(0.5);

    const reworded = await fx.patch(twin, { statement: 'Minimize the likelihood of paying a supplier twice' });
    expect(reworded.body.possibleDuplicateOf).toBeNull();
    const back = await fx.patch(reworded.body, { statement: 'Minimize the time it takes to match an invoice to the purchase order' });
    expect(back.body.possibleDuplicateOf).toMatchObject({ outcomeId: first.id });
    // An outcome is never its own duplicate, and a status change leaves the flag alone.
    const own = await fx.patch(first, { statement: 'Minimize the time it takes to match an invoice to its purchase order number' });
    expect(own.body.possibleDuplicateOf?.outcomeId).toBe(back.body.id);
    expect((await fx.patch(back.body, { status: 'accepted' })).body.possibleDuplicateOf).toMatchObject({ outcomeId: first.id });
  });

  it('drops the duplicate flag while the outcome it points at is merged away, and shows it again after the undo', async () => {
    const fx = await setup();
    const first = await fx.create({ statement: 'Minimize the time it takes to match an invoice to its purchase order' });
    const twin = await fx.create({ statement: 'Minimize the time it takes to match invoices to purchase orders' });
    const flagged = () => fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes?hasDuplicates=true`);
    expect((await flagged()).body.items.map((item: Outcome) => item.key)).toEqual([twin.key]);

    const merged = await fx.call('POST', `/api/v1/outcomes/${first.id}/merge`, { intoOutcomeId: twin.id, version: first.version });
    expect(merged.status).toBe(200);
    expect(merged.body.outcome.possibleDuplicateOf).toBeNull();
    expect((await flagged()).body.items).toEqual([]);
    const unflagged = await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes?hasDuplicates=false`);
    expect(unflagged.body.items.map((item: Outcome) => item.key)).toContain(twin.key);

    await fx.call('POST', `/api/v1/outcomes/${first.id}/unmerge`, { version: merged.body.merged.version });
    expect((await fx.call('GET', `/api/v1/outcomes/${twin.id}`)).body.possibleDuplicateOf).toMatchObject({ outcomeId: first.id });
    expect((await flagged()).body.items.map((item: Outcome) => item.key)).toEqual([twin.key]);
  });

  it('takes the version from If-Match (the ETag of GET /outcomes/:id) as well as from the body', async () => {
    const fx = await setup();
    const outcome = await fx.create({ statement: 'Minimize the time it takes to match invoices' });
    const read = await fx.call('GET', `/api/v1/outcomes/${outcome.id}`);
    expect(read.headers.etag).toBe('"1"');
    const write = (body: object, ifMatch?: string) =>
      ctx.client.request('PATCH', `/api/v1/outcomes/${outcome.id}`, { token: fx.token, body, headers: ifMatch ? { 'if-match': ifMatch } : {} });

    const accepted = await write({ status: 'accepted' }, String(read.headers.etag));
    expect(accepted.body).toMatchObject({ status: 'accepted', version: 2 });
    const stale = await write({ status: 'rejected' }, 'W/"1"');
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'OUTCOME_STALE_VERSION', details: { current: accepted.body } });

    expect((await write({ status: 'rejected' })).body.error.code).toBe('VERSION_REQUIRED');
    expect((await write({ status: 'rejected', version: 2 }, '"1"')).body.error.code).toBe('VERSION_MISMATCH');
    expect((await write({ status: 'rejected' }, '*')).body.error).toMatchObject({ code: 'INVALID_IF_MATCH' });
    const unchanged = await fx.call('GET', `/api/v1/outcomes/${outcome.id}`);
    expect(unchanged.body).toEqual(accepted.body);
    expect(unchanged.headers.etag).toBe('"2"');
  });

  it('lets exactly one of two concurrent saves of the same version win; the other gets 409 with the winner\'s copy', async () => {
    const fx = await setup();
    let current = await fx.create({ statement: 'Minimize the time it takes to match invoices' });
    for (let round = 0; round < 5; round++) {
      const responses = await Promise.all([
        fx.patch(current, { status: round % 2 === 0 ? 'accepted' : 'rejected', statement: `Minimize the time it takes to approve invoices, round ${round}` }),
        fx.patch(current, { statement: `Minimize the time it takes to match invoices, round ${round}` }),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
      const winner = responses.find((response) => response.status === 200)!;
      const loser = responses.find((response) => response.status === 409)!;
      expect(winner.body.version).toBe(current.version + 1);
      expect(loser.body.error.details.current).toEqual(winner.body);
      current = winner.body;
    }
    expect((await fx.call('GET', `/api/v1/outcomes/${current.id}/history?limit=200`)).body.items).toHaveLength(6);
  });

  it.each([
    ['no version (in the body or If-Match)', { status: 'accepted' }, 400, 'VERSION_REQUIRED'],
    ['only a version', { version: 1 }, 400, 'VALIDATION_FAILED'],
    ['an unknown status', { status: 'done', version: 1 }, 400, 'VALIDATION_FAILED'],
    ['a read-only field', { key: 'O-9', version: 1 }, 400, 'VALIDATION_FAILED'],
    ['status merged', { status: 'merged', version: 1 }, 422, 'OUTCOME_STATUS_NOT_SETTABLE'],
    ['a job step of another project', { jobStepId: 'foreign', version: 1 }, 422, 'JOB_STEP_NOT_FOUND'],
  ])('refuses %s', async (_name, body, status, code) => {
    const fx = await setup();
    const outcome = await fx.create({ statement: 'Minimize the time it takes to match invoices' });
    const other = await fx.call('POST', `/api/v1/workspaces/${fx.owner.workspace.id}/projects`, { name: 'Other' });
    const foreignStep = (await fx.call('GET', `/api/v1/projects/${other.body.id}/job-steps`)).body.items[0].id;
    const payload = 'jobStepId' in body ? { ...body, jobStepId: foreignStep } : body;
    const response = await fx.call('PATCH', `/api/v1/outcomes/${outcome.id}`, payload);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect((await fx.call('GET', `/api/v1/outcomes/${outcome.id}`)).body.version).toBe(1);
  });

  it('refuses to edit a merged outcome with 422 OUTCOME_MERGED', async () => {
    const fx = await setup();
    const outcome = await fx.create({ statement: 'Minimize the time it takes to match invoices' });
    await sql(`UPDATE outcomes SET status = 'merged' WHERE id = $1`, [outcome.id]);
    const response = await fx.patch(outcome, { status: 'accepted' });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('OUTCOME_MERGED');
  });

  it('deletes an outcome with its evidence and history, and clears duplicate links to it', async () => {
    const fx = await curatedProject();
    expect((await fx.call('DELETE', `/api/v1/outcomes/${fx.o3.id}`)).status).toBe(204);
    expect((await fx.call('GET', `/api/v1/outcomes/${fx.o3.id}`)).status).toBe(404);
    expect((await fx.call('GET', `/api/v1/outcomes/${fx.o3.id}/history`)).status).toBe(404);
    expect((await fx.call('DELETE', `/api/v1/outcomes/${fx.o3.id}`)).status).toBe(404);
    expect(await sql('SELECT count(*)::int AS n FROM outcome_evidence WHERE outcome_id = $1 UNION ALL SELECT count(*)::int FROM outcome_history WHERE outcome_id = $1', [fx.o3.id])).toEqual([{ n: 0 }, { n: 0 }]);
    expect((await fx.call('GET', `/api/v1/outcomes/${fx.o4.id}`)).body.possibleDuplicateOf).toBeNull();
    expect(keysOf((await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes`)).body)).toEqual([1, 2, 4]);
  });
});

describe('bulk curation', () => {
  it('accepts, rejects and assigns a job step in one call each, skipping merged and unchanged outcomes, with history', async () => {
    const fx = await curatedProject();
    const { o1, o2, o3, o4 } = fx;
    await sql(`UPDATE outcomes SET status = 'merged' WHERE id = $1`, [o2.id]);
    const bulk = (body: object) => fx.call('POST', `/api/v1/projects/${fx.projectId}/outcomes/bulk`, body);

    const accepted = await bulk({ action: 'accept', ids: [o4.id, o3.id, o2.id, o1.id, o4.id] });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      updated: 2,
      skipped: [
        { outcomeId: o1.id, key: 'O-1', reason: 'unchanged' },
        { outcomeId: o2.id, key: 'O-2', reason: 'merged' },
      ],
    });
    expect(accepted.body.outcomes.map((outcome: Outcome) => [outcome.key, outcome.status, outcome.version])).toEqual([
      ['O-3', 'accepted', o3.version + 2],
      ['O-4', 'accepted', o4.version + 1],
    ]);

    const rejected = await bulk({ action: 'reject', ids: [o1.id, o4.id] });
    expect(rejected.body.updated).toBe(2);
    const assigned = await bulk({ action: 'assignJobStep', ids: [o1.id, o2.id, o3.id, o4.id], jobStepId: fx.steps[3]!.id });
    expect(assigned.body).toMatchObject({ updated: 3, skipped: [{ key: 'O-2', reason: 'merged' }] });
    expect(keysOf((await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes?jobStepId=${fx.steps[3]!.id}`)).body)).toEqual([1, 3, 4]);
    const cleared = await bulk({ action: 'assignJobStep', ids: [o4.id], jobStepId: null });
    expect(cleared.body.outcomes[0].jobStepId).toBeNull();

    const history = await fx.call('GET', `/api/v1/outcomes/${o4.id}/history`);
    const actor = { userId: fx.owner.user.id, name: 'Rita Researcher' };
    expect(history.body.items).toMatchObject([
      { action: 'updated', actor, changes: { jobStepId: { from: fx.steps[3]!.id, to: null } } },
      { action: 'updated', actor, changes: { jobStepId: { from: null, to: fx.steps[3]!.id } } },
      { action: 'status_changed', actor, changes: { status: { from: 'accepted', to: 'rejected' } } },
      { action: 'status_changed', actor, changes: { status: { from: 'proposed', to: 'accepted' } } },
      { action: 'created' },
    ]);
    expect((await fx.call('GET', `/api/v1/outcomes/${o2.id}`)).body).toMatchObject({ status: 'merged', version: o2.version });
  });

  it('changes nothing and lists the ids when any of them is not an outcome of the project (422)', async () => {
    const fx = await curatedProject();
    const stranger = await setup();
    const foreign = await stranger.create({ statement: 'Minimize the time it takes to pay' });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const response = await fx.call('POST', `/api/v1/projects/${fx.projectId}/outcomes/bulk`, { action: 'reject', ids: [fx.o1.id, foreign.id, unknown] });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ code: 'OUTCOME_NOT_FOUND', details: { missingOutcomeIds: [foreign.id, unknown] } });
    expect((await fx.call('GET', `/api/v1/outcomes/${fx.o1.id}`)).body).toMatchObject({ status: 'accepted', version: 2 });
    expect((await stranger.call('GET', `/api/v1/outcomes/${foreign.id}`)).body).toMatchObject({ status: 'proposed', version: 1 });
  });

  it.each([
    ['no ids', { action: 'accept', ids: [] }],
    ['501 ids', { action: 'accept', ids: Array.from({ length: 501 }, () => '00000000-0000-4000-8000-000000000000') }],
    ['an unknown action', { action: 'merge', ids: ['00000000-0000-4000-8000-000000000000'] }],
    ['assignJobStep without jobStepId', { action: 'assignJobStep', ids: ['00000000-0000-4000-8000-000000000000'] }],
    ['a jobStepId on accept', { action: 'accept', ids: ['00000000-0000-4000-8000-000000000000'], jobStepId: null }],
  ])('answers 400 for %s', async (_name, body) => {
    const fx = await setup();
    const response = await fx.call('POST', `/api/v1/projects/${fx.projectId}/outcomes/bulk`, body);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('extracted outcomes', () => {
  it('get a "created" history entry naming the job and the researcher who started it', async () => {
    const fx = await setup();
    const started = await fx.call('POST', `/api/v1/interviews/${fx.priyaId}/extractions`, { provider: 'offline' });
    const job = await settledJob(ctx, fx.token, started.body.jobs[0].id);
    expect(job.outcomesCreated).toBeGreaterThan(0);
    const outcomes = (await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes`)).body.items as Outcome[];
    expect(outcomes).toHaveLength(job.outcomesCreated);
    for (const outcome of outcomes) {
      const history = await fx.call('GET', `/api/v1/outcomes/${outcome.id}/history`);
      expect(history.body.items).toEqual([
        expect.objectContaining({ action: 'created', extractionJobId: job.id, actor: { userId: fx.owner.user.id, name: 'Rita Researcher' }, changes: expect.objectContaining({ status: { from: null, to: 'proposed' } }) }),
      ]);
    }
  });
});

describe('tenancy and roles', () => {
  it('answers 404 for another workspace\'s project and outcome on every outcome endpoint', async () => {
    const fx = await curatedProject();
    const stranger = await ctx.client.register('Stranger');
    const calls: [string, string, unknown?][] = [
      ['GET', `/api/v1/projects/${fx.projectId}/outcomes`],
      ['POST', `/api/v1/projects/${fx.projectId}/outcomes`, { statement: 'Minimize the time it takes to pay' }],
      ['POST', `/api/v1/projects/${fx.projectId}/outcomes/bulk`, { action: 'accept', ids: [fx.o2.id] }],
      ['GET', `/api/v1/outcomes/${fx.o2.id}`],
      ['PATCH', `/api/v1/outcomes/${fx.o2.id}`, { status: 'accepted', version: 1 }],
      ['DELETE', `/api/v1/outcomes/${fx.o2.id}`],
      ['GET', `/api/v1/outcomes/${fx.o2.id}/history`],
    ];
    for (const [method, url, body] of calls) {
      const response = await ctx.client.request(method as 'GET', url, { token: stranger.token, body });
      expect(response.status, `${method} ${url}`).toBe(404);
      expect(response.body.error.code).toMatch(/^(PROJECT|OUTCOME)_NOT_FOUND$/);
    }
    expect((await fx.call('GET', `/api/v1/outcomes/${fx.o2.id}`)).body).toMatchObject({ status: 'proposed', version: 1 });
  });

  it('lets viewers and read tokens read outcomes but not change them (403)', async () => {
    const fx = await curatedProject();
    const viewer = await ctx.client.register('Vera Viewer');
    await fx.call('POST', `/api/v1/workspaces/${fx.owner.workspace.id}/members`, { email: viewer.user.email, role: 'viewer' });
    const readToken = (await fx.call('POST', `/api/v1/workspaces/${fx.owner.workspace.id}/api-tokens`, { name: 'BI', scope: 'read' })).body.token as string;
    for (const token of [viewer.token, readToken]) {
      expect((await ctx.client.request('GET', `/api/v1/projects/${fx.projectId}/outcomes?status=proposed`, { token })).status).toBe(200);
      expect((await ctx.client.request('GET', `/api/v1/outcomes/${fx.o2.id}`, { token })).status).toBe(200);
      expect((await ctx.client.request('GET', `/api/v1/outcomes/${fx.o2.id}/history`, { token })).status).toBe(200);
      const writes: [string, string, unknown?][] = [
        ['POST', `/api/v1/projects/${fx.projectId}/outcomes`, { statement: 'Minimize the time it takes to pay' }],
        ['POST', `/api/v1/projects/${fx.projectId}/outcomes/bulk`, { action: 'accept', ids: [fx.o2.id] }],
        ['PATCH', `/api/v1/outcomes/${fx.o2.id}`, { status: 'accepted', version: 1 }],
        ['DELETE', `/api/v1/outcomes/${fx.o2.id}`],
      ];
      for (const [method, url, body] of writes) {
        const response = await ctx.client.request(method as 'POST', url, { token, body });
        expect(response.status, `${method} ${url}`).toBe(403);
      }
    }
    expect((await fx.call('GET', `/api/v1/outcomes/${fx.o2.id}`)).body).toMatchObject({ status: 'proposed', version: 1 });
    expect(keysOf((await fx.call('GET', `/api/v1/projects/${fx.projectId}/outcomes`)).body)).toEqual([1, 2, 3, 4]);
  });
});
