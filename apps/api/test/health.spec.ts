import { describe, expect, it } from 'vitest';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

describe('health', () => {
  it('reports the database as up without credentials', async () => {
    const response = await ctx.client.request('GET', '/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', checks: { database: { status: 'up', embedded: false } } });
  });

  it('sends security headers computed by helmet on every response', async () => {
    const response = await ctx.client.request('GET', '/api/health');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-powered-by']).toBeUndefined();
    const error = await ctx.client.request('GET', '/api/v1/workspaces');
    expect(error.headers['x-content-type-options']).toBe('nosniff');
  });

  it('adds a request id to every error and hides internals', async () => {
    const response = await ctx.client.request('POST', '/api/v1/auth/login', { payload: '{not json', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('INVALID_JSON');
    expect(response.body.error.requestId).toMatch(/[0-9a-f-]{36}/);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js|SyntaxError/);
  });

  it('rejects other media types with 415', async () => {
    const response = await ctx.client.request('POST', '/api/v1/auth/login', { payload: '<email>a</email>', headers: { 'content-type': 'application/xml' } });
    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
