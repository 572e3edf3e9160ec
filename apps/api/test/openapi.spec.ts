import { endpoints } from '@outcome-atlas/contracts';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './test-app.js';

const ctx = useTestApp();

// Served by infrastructure rather than feature controllers.
const INFRASTRUCTURE_ROUTES = ['/api/openapi.json', '/api/docs', '/*'];

describe('OpenAPI', () => {
  it('documents every API route the server registers, and nothing it does not', async () => {
    const registered = ctx.created.routes
      .filter((route) => route.method !== 'HEAD' && route.url.startsWith('/api/') && !INFRASTRUCTURE_ROUTES.some((prefix) => route.url.startsWith(prefix)))
      .map((route) => `${route.method} ${route.url}`);
    const documented = Object.values(endpoints).map((endpoint) => `${endpoint.method} ${endpoint.path}`);
    expect([...new Set(registered)].sort()).toEqual([...documented].sort());
  });

  it('serves an OpenAPI 3.1 document whose operations all have schemas, examples where bodies exist, and error responses', async () => {
    const response = await ctx.client.request('GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    const document = response.body;
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.values(document.paths as Record<string, Record<string, any>>).flatMap((methods) => Object.values(methods));
    expect(operations).toHaveLength(Object.keys(endpoints).length);
    for (const operation of operations) {
      expect(operation.summary).toBeTruthy();
      const success = Object.entries(operation.responses).find(([status]) => status.startsWith('2'));
      expect(success, operation.operationId).toBeDefined();
      if (operation.requestBody?.content['application/json']) {
        const schema = operation.requestBody.content['application/json'].schema;
        const target = schema.$ref ? document.components.schemas[schema.$ref.split('/').pop()] : schema;
        expect(target.example ?? target.examples, `${operation.operationId} body example`).toBeDefined();
      }
    }
    expect(document.components.schemas.Error).toBeDefined();
    expect(document.paths['/api/v1/projects/{projectId}/interviews'].post.requestBody.content['multipart/form-data']).toBeDefined();
  });

  it('serves Swagger UI', async () => {
    const response = await ctx.client.request('GET', '/api/docs');
    expect(response.status).toBe(200);
    expect(String(response.headers['content-type'])).toContain('text/html');
  });

  it('answers unknown API routes with the JSON error shape', async () => {
    const response = await ctx.client.request('GET', '/api/v1/nope');
    expect(response.status).toBe(404);
    expect(response.body.error).toMatchObject({ code: 'NOT_FOUND', message: 'No such route' });
  });
});
