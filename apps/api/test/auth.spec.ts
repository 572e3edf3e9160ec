import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

describe('auth', () => {
  it('registers a user with an owned workspace, an argon2id hash and an httpOnly SameSite session cookie', async () => {
    const response = await ctx.client.request('POST', '/api/v1/auth/register', { body: { email: ' Ada@Example.com ', password: 'correct horse battery', name: 'Ada' } });
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({ email: 'ada@example.com', name: 'Ada' });
    expect(response.body.workspace).toMatchObject({ name: "Ada's workspace", role: 'owner' });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/oa_session=oas_/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const client = new pg.Client({ connectionString: ctx.databaseUrl });
    await client.connect();
    const { rows } = await client.query('SELECT password_hash FROM users WHERE email = $1', ['ada@example.com']);
    await client.end();
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('rejects a second account with the same email (any case) with 409 EMAIL_TAKEN', async () => {
    await ctx.client.request('POST', '/api/v1/auth/register', { body: { email: 'bo@example.com', password: 'correct horse battery', name: 'Bo' } });
    const again = await ctx.client.request('POST', '/api/v1/auth/register', { body: { email: 'BO@example.com', password: 'another long password', name: 'Bo 2' } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('EMAIL_TAKEN');
  });

  it('validates registration input with field details', async () => {
    const response = await ctx.client.request('POST', '/api/v1/auth/register', { body: { email: 'not-an-email', password: 'short', name: '' } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(response.body.error.details.map((detail: { path: string }) => detail.path).sort()).toEqual(['email', 'name', 'password']);
  });

  it('logs in with the right password only, and the token works as a bearer and as a cookie', async () => {
    const { user } = await ctx.client.register('Cy');
    const wrong = await ctx.client.request('POST', '/api/v1/auth/login', { body: { email: user.email, password: 'wrong password!' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    const unknown = await ctx.client.request('POST', '/api/v1/auth/login', { body: { email: 'nobody@example.com', password: 'wrong password!' } });
    expect(unknown.status).toBe(401);
    const login = await ctx.client.request('POST', '/api/v1/auth/login', { body: { email: user.email, password: 'correct horse battery' } });
    expect(login.status).toBe(200);
    const viaBearer = await ctx.client.request('GET', '/api/v1/auth/me', { token: login.body.token });
    expect(viaBearer.body.user.id).toBe(user.id);
    const viaCookie = await ctx.client.request('GET', '/api/v1/auth/me', { headers: { cookie: `oa_session=${login.body.token}` } });
    expect(viaCookie.status).toBe(200);
    expect(viaCookie.body.workspaces).toHaveLength(1);
  });

  it('ends the session on logout', async () => {
    const { token } = await ctx.client.register('Di');
    expect((await ctx.client.request('POST', '/api/v1/auth/logout', { token })).status).toBe(204);
    const after = await ctx.client.request('GET', '/api/v1/auth/me', { token });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 for missing, malformed and unknown credentials', async () => {
    expect((await ctx.client.request('GET', '/api/v1/workspaces')).status).toBe(401);
    expect((await ctx.client.request('GET', '/api/v1/workspaces', { headers: { authorization: 'Basic abc' } })).status).toBe(401);
    expect((await ctx.client.request('GET', '/api/v1/workspaces', { token: 'oas_unknown' })).status).toBe(401);
    expect((await ctx.client.request('GET', '/api/v1/workspaces', { token: 'oat_unknown' })).status).toBe(401);
  });
});

describe('login throttling', () => {
  const limited = useTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '3' });

  it('answers 429 RATE_LIMITED after too many attempts for one email, and not for another email', async () => {
    const attempt = (email: string) => limited.client.request('POST', '/api/v1/auth/login', { body: { email, password: 'wrong password!' } });
    const statuses = [];
    for (let index = 0; index < 4; index += 1) statuses.push((await attempt('target@example.com')).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limitedResponse = await attempt('target@example.com');
    expect(limitedResponse.body.error.code).toBe('RATE_LIMITED');
    expect((await attempt('other@example.com')).status).toBe(401);
  });
});
