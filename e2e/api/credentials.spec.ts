import { endpoints, type ApiToken, type CreatedApiToken, type LoginResponse, type MeResponse, type Member, type Page, type Project, type Workspace } from '@outcome-atlas/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectSuccess } from '../support/http-client.js';
import { registerUser, sharedClient } from '../support/users.js';
import { setupWorld, type World } from '../support/world.js';

const client = sharedClient();

/** `oa_session=<token>` from a response's Set-Cookie header. */
function sessionCookie(headers: Headers): string {
  const cookie = headers.getSetCookie().find((value) => value.startsWith('oa_session='));
  if (!cookie) throw new Error(`No session cookie in ${JSON.stringify(headers.getSetCookie())}`);
  return cookie.split(';')[0] ?? '';
}

async function login(email: string, password: string) {
  const response = await client.call(endpoints.login, { json: { email, password } });
  return { ...expectSuccess<LoginResponse>(response, endpoints.login), cookie: sessionCookie(response.headers) };
}

describe('sessions', () => {
  it('works as a bearer token and as the cookie set by login', async () => {
    const user = await registerUser(client, 'Session User');
    const session = await login(user.email, user.password);
    const byBearer = expectSuccess<MeResponse>(await client.call(endpoints.me, { auth: session.token }), endpoints.me);
    const byCookie = expectSuccess<MeResponse>(await client.call(endpoints.me, { cookie: session.cookie }), endpoints.me);
    expect(byBearer.user.email).toBe(user.email);
    expect(byCookie.user.email).toBe(user.email);
    expect(byCookie.workspaces.map((workspace) => workspace.id)).toEqual([user.workspace.id]);
  });

  it('registering also starts a cookie session', async () => {
    const response = await client.call(endpoints.register, { json: { email: `cookie.${Date.now()}@example.com`, password: 'correct horse battery', name: 'Cookie' } });
    expectSuccess(response, endpoints.register);
    expect(expectSuccess<MeResponse>(await client.call(endpoints.me, { cookie: sessionCookie(response.headers) }), endpoints.me).user.name).toBe('Cookie');
  });

  it('logout ends a bearer session: the token then answers 401', async () => {
    const user = await registerUser(client, 'Logout Bearer');
    const session = await login(user.email, user.password);
    expectSuccess(await client.call(endpoints.logout, { auth: session.token }), endpoints.logout);
    expectError(await client.call(endpoints.me, { auth: session.token }), 401, 'UNAUTHENTICATED');
    expectError(await client.call(endpoints.listWorkspaces, { cookie: session.cookie }), 401, 'UNAUTHENTICATED');
    // Other sessions of the same user live on.
    expectSuccess(await client.call(endpoints.me, { auth: user.token }), endpoints.me);
  });

  it('logout ends a cookie session and clears the cookie', async () => {
    const user = await registerUser(client, 'Logout Cookie');
    const session = await login(user.email, user.password);
    const response = await client.call(endpoints.logout, { cookie: session.cookie });
    expectSuccess(response, endpoints.logout);
    expect(response.headers.getSetCookie().join('\n')).toMatch(/oa_session=;/);
    expectError(await client.call(endpoints.me, { cookie: session.cookie }), 401, 'UNAUTHENTICATED');
  });

  it.each([
    ['an unknown session token', { auth: 'oas_not-a-real-session-token' }],
    ['a random string', { auth: 'hello' }],
    ['an unknown API token', { auth: 'oat_not-a-real-api-token' }],
    ['a malformed Authorization header', { headers: { authorization: 'Basic dXNlcjpwYXNz' } }],
    ['an unknown session cookie', { cookie: 'oa_session=oas_forged' }],
  ])('%s answers 401', async (_label, credentials) => {
    expectError(await client.call(endpoints.me, credentials), 401, 'UNAUTHENTICATED');
  });

  it('a wrong password answers 401 INVALID_CREDENTIALS, the same as an unknown email', async () => {
    const user = await registerUser(client, 'Wrong Password');
    expectError(await client.call(endpoints.login, { json: { email: user.email, password: 'not the password' } }), 401, 'INVALID_CREDENTIALS');
    expectError(await client.call(endpoints.login, { json: { email: `nobody.${Date.now()}@example.com`, password: 'not the password' } }), 401, 'INVALID_CREDENTIALS');
  });
});

