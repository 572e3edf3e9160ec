import { endpoints, healthSchema } from '@outcome-atlas/contracts';
import { describe, expect, it } from 'vitest';
import { sharedClient } from '../support/users.js';

const client = sharedClient();

// Over a real socket, GET /api/health is answered by the server's fast path; HEAD and in-process
// requests go through Fastify. Both must give the same contract and headers.
describe('health over HTTP', () => {
  it('answers GET with the contract body and the REST security headers', async () => {
    const response = await client.request('GET', endpoints.health.path);
    expect(response.status).toBe(200);
    expect(healthSchema.parse(response.body)).toMatchObject({ status: 'ok', checks: { database: { status: 'up' } } });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(response.text));
  });

  it('answers HEAD and a query string through the framework with the same status and headers', async () => {
    const head = await fetch(new URL(endpoints.health.path, client.baseUrl), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('x-content-type-options')).toBe('nosniff');
    const withQuery = await client.request('GET', `${endpoints.health.path}?verbose=1`);
    expect(withQuery.status).toBe(200);
    expect(healthSchema.parse(withQuery.body).status).toBe('ok');
  });
});
