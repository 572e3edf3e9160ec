import { describe, expect, it } from 'vitest';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

describe('health', () => {
  it('reports the database as up without credentials', async () => {
    const response = await ctx.client.request('GET', '/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: 'ok', checks: { database: { status: 'up', embedded: false }, queue: { status: 'up', workers: true } } });
  });

  it('sends the REST security headers on API answers', async () => {
    for (const url of ['/api/health', '/api/v1/workspaces']) {
      const response = await ctx.client.request('GET', url);
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['x-frame-options'], url).toBe('DENY');
      expect(response.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(response.headers['x-powered-by'], url).toBeUndefined();
    }
  });

  it('sends helmet\'s document policy on pages', async () => {
    const response = await ctx.client.request('GET', '/api/docs');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it('adds a request id to every error and hides internals', async () => {
    const response = await ctx.client.request('POST', '/api/v1/auth/login', { payload: '{not json', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('INVALID_JSON');
    expect(response.body.error.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-z]+$/);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js|SyntaxError/);
  });

  it('rejects other media types with 415', async () => {
    const response = await ctx.client.request('POST', '/api/v1/auth/login', { payload: '<email>a</email>', headers: { 'content-type': 'application/xml' } });
    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
