import { endpoints, errorBodySchema, type Endpoint } from '@outcome-atlas/contracts';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No content', 304: 'Not modified', 400: 'Invalid request', 401: 'No or invalid credentials',
  403: 'Role or token scope does not allow this', 404: 'Not found, or in a workspace the caller does not belong to', 409: 'Conflict',
  413: 'Too large', 415: 'Unsupported file or media type', 422: 'Understood but cannot be processed', 429: 'Too many requests', 503: 'Unavailable',
};

/** Converts a zod contract to JSON Schema, moving named (meta id) schemas into `components.schemas`. */
class SchemaCollector {
  readonly components: Record<string, JsonSchema> = {};

  convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
    const { $defs = {}, $schema: _ignored, ...root } = json;
    const renames = new Map<string, string>();
    for (const [id, definition] of Object.entries($defs)) {
      const existing = this.components[id];
      const name = existing && JSON.stringify(existing) !== JSON.stringify(definition) ? `${id}${io === 'input' ? 'Input' : 'Output'}` : id;
      renames.set(id, name);
    }
    const relink = (value: JsonSchema): JsonSchema =>
      JSON.parse(JSON.stringify(value).replace(/"#\/\$defs\/([^"]+)"/g, (_match, id: string) => `"#/components/schemas/${renames.get(id) ?? id}"`));
    for (const [id, definition] of Object.entries($defs)) this.components[renames.get(id) ?? id] = relink(definition);
    return relink(root);
  }
}

function parameters(endpoint: Endpoint, collector: SchemaCollector) {
  const pathParams = [...endpoint.path.matchAll(/:(\w+)/g)].map((match) => ({
    name: match[1],
    in: 'path',
    required: true,
    schema: { type: 'string', format: 'uuid' },
  }));
  if (!endpoint.query) return pathParams;
  const query = collector.convert(endpoint.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  const queryParams = Object.entries(query.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: query.required?.includes(name) ?? false,
    ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
    schema,
  }));
  return [...pathParams, ...queryParams];
}

function requestBody(endpoint: Endpoint, collector: SchemaCollector) {
  if (!endpoint.body && !endpoint.multipart && !endpoint.csvBody) return undefined;
  const content: Record<string, unknown> = {};
  if (endpoint.body) content['application/json'] = { schema: collector.convert(endpoint.body, 'input') };
  if (endpoint.csvBody) {
    content['text/csv'] = { schema: { type: 'string', description: 'The CSV file, UTF-8, first line the header' } };
    content['multipart/form-data'] = {
      schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'The CSV file' } } },
    };
  }
  if (endpoint.multipart) {
    content['multipart/form-data'] = {
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary', description: 'The transcript: .txt, .md, .vtt, .srt or .docx' },
          metadata: { ...collector.convert(endpoint.multipart, 'input'), description: 'Optional JSON string with interview metadata' },
        },
      },
    };
  }
  return { required: true, content };
}

function successResponse(endpoint: Endpoint, collector: SchemaCollector) {
  const description = STATUS_TEXT[endpoint.success.status];
  if (!endpoint.success.schema) return { description };
  const content: Record<string, unknown> = { 'application/json': { schema: collector.convert(endpoint.success.schema, 'output') } };
  if (endpoint.csvResponse) {
    content['text/csv'] = { schema: { type: 'string', description: 'The same rows as RFC 4180 CSV with a header line; cells that a spreadsheet would run as a formula are quoted with a leading apostrophe' } };
  }
  const headers = endpoint.etag
    ? { headers: { ETag: { description: 'Send it back as If-None-Match to get 304 while nothing changed', schema: { type: 'string' } } } }
    : {};
  return { description, ...headers, content };
}

/** The OpenAPI 3.1 document, generated from the same contracts the server validates with. */
export function buildOpenApiDocument(version: string) {
  const collector = new SchemaCollector();
  const errorSchema = collector.convert(errorBodySchema, 'output');
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
    const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
    const success = successResponse(endpoint, collector);
    const errors = Object.fromEntries(
      endpoint.errors.map((status) => [String(status), { description: STATUS_TEXT[status] ?? 'Error', content: { 'application/json': { schema: errorSchema } } }]),
    );
    const body = requestBody(endpoint, collector);
    paths[path] = {
      ...paths[path],
      [endpoint.method.toLowerCase()]: {
        operationId,
        summary: endpoint.summary,
        ...(endpoint.description ? { description: endpoint.description } : {}),
        tags: [endpoint.tag],
        security: endpoint.auth === 'public' ? [] : [{ bearer: [] }, { cookie: [] }],
        parameters: parameters(endpoint, collector),
        ...(body ? { requestBody: body } : {}),
        responses: { [String(endpoint.success.status)]: success, ...(endpoint.etag ? { 304: { description: STATUS_TEXT[304] } } : {}), ...errors },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Outcome Atlas API',
      version,
      description:
        'Jobs-to-be-Done research repository. Authenticate with the session cookie (browser) or `Authorization: Bearer <token>` (a session token from login, or a personal API token). Lists use cursor pagination (`?limit=&cursor=` -> `{ items, nextCursor }`); errors are `{ error: { code, message, details? } }`.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: collector.components,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'Session token from /auth/login or a personal API token (oat_...)' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'oa_session' },
      },
    },
    paths,
  };
}
