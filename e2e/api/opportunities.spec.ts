import { endpoints, type CreatedApiToken, type OpportunityBacklog, type Outcome, type Project, type Respondent } from '@outcome-atlas/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectSuccess } from '../support/http-client.js';
import { registerUser, sharedClient, type RegisteredUser } from '../support/users.js';

/**
 * The opportunity backlog as an API consumer (BI, a roadmap tool) sees it over a real socket: a read-scope
 * token, conditional GETs, CSV, pages. Twelve accepted outcomes; respondent i (of 40) rates outcome k
 * importance 1 + (i + k) mod 5 and satisfaction 1 + (i · k) mod 5, all in one upsertRatings batch.
 */
describe('opportunity backlog over HTTP', () => {
  const client = sharedClient();
  let owner: RegisteredUser;
  let outsider: RegisteredUser;
  let project: Project;
  let readToken: CreatedApiToken;
  let outcomes: Outcome[];

  beforeAll(async () => {
    [owner, outsider] = await Promise.all([registerUser(client, 'Backlog Owner'), registerUser(client, 'Backlog Outsider')]);
    project = expectSuccess<Project>(
      await client.call(endpoints.createProject, { auth: owner.token, params: { workspaceId: owner.workspace.id }, json: { name: 'Backlog export' } }),
      endpoints.createProject,
    );
    outcomes = [];
    for (let k = 1; k <= 12; k += 1) {
      const statement = `Minimize the time it takes to reconcile statement ${k} with the ledger`;
      outcomes.push(expectSuccess<Outcome>(await client.call(endpoints.createOutcome, { auth: owner.token, params: { projectId: project.id }, json: { statement } }), endpoints.createOutcome));
    }
    expectSuccess(
      await client.call(endpoints.bulkUpdateOutcomes, { auth: owner.token, params: { projectId: project.id }, json: { action: 'accept', ids: outcomes.map((outcome) => outcome.id) } }),
      endpoints.bulkUpdateOutcomes,
    );
    const respondents: Respondent[] = [];
    for (let i = 1; i <= 40; i += 1) {
      const json = { externalId: `R${i}`, segment: i % 2 === 0 ? 'SMB' : 'Enterprise' };
      respondents.push(expectSuccess<Respondent>(await client.call(endpoints.createRespondent, { auth: owner.token, params: { projectId: project.id }, json }), endpoints.createRespondent));
    }
    const ratings = respondents.flatMap((respondent, r) =>
      outcomes.map((outcome, o) => ({ respondentId: respondent.id, outcomeId: outcome.id, importance: 1 + ((r + 1 + o + 1) % 5), satisfaction: 1 + (((r + 1) * (o + 1)) % 5) })),
    );
    expectSuccess(await client.call(endpoints.upsertRatings, { auth: owner.token, params: { projectId: project.id }, json: { source: 'survey', ratings } }), endpoints.upsertRatings);
    readToken = expectSuccess<CreatedApiToken>(
      await client.call(endpoints.createApiToken, { auth: owner.token, params: { workspaceId: owner.workspace.id }, json: { name: 'BI export', scope: 'read' } }),
      endpoints.createApiToken,
    );
  });

  const backlog = (options: { auth?: string; query?: Record<string, string | number | undefined>; headers?: Record<string, string> } = {}) =>
    client.call(endpoints.listOpportunities, { auth: readToken.token, params: { projectId: project.id }, ...options });

  it('answers 401 without credentials and 404 for a project of another workspace', async () => {
    expectError(await backlog({ auth: undefined }), 401, 'UNAUTHENTICATED');
    expectError(await backlog({ auth: outsider.token }), 404, 'PROJECT_NOT_FOUND');
    for (const endpoint of [endpoints.getOpportunityLandscape, endpoints.listSegments, endpoints.listSegmentations]) {
      expectError(await client.call(endpoint, { auth: outsider.token, params: { projectId: project.id } }), 404, 'PROJECT_NOT_FOUND');
    }
    expectError(await client.call(endpoints.compareOpportunities, { auth: outsider.token, params: { projectId: project.id }, query: { a: 'SMB', b: 'Enterprise' } }), 404);
    expectError(await client.call(endpoints.createSegmentation, { auth: outsider.token, params: { projectId: project.id }, json: { name: 'Not mine' } }), 404);
  });

  it('serves the ranked backlog to a read-scope token, which cannot start a segmentation', async () => {
    const page = expectSuccess<OpportunityBacklog>(await backlog(), endpoints.listOpportunities);
    expect(page).toMatchObject({ total: 12, unrated: 0, respondents: 40, nextCursor: null });
    expect(page.items.map((item) => item.rank)).toEqual([...page.items.map((item) => item.rank)].sort((a, b) => a - b));
    expect(page.items[0]!.rank).toBe(1);
    const smb = expectSuccess<OpportunityBacklog>(await backlog({ query: { segment: 'smb' } }), endpoints.listOpportunities);
    expect(smb.respondents).toBe(20);
    expectError(await client.call(endpoints.createSegmentation, { auth: readToken.token, params: { projectId: project.id }, json: { name: 'From BI' } }), 403, 'TOKEN_READ_ONLY');
  });

  it('answers 304 without a body to If-None-Match with the current ETag', async () => {
    const first = await backlog({ query: { limit: 5 } });
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await backlog({ query: { limit: 5 }, headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await backlog({ query: { limit: 6 }, headers: { 'if-none-match': etag! } })).status).toBe(200);
  });

  it('pages through every item exactly once in rank order', async () => {
    const all = expectSuccess<OpportunityBacklog>(await backlog(), endpoints.listOpportunities).items.map((item) => item.outcomeId);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = expectSuccess<OpportunityBacklog>(await backlog({ query: { limit: 5, cursor } }), endpoints.listOpportunities);
      seen.push(...page.items.map((item) => item.outcomeId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(12);
  });

  it('exports every row as CSV, by Accept header or ?format=csv, with the same bytes and ETag', async () => {
    const byAccept = await backlog({ query: { limit: 2 }, headers: { accept: 'text/csv' } });
    const byQuery = await backlog({ query: { format: 'csv' } });
    for (const response of [byAccept, byQuery]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="opportunities-${project.id}.csv"`);
    }
    expect(byAccept.text).toBe(byQuery.text);
    expect(byAccept.headers.get('etag')).toBe(byQuery.headers.get('etag'));
    const lines = byQuery.text.split('\r\n');
    expect(lines[0]!.startsWith('rank,key,statement,job_step,importance,satisfaction,opportunity,zone,')).toBe(true);
    expect(lines).toHaveLength(1 + 12 + 1);
    expect(lines[1]!.startsWith('1,O-')).toBe(true);
    const json = await backlog({ query: { limit: 2 } });
    expect(json.headers.get('etag')).not.toBe(byQuery.headers.get('etag'));
  });
});
