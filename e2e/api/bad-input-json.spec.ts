import { endpoints, type Highlight, type InterviewDetail, type InterviewSummary, type Page, type Project, type Tag } from '@outcome-atlas/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectSuccess } from '../support/http-client.js';
import { registerUser, sharedClient, type RegisteredUser } from '../support/users.js';

const client = sharedClient();

describe('bad JSON bodies', () => {
  let user: RegisteredUser;
  let projectId: string;

  beforeAll(async () => {
    user = await registerUser(client, 'Json Sender');
    const project = await client.call(endpoints.createProject, { auth: user.token, params: { workspaceId: user.workspace.id }, json: { name: 'Validation' } });
    projectId = expectSuccess<Project>(project, endpoints.createProject).id;
  });

  it.each([
    ['a truncated object', '{"name": '],
    ['single quotes', "{'name': 'x'}"],
    ['a trailing comma', '{"name": "x",}'],
  ])('%s answers 400 INVALID_JSON', async (_label, text) => {
    const response = await client.call(endpoints.createProject, { auth: user.token, params: { workspaceId: user.workspace.id }, body: text, contentType: 'application/json' });
    expectError(response, 400, 'INVALID_JSON');
  });

  it('invalid JSON on a public endpoint answers 400 INVALID_JSON too', async () => {
    expectError(await client.call(endpoints.login, { body: '{"email":', contentType: 'application/json' }), 400, 'INVALID_JSON');
  });

  it('an empty JSON body answers 400 INVALID_JSON', async () => {
    const response = await client.call(endpoints.createProject, { auth: user.token, params: { workspaceId: user.workspace.id }, body: '', contentType: 'application/json' });
    expectError(response, 400, 'INVALID_JSON');
  });

  it.each([
    ['name is a number', { name: 5 }, 'name'],
    ['name is missing', { description: 'no name' }, 'name'],
    ['name is blank', { name: '   ' }, 'name'],
    ['description is an object', { name: 'ok', description: { html: '<b>' } }, 'description'],
    ['jobStatement is too long', { name: 'ok', jobStatement: 'x'.repeat(501) }, 'jobStatement'],
  ])('createProject where %s answers 400 VALIDATION_FAILED naming the field', async (_label, json, path) => {
    const error = expectError(await client.call(endpoints.createProject, { auth: user.token, params: { workspaceId: user.workspace.id }, json }), 400, 'VALIDATION_FAILED');
    expect(error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path, message: expect.any(String) })]));
  });

  it('an unknown field answers 400 VALIDATION_FAILED naming it', async () => {
    const json = { name: 'Typo project', nmae: 'typo' };
    const error = expectError(await client.call(endpoints.createProject, { auth: user.token, params: { workspaceId: user.workspace.id }, json }), 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(error.details)).toContain('nmae');
  });

  it('nested ill-typed fields are reported with their full path', async () => {
    const json = { title: 'T', format: 'txt', content: 'P1: hi', participant: { pseudonym: 'P1', attributes: { age: 42 } }, interviewDate: '31/12/2026' };
    const error = expectError(await client.call(endpoints.createInterview, { auth: user.token, params: { projectId }, json }), 400, 'VALIDATION_FAILED');
    const paths = (error.details as { path: string }[]).map((detail) => detail.path);
    expect(paths).toEqual(expect.arrayContaining(['participant.attributes.age', 'interviewDate']));
  });

  it('an unsupported format in a JSON interview answers 400', async () => {
    const json = { title: 'T', format: 'docx', content: 'P1: hi' };
    const error = expectError(await client.call(endpoints.createInterview, { auth: user.token, params: { projectId }, json }), 400, 'VALIDATION_FAILED');
    expect(error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'format' })]));
  });

  it('a query parameter out of range answers 400 naming it', async () => {
    const response = await client.call(endpoints.listInterviews, { auth: user.token, params: { projectId }, query: { limit: 0 } });
    expect(expectError(response, 400, 'VALIDATION_FAILED').details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'limit' })]));
  });

  it('a path id that is not a UUID answers 404, like an unknown id', async () => {
    expectError(await client.call(endpoints.getProject, { auth: user.token, params: { projectId: "1' OR '1'='1" } }), 404, 'PROJECT_NOT_FOUND');
    expectError(await client.call(endpoints.getProject, { auth: user.token, params: { projectId: '00000000-0000-4000-8000-000000000000' } }), 404, 'PROJECT_NOT_FOUND');
  });
});

