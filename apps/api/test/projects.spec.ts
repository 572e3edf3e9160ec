import { describe, expect, it } from 'vitest';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

async function newProject(name = 'Researcher') {
  const user = await ctx.client.register(name);
  const project = await ctx.client.request('POST', `/api/v1/workspaces/${user.workspace.id}/projects`, {
    token: user.token,
    body: { name: 'Invoice matching', jobStatement: 'Reconcile supplier invoices with orders' },
  });
  return { user, token: user.token, project: project.body };
}

describe('projects', () => {
  it('creates a project with the eight universal job steps in order', async () => {
    const { token, project } = await newProject();
    expect(project).toMatchObject({ name: 'Invoice matching', description: '', jobStatement: 'Reconcile supplier invoices with orders', interviewCount: 0 });
    const steps = await ctx.client.request('GET', `/api/v1/projects/${project.id}/job-steps`, { token });
    expect(steps.body.items.map((step: { name: string; position: number }) => [step.name, step.position])).toEqual(
      ['Define', 'Locate', 'Prepare', 'Confirm', 'Execute', 'Monitor', 'Modify', 'Conclude'].map((name, index) => [name, index]),
    );
  });

  it('updates and deletes a project; an empty update is rejected', async () => {
    const { token, project } = await newProject();
    const updated = await ctx.client.request('PATCH', `/api/v1/projects/${project.id}`, { token, body: { description: 'Month-end' } });
    expect(updated.body.description).toBe('Month-end');
    expect((await ctx.client.request('PATCH', `/api/v1/projects/${project.id}`, { token, body: {} })).status).toBe(400);
    expect((await ctx.client.request('DELETE', `/api/v1/projects/${project.id}`, { token })).status).toBe(204);
    expect((await ctx.client.request('GET', `/api/v1/projects/${project.id}`, { token })).status).toBe(404);
  });

  it('answers 404 for malformed and foreign project ids alike', async () => {
    const { project } = await newProject('Alice');
    const stranger = await ctx.client.register('Mallory');
    for (const id of [project.id, 'not-a-uuid', '00000000-0000-0000-0000-000000000000']) {
      const response = await ctx.client.request('GET', `/api/v1/projects/${id}`, { token: stranger.token });
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('PROJECT_NOT_FOUND');
    }
  });

  it('renames, moves, inserts and deletes job steps keeping positions 0..n-1', async () => {
    const { token, project } = await newProject();
    const url = `/api/v1/projects/${project.id}/job-steps`;
    const steps = (await ctx.client.request('GET', url, { token })).body.items as { id: string; name: string }[];
    const conclude = steps[7]!;
    await ctx.client.request('PATCH', `/api/v1/job-steps/${conclude.id}`, { token, body: { name: 'Close the month', position: 0 } });
    const inserted = await ctx.client.request('POST', url, { token, body: { name: 'Verify totals', universalStep: 'Confirm', position: 2 } });
    expect(inserted.status).toBe(201);
    expect(inserted.body.position).toBe(2);
    await ctx.client.request('DELETE', `/api/v1/job-steps/${steps[0]!.id}`, { token });
    const after = (await ctx.client.request('GET', url, { token })).body.items as { name: string; position: number }[];
    expect(after.map((step) => step.name)).toEqual(['Close the month', 'Verify totals', 'Locate', 'Prepare', 'Confirm', 'Execute', 'Monitor', 'Modify']);
    expect(after.map((step) => step.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps persona names unique per project, case-insensitively', async () => {
    const { token, project } = await newProject();
    const url = `/api/v1/projects/${project.id}/personas`;
    expect((await ctx.client.request('POST', url, { token, body: { name: 'AP clerk' } })).status).toBe(201);
    const duplicate = await ctx.client.request('POST', url, { token, body: { name: 'ap CLERK' } });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('PERSONA_EXISTS');
    expect((await ctx.client.request('GET', url, { token })).body.items).toHaveLength(1);
  });

  it('pages projects and forbids viewers to create them', async () => {
    const { user, token } = await newProject();
    for (const name of ['Second', 'Third']) await ctx.client.request('POST', `/api/v1/workspaces/${user.workspace.id}/projects`, { token, body: { name } });
    const first = await ctx.client.request('GET', `/api/v1/workspaces/${user.workspace.id}/projects?limit=2`, { token });
    const second = await ctx.client.request('GET', `/api/v1/workspaces/${user.workspace.id}/projects?limit=2&cursor=${first.body.nextCursor}`, { token });
    expect([...first.body.items, ...second.body.items].map((project: { name: string }) => project.name)).toEqual(['Invoice matching', 'Second', 'Third']);
    const viewer = await ctx.client.register('Viewer');
    await ctx.client.request('POST', `/api/v1/workspaces/${user.workspace.id}/members`, { token, body: { email: viewer.user.email, role: 'viewer' } });
    expect((await ctx.client.request('GET', `/api/v1/workspaces/${user.workspace.id}/projects`, { token: viewer.token })).status).toBe(200);
    expect((await ctx.client.request('POST', `/api/v1/workspaces/${user.workspace.id}/projects`, { token: viewer.token, body: { name: 'x' } })).status).toBe(403);
  });
});
