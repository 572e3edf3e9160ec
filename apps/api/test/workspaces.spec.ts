import { describe, expect, it } from 'vitest';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

describe('workspace members', () => {
  it('lets an owner add an existing user by email, change the role and remove them', async () => {
    const owner = await ctx.client.register('Owner');
    const other = await ctx.client.register('Other');
    const workspaceUrl = `/api/v1/workspaces/${owner.workspace.id}`;
    const added = await ctx.client.request('POST', `${workspaceUrl}/members`, { token: owner.token, body: { email: other.user.email, role: 'viewer' } });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ userId: other.user.id, role: 'viewer' });
    const again = await ctx.client.request('POST', `${workspaceUrl}/members`, { token: owner.token, body: { email: other.user.email, role: 'viewer' } });
    expect(again.body.error.code).toBe('ALREADY_MEMBER');
    const unknown = await ctx.client.request('POST', `${workspaceUrl}/members`, { token: owner.token, body: { email: 'ghost@example.com', role: 'viewer' } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('USER_NOT_FOUND');
    const visible = await ctx.client.request('GET', '/api/v1/workspaces', { token: other.token });
    expect(visible.body.items.map((workspace: { id: string }) => workspace.id)).toContain(owner.workspace.id);
    const promoted = await ctx.client.request('PATCH', `${workspaceUrl}/members/${other.user.id}`, { token: owner.token, body: { role: 'researcher' } });
    expect(promoted.body.role).toBe('researcher');
    expect((await ctx.client.request('DELETE', `${workspaceUrl}/members/${other.user.id}`, { token: owner.token })).status).toBe(204);
    expect((await ctx.client.request('GET', `${workspaceUrl}/members`, { token: other.token })).status).toBe(404);
  });

  it('never leaves a workspace without an owner', async () => {
    const owner = await ctx.client.register('Solo');
    const url = `/api/v1/workspaces/${owner.workspace.id}/members/${owner.user.id}`;
    const demote = await ctx.client.request('PATCH', url, { token: owner.token, body: { role: 'viewer' } });
    expect(demote.status).toBe(409);
    expect(demote.body.error.code).toBe('LAST_OWNER');
    expect((await ctx.client.request('DELETE', url, { token: owner.token })).status).toBe(409);
  });

  it('answers 403 when a non-owner manages members', async () => {
    const owner = await ctx.client.register('Boss');
    const researcher = await ctx.client.register('Res');
    await ctx.client.request('POST', `/api/v1/workspaces/${owner.workspace.id}/members`, { token: owner.token, body: { email: researcher.user.email, role: 'researcher' } });
    const attempt = await ctx.client.request('PATCH', `/api/v1/workspaces/${owner.workspace.id}/members/${owner.user.id}`, { token: researcher.token, body: { role: 'viewer' } });
    expect(attempt.status).toBe(403);
    expect(attempt.body.error.code).toBe('FORBIDDEN');
  });

  it('pages members with an opaque cursor', async () => {
    const owner = await ctx.client.register('Pager');
    for (const name of ['A', 'B', 'C']) {
      const user = await ctx.client.register(name);
      await ctx.client.request('POST', `/api/v1/workspaces/${owner.workspace.id}/members`, { token: owner.token, body: { email: user.user.email, role: 'viewer' } });
    }
    const first = await ctx.client.request('GET', `/api/v1/workspaces/${owner.workspace.id}/members?limit=3`, { token: owner.token });
    expect(first.body.items).toHaveLength(3);
    const second = await ctx.client.request('GET', `/api/v1/workspaces/${owner.workspace.id}/members?limit=3&cursor=${first.body.nextCursor}`, { token: owner.token });
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const bad = await ctx.client.request('GET', `/api/v1/workspaces/${owner.workspace.id}/members?cursor=garbage`, { token: owner.token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('INVALID_CURSOR');
  });
});

describe('personal API tokens', () => {
  it('shows the secret once, stores only a hash, records last use and stops working when revoked', async () => {
    const owner = await ctx.client.register('Tok');
    const url = `/api/v1/workspaces/${owner.workspace.id}/api-tokens`;
    const created = await ctx.client.request('POST', url, { token: owner.token, body: { name: 'BI', scope: 'read' } });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^oat_/);
    expect(created.body.prefix).toBe(created.body.token.slice(0, 12));
    const listed = await ctx.client.request('GET', url, { token: owner.token });
    expect(listed.body.items).toEqual([expect.objectContaining({ id: created.body.id, name: 'BI', scope: 'read', lastUsedAt: null })]);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    const projects = await ctx.client.request('GET', `/api/v1/workspaces/${owner.workspace.id}/projects`, { token: created.body.token });
    expect(projects.status).toBe(200);
    const afterUse = await ctx.client.request('GET', url, { token: owner.token });
    expect(afterUse.body.items[0].lastUsedAt).not.toBeNull();
    const write = await ctx.client.request('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { token: created.body.token, body: { name: 'Nope' } });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('TOKEN_READ_ONLY');
    expect((await ctx.client.request('DELETE', `${url}/${created.body.id}`, { token: owner.token })).status).toBe(204);
    expect((await ctx.client.request('GET', `/api/v1/workspaces/${owner.workspace.id}/projects`, { token: created.body.token })).status).toBe(401);
    expect((await ctx.client.request('GET', url, { token: owner.token })).body.items).toEqual([]);
  });

  it('binds a token to its workspace and does not let tokens mint tokens', async () => {
    const owner = await ctx.client.register('Two');
    const second = await ctx.client.request('POST', '/api/v1/workspaces', { token: owner.token, body: { name: 'Second' } });
    const created = await ctx.client.request('POST', `/api/v1/workspaces/${owner.workspace.id}/api-tokens`, { token: owner.token, body: { name: 'W', scope: 'write' } });
    const token = created.body.token;
    const workspaces = await ctx.client.request('GET', '/api/v1/workspaces', { token });
    expect(workspaces.body.items.map((workspace: { id: string }) => workspace.id)).toEqual([owner.workspace.id]);
    expect((await ctx.client.request('GET', `/api/v1/workspaces/${second.body.id}/projects`, { token })).status).toBe(404);
    expect((await ctx.client.request('POST', `/api/v1/workspaces/${owner.workspace.id}/projects`, { token, body: { name: 'Via token' } })).status).toBe(201);
    expect((await ctx.client.request('POST', `/api/v1/workspaces/${owner.workspace.id}/api-tokens`, { token, body: { name: 'X', scope: 'read' } })).status).toBe(403);
  });

  it('lets a viewer create read tokens but not write tokens', async () => {
    const owner = await ctx.client.register('Own');
    const viewer = await ctx.client.register('View');
    await ctx.client.request('POST', `/api/v1/workspaces/${owner.workspace.id}/members`, { token: owner.token, body: { email: viewer.user.email, role: 'viewer' } });
    const url = `/api/v1/workspaces/${owner.workspace.id}/api-tokens`;
    expect((await ctx.client.request('POST', url, { token: viewer.token, body: { name: 'r', scope: 'read' } })).status).toBe(201);
    expect((await ctx.client.request('POST', url, { token: viewer.token, body: { name: 'w', scope: 'write' } })).status).toBe(403);
  });
});