describe('API tokens', () => {
  let world: World;

  beforeAll(async () => {
    world = await setupWorld(client);
  });

  it('a read token reads and a write token writes in its workspace', async () => {
    expectSuccess(await client.call(endpoints.getProject, { auth: world.readToken.token, params: { projectId: world.project.id } }), endpoints.getProject);
    const updated = expectSuccess<Project>(
      await client.call(endpoints.updateProject, { auth: world.writeToken.token, params: { projectId: world.project.id }, json: { description: 'Updated by a token' } }),
      endpoints.updateProject,
    );
    expect(updated.description).toBe('Updated by a token');
  });

  it('a revoked token answers 401', async () => {
    const params = { workspaceId: world.workspaceA.id };
    const token = expectSuccess<CreatedApiToken>(await client.call(endpoints.createApiToken, { auth: world.ownerA.token, params, json: { name: 'Short-lived', scope: 'read' } }), endpoints.createApiToken);
    expectSuccess(await client.call(endpoints.listWorkspaces, { auth: token.token }), endpoints.listWorkspaces);
    expectSuccess(await client.call(endpoints.revokeApiToken, { auth: world.ownerA.token, params: { ...params, tokenId: token.id } }), endpoints.revokeApiToken);
    expectError(await client.call(endpoints.listWorkspaces, { auth: token.token }), 401, 'UNAUTHENTICATED');
    expectError(await client.call(endpoints.getProject, { auth: token.token, params: { projectId: world.project.id } }), 401, 'UNAUTHENTICATED');
    const listed = expectSuccess<{ items: ApiToken[] }>(await client.call(endpoints.listApiTokens, { auth: world.ownerA.token, params }), endpoints.listApiTokens);
    expect(listed.items.map((item) => item.id)).not.toContain(token.id);
  });

  it('a token is bound to its workspace: it cannot see another workspace its user belongs to (404)', async () => {
    // ownerA joins workspace B, so their session sees B; their tokens for A must not.
    expectSuccess(
      await client.call(endpoints.addMember, { auth: world.ownerB.token, params: { workspaceId: world.workspaceB.id }, json: { email: world.ownerA.email, role: 'researcher' } }),
      endpoints.addMember,
    );
    const inB = { projectId: world.projectB.id };
    expectSuccess(await client.call(endpoints.getProject, { auth: world.ownerA.token, params: inB }), endpoints.getProject);
    for (const token of [world.readToken.token, world.writeToken.token]) {
      expectError(await client.call(endpoints.getProject, { auth: token, params: inB }), 404, 'PROJECT_NOT_FOUND');
      expectError(await client.call(endpoints.listProjects, { auth: token, params: { workspaceId: world.workspaceB.id } }), 404, 'WORKSPACE_NOT_FOUND');
      expectError(await client.call(endpoints.listMembers, { auth: token, params: { workspaceId: world.workspaceB.id } }), 404, 'WORKSPACE_NOT_FOUND');
    }
    expectError(await client.call(endpoints.updateProject, { auth: world.writeToken.token, params: inB, json: { name: 'Hijacked' } }), 404, 'PROJECT_NOT_FOUND');

    const bySession = expectSuccess<{ items: Workspace[] }>(await client.call(endpoints.listWorkspaces, { auth: world.ownerA.token }), endpoints.listWorkspaces);
    expect(bySession.items.map((workspace) => workspace.id).sort()).toEqual([world.workspaceA.id, world.workspaceB.id].sort());
    const byToken = expectSuccess<{ items: Workspace[] }>(await client.call(endpoints.listWorkspaces, { auth: world.readToken.token }), endpoints.listWorkspaces);
    expect(byToken.items.map((workspace) => workspace.id)).toEqual([world.workspaceA.id]);
    const me = expectSuccess<MeResponse>(await client.call(endpoints.me, { auth: world.readToken.token }), endpoints.me);
    expect(me.workspaces.map((workspace) => workspace.id)).toEqual([world.workspaceA.id]);
  });

  it('a read token cannot change membership, not even to leave the workspace itself', async () => {
    const researcher = await registerUser(client, 'Researcher A');
    const params = { workspaceId: world.workspaceA.id };
    expectSuccess(await client.call(endpoints.addMember, { auth: world.ownerA.token, params, json: { email: researcher.email, role: 'researcher' } }), endpoints.addMember);
    const token = expectSuccess<CreatedApiToken>(await client.call(endpoints.createApiToken, { auth: researcher.token, params, json: { name: 'Read only', scope: 'read' } }), endpoints.createApiToken);
    expectError(await client.call(endpoints.removeMember, { auth: token.token, params: { ...params, userId: researcher.user.id } }), 403);
    const members = expectSuccess<Page<Member>>(await client.call(endpoints.listMembers, { auth: world.ownerA.token, params }), endpoints.listMembers);
    expect(members.items.map((member) => member.userId)).toContain(researcher.user.id);
  });

  it('an API token cannot mint, list or revoke API tokens, nor create workspaces (403)', async () => {
    const params = { workspaceId: world.workspaceA.id };
    const token = world.writeToken.token;
    expectError(await client.call(endpoints.listApiTokens, { auth: token, params }), 403);
    expectError(await client.call(endpoints.createApiToken, { auth: token, params, json: { name: 'Escalate', scope: 'write' } }), 403);
    expectError(await client.call(endpoints.revokeApiToken, { auth: token, params: { ...params, tokenId: world.readToken.id } }), 403);
    expectError(await client.call(endpoints.createWorkspace, { auth: token, json: { name: 'Escape' } }), 403);
  });

  it('the secret is shown once: lists show only its prefix', async () => {
    const listed = expectSuccess<{ items: ApiToken[] }>(await client.call(endpoints.listApiTokens, { auth: world.ownerA.token, params: { workspaceId: world.workspaceA.id } }), endpoints.listApiTokens);
    const read = listed.items.find((item) => item.id === world.readToken.id);
    expect(read).toMatchObject({ scope: 'read', name: 'BI export' });
    expect(JSON.stringify(listed)).not.toContain(world.readToken.token);
    expect(world.readToken.token.startsWith(read?.prefix ?? '?')).toBe(true);
  });
});
