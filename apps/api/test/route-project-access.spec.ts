import { DataSource } from 'typeorm';
import { describe, expect, it, vi } from 'vitest';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** The statements the app sends while `run` runs (TypeORM's and prepared ones are both logged). */
async function statementsDuring<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const spy = vi.spyOn(ctx.app.get(DataSource).logger, 'logQuery');
  try {
    const result = await run();
    return { result, statements: spy.mock.calls.map(([text]) => text.replace(/\s+/g, ' ')) };
  } finally {
    spy.mockRestore();
  }
}

const isAccessCheck = (statement: string) => statement.startsWith('SELECT p.id AS project_id, p.workspace_id, m.role FROM');

async function ownerWithProject(name: string) {
  const owner = await ctx.client.register(name);
  const call = (method: Method, url: string, token = owner.token, body?: unknown) => ctx.client.request(method, url, { token, ...(body ? { body } : {}) });
  const project = await call('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, owner.token, { name: `${name}'s research` });
  return { owner, call, projectId: project.body.id as string };
}

describe("the caller's membership of the route's project, resolved with the credential", () => {
  it('saves the access check its own statement, for a session and for an API token', async () => {
    const { owner, call, projectId } = await ownerWithProject('Selma Session');
    const token = (await call('POST', `/api/v1/workspaces/${owner.workspace.id}/api-tokens`, owner.token, { name: 'Reader', scope: 'read' })).body.token as string;
    for (const credential of [owner.token, token]) {
      const { result, statements } = await statementsDuring(() => call('GET', `/api/v1/projects/${projectId}`, credential));
      expect(result.status).toBe(200);
      expect(result.body.id).toBe(projectId);
      expect(statements.filter(isAccessCheck)).toEqual([]);
    }
    // A route naming another kind of resource still checks access with its own statement.
    const steps = (await call('GET', `/api/v1/projects/${projectId}/job-steps`)).body.items as { id: string }[];
    const { result, statements } = await statementsDuring(() => call('PATCH', `/api/v1/job-steps/${steps[0]!.id}`, owner.token, { name: 'Prepare the close' }));
    expect(result.status).toBe(200);
    expect(statements.filter((statement) => statement.includes('FROM job_steps r JOIN projects p'))).toHaveLength(1);
  });

  it('answers 404 for a project of a workspace the caller is not in, and for one outside an API token’s workspace', async () => {
    const { owner, call, projectId } = await ownerWithProject('Owen Owner');
    const stranger = await ctx.client.register('Stella Stranger');
    const foreign = await call('GET', `/api/v1/projects/${projectId}`, stranger.token);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('PROJECT_NOT_FOUND');

    const second = await call('POST', '/api/v1/workspaces', owner.token, { name: 'Second' });
    const otherProject = await call('POST', `/api/v1/workspaces/${second.body.id}/projects`, owner.token, { name: 'Elsewhere' });
    const token = (await call('POST', `/api/v1/workspaces/${owner.workspace.id}/api-tokens`, owner.token, { name: 'First only', scope: 'write' })).body.token as string;
    expect((await call('GET', `/api/v1/projects/${otherProject.body.id}`, owner.token)).status).toBe(200);
    expect((await call('GET', `/api/v1/projects/${otherProject.body.id}`, token)).status).toBe(404);
    expect((await call('GET', `/api/v1/projects/${projectId}`, token)).status).toBe(200);
  });

  it("applies the resolved role (a viewer cannot write, a read token cannot write) and follows membership changes at once", async () => {
    const { owner, call, projectId } = await ownerWithProject('Wanda Workspace');
    const viewer = await ctx.client.register('Vic Viewer');
    await call('POST', `/api/v1/workspaces/${owner.workspace.id}/members`, owner.token, { email: viewer.user.email, role: 'viewer' });
    expect((await call('GET', `/api/v1/projects/${projectId}`, viewer.token)).status).toBe(200);
    const write = await call('POST', `/api/v1/projects/${projectId}/outcomes`, viewer.token, { statement: 'Minimize the time it takes to close the month' });
    expect(write.status).toBe(403);

    const reader = (await call('POST', `/api/v1/workspaces/${owner.workspace.id}/api-tokens`, owner.token, { name: 'Reader', scope: 'read' })).body.token as string;
    const byReader = await call('POST', `/api/v1/projects/${projectId}/outcomes`, reader, { statement: 'Minimize the time it takes to close the month' });
    expect(byReader.status).toBe(403);
    expect(byReader.body.error.code).toBe('TOKEN_READ_ONLY');

    await call('PATCH', `/api/v1/workspaces/${owner.workspace.id}/members/${viewer.user.id}`, owner.token, { role: 'researcher' });
    expect((await call('POST', `/api/v1/projects/${projectId}/outcomes`, viewer.token, { statement: 'Minimize the time it takes to close the month' })).status).toBe(201);
    expect((await call('DELETE', `/api/v1/workspaces/${owner.workspace.id}/members/${viewer.user.id}`, owner.token)).status).toBe(204);
    expect((await call('GET', `/api/v1/projects/${projectId}`, viewer.token)).status).toBe(404);
  });

  it('leaves a malformed project id to the route (404), takes an upper-case one as the same project, and refuses a bad credential first', async () => {
    const { owner, call, projectId } = await ownerWithProject('Mo Malformed');
    const malformed = await call('GET', '/api/v1/projects/not-a-uuid', owner.token);
    expect(malformed.status).toBe(404);
    const { result, statements } = await statementsDuring(() => call('GET', `/api/v1/projects/${projectId.toUpperCase()}`, owner.token));
    expect(result.status).toBe(200);
    expect(statements.filter(isAccessCheck)).toEqual([]);
    expect((await call('GET', '/api/v1/projects/not-a-uuid', 'oat_unknown')).status).toBe(401);
    expect((await call('GET', `/api/v1/projects/${projectId}`, 'oat_unknown')).status).toBe(401);
  });
});
