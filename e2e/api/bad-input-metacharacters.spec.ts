import { endpoints, type Highlight, type InterviewDetail, type InterviewListItem, type InterviewSummary, type JobStep, type MeResponse, type Page, type Persona, type Project, type Tag, type TagBoardItem, type Workspace } from '@outcome-atlas/contracts';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { expectError, expectSuccess } from '../support/http-client.js';
import { registerUser, sharedClient } from '../support/users.js';

const client = sharedClient();

/** Text that breaks naive SQL, HTML or encoding handling. Every one must round-trip byte for byte. */
const PAYLOADS = [
  ['SQL injection', "'; DROP TABLE interviews; --"],
  ['a script tag', '<script>alert(1)</script>'],
  ['an img onerror', '<img src=x onerror=alert(1)>'],
  ['double quotes and a backslash', '"quotes" \\"escaped\\" and \\n'],
  ['emoji with ZWJ and skin tone', '🧪 research 👩🏽‍🔬 done ✅'],
  ['right-to-left text with an override', 'مرحبا بالعالم \u202Eevil\u202C שלום'],
  ['SQL comment and LIKE wildcards', "/* x */ 100% _ OR 1=1 --"],
] as const;

describe.each(PAYLOADS)('%s in every text field', (_label, text) => {
  it('is stored and returned verbatim', async () => {
    const user = await registerUser(client, text);
    expect(user.user.name).toBe(text);
    expect(user.workspace.name).toBe(`${text}'s workspace`);
    const me = expectSuccess<MeResponse>(await client.call(endpoints.me, { auth: user.token }), endpoints.me);
    expect(me.user.name).toBe(text);

    const token = user.token;
    const workspace = expectSuccess<Workspace>(await client.call(endpoints.createWorkspace, { auth: token, json: { name: text } }), endpoints.createWorkspace);
    expect(workspace.name).toBe(text);
    const workspaces = expectSuccess<{ items: Workspace[] }>(await client.call(endpoints.listWorkspaces, { auth: token }), endpoints.listWorkspaces);
    expect(workspaces.items.find((item) => item.id === workspace.id)?.name).toBe(text);

    const inWorkspace = { workspaceId: workspace.id };
    const created = expectSuccess<Project>(
      await client.call(endpoints.createProject, { auth: token, params: inWorkspace, json: { name: text, description: text, jobStatement: text } }),
      endpoints.createProject,
    );
    const project = expectSuccess<Project>(await client.call(endpoints.getProject, { auth: token, params: { projectId: created.id } }), endpoints.getProject);
    expect(project).toMatchObject({ name: text, description: text, jobStatement: text });

    const inProject = { projectId: project.id };
    expectSuccess(await client.call(endpoints.createPersona, { auth: token, params: inProject, json: { name: text, description: text } }), endpoints.createPersona);
    const personas = expectSuccess<{ items: Persona[] }>(await client.call(endpoints.listPersonas, { auth: token, params: inProject }), endpoints.listPersonas);
    expect(personas.items).toEqual([expect.objectContaining({ name: text, description: text })]);
    const persona = personas.items[0];

    expectSuccess(await client.call(endpoints.createJobStep, { auth: token, params: inProject, json: { name: text, description: text } }), endpoints.createJobStep);
    const steps = expectSuccess<{ items: JobStep[] }>(await client.call(endpoints.listJobSteps, { auth: token, params: inProject }), endpoints.listJobSteps);
    expect(steps.items.at(-1)).toMatchObject({ name: text, description: text });

    const interviewSummary = expectSuccess<InterviewSummary>(
      await client.call(endpoints.createInterview, {
        auth: token,
        params: inProject,
        json: {
          title: text,
          format: 'txt',
          content: `P1: ${text}`,
          interviewer: text,
          participant: { pseudonym: text, personaId: persona?.id ?? null, attributes: { [text]: text } },
        },
      }),
      endpoints.createInterview,
    );
    const interview = expectSuccess<InterviewDetail>(await client.call(endpoints.getInterview, { auth: token, params: { interviewId: interviewSummary.id } }), endpoints.getInterview);
    expect(interview).toMatchObject({ title: text, interviewer: text, participant: { pseudonym: text, attributes: { [text]: text } } });
    expect(interview.transcript).toBe(text);
    expect(interview.utterances).toEqual([expect.objectContaining({ speaker: 'P1', start: 0, end: text.length })]);

    const tag = expectSuccess<Tag>(await client.call(endpoints.createTag, { auth: token, params: inProject, json: { name: text, group: text } }), endpoints.createTag);
    expect(tag).toMatchObject({ name: text, group: text });
    const highlight = expectSuccess<Highlight>(
      await client.call(endpoints.createHighlight, { auth: token, params: { interviewId: interview.id }, json: { start: 0, end: text.length, note: text, tagIds: [tag.id] } }),
      endpoints.createHighlight,
    );
    expect(highlight).toMatchObject({ note: text, quote: text, tags: [{ name: text }] });
    const board = expectSuccess<Page<TagBoardItem>>(await client.call(endpoints.listTagHighlights, { auth: token, params: { tagId: tag.id } }), endpoints.listTagHighlights);
    expect(board.items).toEqual([expect.objectContaining({ note: text, quote: text, interviewTitle: text, participantPseudonym: text })]);

    const list = expectSuccess<Page<InterviewListItem>>(await client.call(endpoints.listInterviews, { auth: token, params: inProject }), endpoints.listInterviews);
    expect(list.items.map((item) => item.title)).toEqual([text]);
    const search = await client.call(endpoints.listInterviews, { auth: token, params: inProject, query: { q: text } });
    expectSuccess(search, endpoints.listInterviews);
  });
});