describe('bad highlights', () => {
  let user: RegisteredUser;
  let interview: InterviewDetail;

  beforeAll(async () => {
    user = await registerUser(client, 'Highlighter');
    const project = expectSuccess<Project>(
      await client.call(endpoints.createProject, { auth: user.token, params: { workspaceId: user.workspace.id }, json: { name: 'Highlights' } }),
      endpoints.createProject,
    );
    const created = expectSuccess<InterviewSummary>(
      await client.call(endpoints.createInterview, {
        auth: user.token,
        params: { projectId: project.id },
        json: { title: 'Highlight me', format: 'txt', content: 'Interviewer: How long does it take?\nP1: Two full days, every single month.' },
      }),
      endpoints.createInterview,
    );
    interview = expectSuccess<InterviewDetail>(await client.call(endpoints.getInterview, { auth: user.token, params: { interviewId: created.id } }), endpoints.getInterview);
  });

  const highlight = (json: unknown) => client.call(endpoints.createHighlight, { auth: user.token, params: { interviewId: interview.id }, json });

  it('offsets past the end of the transcript answer 422 HIGHLIGHT_OUT_OF_RANGE', async () => {
    const length = interview.transcript.length;
    expectError(await highlight({ start: length - 2, end: length + 1 }), 422, 'HIGHLIGHT_OUT_OF_RANGE');
    expectError(await highlight({ start: length + 10, end: length + 20 }), 422, 'HIGHLIGHT_OUT_OF_RANGE');
  });

  it.each([
    ['end equals start', { start: 5, end: 5 }, 'end'],
    ['end before start', { start: 9, end: 3 }, 'end'],
    ['a negative start', { start: -1, end: 3 }, 'start'],
    ['fractional offsets', { start: 1.5, end: 3 }, 'start'],
  ])('%s answers 400 VALIDATION_FAILED', async (_label, json, path) => {
    const error = expectError(await highlight(json), 400, 'VALIDATION_FAILED');
    expect(error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });

  it('a passage overlapping an existing highlight answers 422 HIGHLIGHT_OVERLAPS naming it', async () => {
    const answer = interview.utterances[1];
    if (!answer) throw new Error('expected two utterances');
    const existing = expectSuccess<Highlight>(await highlight({ start: answer.start, end: answer.start + 14, note: 'Two full days' }), endpoints.createHighlight);
    const error = expectError(await highlight({ start: answer.start + 4, end: answer.end }), 422, 'HIGHLIGHT_OVERLAPS');
    expect(error.details).toMatchObject({ highlightId: existing.id });
    // Touching is not overlapping: [start, end) ranges.
    expectSuccess(await highlight({ start: answer.start + 14, end: answer.end }), endpoints.createHighlight);
    const list = expectSuccess<Page<Highlight>>(await client.call(endpoints.listHighlights, { auth: user.token, params: { interviewId: interview.id } }), endpoints.listHighlights);
    expect(list.items).toHaveLength(2);
  });

  it('a tag id from another project answers 422 and creates nothing', async () => {
    const other = await registerUser(client, 'Other Tagger');
    const otherProject = expectSuccess<Project>(
      await client.call(endpoints.createProject, { auth: other.token, params: { workspaceId: other.workspace.id }, json: { name: 'Elsewhere' } }),
      endpoints.createProject,
    );
    const foreignTag = expectSuccess<Tag>(await client.call(endpoints.createTag, { auth: other.token, params: { projectId: otherProject.id }, json: { name: 'foreign' } }), endpoints.createTag);
    const question = interview.utterances[0];
    if (!question) throw new Error('expected an utterance');
    expectError(await highlight({ start: question.start, end: question.end, tagIds: [foreignTag.id] }), 422, 'TAG_NOT_FOUND');
    const list = expectSuccess<Page<Highlight>>(await client.call(endpoints.listHighlights, { auth: user.token, params: { interviewId: interview.id } }), endpoints.listHighlights);
    expect(list.items.some((item) => item.start === question.start)).toBe(false);
  });
});
