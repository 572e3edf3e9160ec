import { endpoints } from '@outcome-atlas/contracts';
import { describe, expect, it } from 'vitest';
import { sharedClient } from '../support/users.js';

const client = sharedClient();

type OpenApiDocument = { openapi: string; paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> };

describe('API documentation', () => {
  it('GET /api/openapi.json is OpenAPI 3.1 with every endpoint of the contract', async () => {
    const response = await client.request('GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    const document = response.body as OpenApiDocument;
    expect(document.openapi).toMatch(/^3\.1\./);
    for (const [name, endpoint] of Object.entries(endpoints)) {
      const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[path]?.[endpoint.method.toLowerCase()];
      expect(operation, `${name}: ${endpoint.method} ${path}`).toBeDefined();
      const statuses = Object.keys(operation?.responses ?? {});
      expect(statuses, `${name} responses`).toContain(String(endpoint.success.status));
      for (const status of endpoint.errors) expect(statuses, `${name} documents ${status}`).toContain(String(status));
    }
  });

  it('GET /api/docs serves the HTML documentation', async () => {
    const response = await client.request('GET', '/api/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.text).toMatch(/<html/i);
  });

  it('an unknown API route answers 404 in the error shape', async () => {
    const response = await client.request('GET', '/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
  });
});