describe('after hostile input', () => {
  it.each([
    ["'; DROP TABLE interviews; --"],
    ['"unterminated'],
    ['-'],
    ['OR OR OR'],
    ['<script>alert(1)</script>'],
    ['%_\\'],
    ['a & | ! ( ) :* <-> b'],
    ['🧪'],
  ])('search q=%s answers 200', async (q) => {
    const user = await registerUser(client, 'Searcher');
    const project = expectSuccess<Project>(
      await client.call(endpoints.createProject, { auth: user.token, params: { workspaceId: user.workspace.id }, json: { name: 'Search' } }),
      endpoints.createProject,
    );
    const response = await client.call(endpoints.listInterviews, { auth: user.token, params: { projectId: project.id }, query: { q } });
    expectSuccess(response, endpoints.listInterviews);
  });

  it('a login with an injected email is just a failed login', async () => {
    const response = await client.call(endpoints.login, { json: { email: "admin'--@example.com", password: "' OR '1'='1" } });
    expectError(response, 401, 'INVALID_CREDENTIALS');
  });

  it('the database still works and its tables are intact', async () => {
    const database = new pg.Client({ connectionString: inject('databaseUrl') });
    await database.connect();
    try {
      const { rows } = await database.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
      );
      const tables = rows.map((row) => row.table_name);
      for (const table of ['users', 'workspaces', 'workspace_members', 'projects', 'interviews', 'highlights', 'tags']) expect(tables).toContain(table);
      const counted = await database.query<{ count: string }>('SELECT count(*) AS count FROM interviews');
      expect(Number(counted.rows[0]?.count)).toBeGreaterThanOrEqual(PAYLOADS.length);
    } finally {
      await database.end();
    }
    // And through the API: a new account can still be created and used end to end.
    const user = await registerUser(client, 'After Hostile Input');
    const project = await client.call(endpoints.createProject, { auth: user.token, params: { workspaceId: user.workspace.id }, json: { name: 'Still fine' } });
    expectSuccess(project, endpoints.createProject);
  });
});
