import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoints, type Endpoint } from './endpoints.js';

const all = Object.entries(endpoints) as [string, Endpoint][];
const withBody = all.filter((entry): entry is [string, Endpoint & { body: z.ZodType }] => entry[1].body !== undefined);

describe('endpoint contracts', () => {
  it('has one endpoint per method and path, all under /api', () => {
    const keys = all.map(([, endpoint]) => `${endpoint.method} ${endpoint.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(all.every(([, endpoint]) => endpoint.path.startsWith('/api/'))).toBe(true);
  });

  it('documents 401 on every endpoint that needs credentials, and 404 on every endpoint with an id in the path', () => {
    for (const [name, endpoint] of all) {
      if (endpoint.auth === 'user') expect(endpoint.errors, name).toContain(401);
      if (/:\w+Id/.test(endpoint.path)) expect(endpoint.errors, name).toContain(404);
    }
  });

  it.each(withBody)('%s: the documented example satisfies the body schema', (_name, endpoint) => {
    const example = z.globalRegistry.get(endpoint.body)?.example;
    expect(example).toBeDefined();
    expect(endpoint.body.safeParse(example).success).toBe(true);
  });

  it.each(all.filter(([, endpoint]) => endpoint.success.schema && z.globalRegistry.get(endpoint.success.schema)?.example !== undefined))(
    '%s: the documented response example satisfies the response schema',
    (_name, endpoint) => {
      const schema = endpoint.success.schema!;
      expect(schema.safeParse(z.globalRegistry.get(schema)?.example).error).toBeUndefined();
    },
  );

  it.each(withBody)('%s: unknown body fields are rejected, not silently dropped', (_name, endpoint) => {
    const example = z.globalRegistry.get(endpoint.body)?.example as Record<string, unknown>;
    const result = endpoint.body.safeParse({ ...example, unexpectedField: 1 });
    expect(result.success).toBe(false);
  });
});
