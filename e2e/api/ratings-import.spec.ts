import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import {
  endpoints,
  importRejectionDetailsSchema,
  type Health,
  type ImportRatingsResponse,
  type Outcome,
  type Page,
  type Project,
  type Rating,
  type Respondent,
} from '@outcome-atlas/contracts';
import pg from 'pg';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { expectError, expectSuccess } from '../support/http-client.js';
import { registerUser, sharedClient, type RegisteredUser } from '../support/users.js';

const client = sharedClient();
const HEADER = 'respondent_id,outcome_id,importance,satisfaction,segment\n';

describe('survey imports over a real socket', () => {
  let user: RegisteredUser;
  let projectId: string;

  beforeAll(async () => {
    user = await registerUser(client, 'Survey Importer');
    const project = await client.call(endpoints.createProject, { auth: user.token, params: { workspaceId: user.workspace.id }, json: { name: 'Survey' } });
    projectId = expectSuccess<Project>(project, endpoints.createProject).id;
    const outcome = await client.call(endpoints.createOutcome, { auth: user.token, params: { projectId }, json: { statement: 'Minimize the time it takes to match invoices' } });
    expect(expectSuccess<Outcome>(outcome, endpoints.createOutcome).key).toBe('O-1');
  });

  const importCsv = (body: Uint8Array<ArrayBuffer> | string | FormData, contentType?: string) =>
    client.call(endpoints.importRatings, { auth: user.token, params: { projectId }, query: { format: 'long' }, body, contentType });

  async function counts(): Promise<{ respondents: number; ratings: number }> {
    const respondents = expectSuccess<Page<Respondent>>(await client.call(endpoints.listRespondents, { auth: user.token, params: { projectId } }), endpoints.listRespondents);
    const ratings = expectSuccess<Page<Rating>>(await client.call(endpoints.listRatings, { auth: user.token, params: { projectId } }), endpoints.listRatings);
    return { respondents: respondents.items.length, ratings: ratings.items.length };
  }

  it('imports a small long file streamed as text/csv', async () => {
    const response = await importCsv(`${HEADER}R-1,O-1,5,2,SMB\nR-2,o-1,3,,SMB\n`, 'text/csv');
    expect(expectSuccess<ImportRatingsResponse>(response, endpoints.importRatings)).toMatchObject({ lines: 2, respondents: { created: 2 }, ratings: { created: 2 } });
    expect(await counts()).toEqual({ respondents: 2, ratings: 2 });
  });

  it('an upload cut off mid-way imports nothing, and the connection it held serves the next import', async () => {
    const before = await counts();
    const url = new URL(`/api/v1/projects/${projectId}/ratings/import?format=long`, client.baseUrl);
    const lines = Array.from({ length: 20_000 }, (_, index) => `C-${index},O-1,4,4,SMB\n`).join('');
    await new Promise<void>((resolve) => {
      const req = httpRequest(url, { method: 'POST', headers: { authorization: `Bearer ${user.token}`, 'content-type': 'text/csv', 'content-length': String(10 * 1024 * 1024) } });
      req.on('error', () => resolve());
      req.write(HEADER + lines, () => setTimeout(() => req.destroy(), 200));
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await counts()).toEqual(before);
    const database = new pg.Client({ connectionString: inject('databaseUrl') });
    await database.connect();
    try {
      const open = await database.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'outcome-atlas' AND state LIKE 'idle in transaction%'`);
      expect(open.rows).toEqual([{ n: 0 }]);
    } finally {
      await database.end();
    }
    const response = await importCsv(`${HEADER}R-10,O-1,2,2,SMB\n`, 'text/csv');
    expect(expectSuccess<ImportRatingsResponse>(response, endpoints.importRatings).ratings.created).toBe(1);
  });

  it.each([
    ['as the text/csv body', (bytes: Uint8Array<ArrayBuffer>) => ({ body: bytes, contentType: 'text/csv' })],
    ['as a multipart file', (bytes: Uint8Array<ArrayBuffer>) => {
      const form = new FormData();
      form.append('file', new Blob([bytes]), 'survey.csv');
      return { body: form, contentType: undefined };
    }],
  ])('refuses 50 MB of garbage sent %s quickly, with a line number, changing nothing, and stays healthy', async (_label, send) => {
    const before = await counts();
    const bytes = new Uint8Array(Buffer.concat([Buffer.from(`${HEADER}R-9,O-1,1,1,SMB\n`), randomBytes(50 * 1024 * 1024)]));
    const { body, contentType } = send(bytes);
    const started = performance.now();
    const error = expectError(await importCsv(body, contentType), 422, 'RATINGS_IMPORT_REJECTED');
    const seconds = (performance.now() - started) / 1000;
    const details = importRejectionDetailsSchema.parse(error.details);
    expect(details.rejectedCount).toBe(1);
    expect(details.rejected[0]).toMatchObject({ line: 3, code: expect.stringMatching(/^(INVALID_UTF8|BINARY_CONTENT|CSV_\w+)$/) });
    // The upload itself is most of this: the rejection comes from the first bad line, not from the end of the file.
    expect(seconds).toBeLessThan(20);
    expect(await counts()).toEqual(before);
    expect(expectSuccess<Health>(await client.call(endpoints.health), endpoints.health).status).toBe('ok');
  });
});
