import { errorBodySchema, type Endpoint, type ErrorBody, type HttpMethod } from '@outcome-atlas/contracts';
import { expect } from 'vitest';

export type HttpResponse = { status: number; body: unknown; text: string; headers: Headers };

export type RequestOptions = {
  /** Bearer token (session token or API token). */
  auth?: string;
  /** Raw Cookie header, e.g. `oa_session=oas_...`. */
  cookie?: string;
  /** Sent as application/json. */
  json?: unknown;
  /** Sent as is (with `contentType`), or a FormData for multipart uploads. */
  body?: string | Uint8Array<ArrayBuffer> | FormData;
  contentType?: string;
  query?: Record<string, string | number | undefined>;
  headers?: Record<string, string>;
};

export type Params = Record<string, string>;

/** The path of an endpoint with its `:param` placeholders filled in. */
export function pathOf(endpoint: Pick<Endpoint, 'path'>, params: Params = {}): string {
  return endpoint.path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for :${name} in ${endpoint.path}`);
    return encodeURIComponent(value);
  });
}

/** A small HTTP client on fetch that never throws on error statuses. */
export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async request(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<HttpResponse> {
    const url = new URL(path, this.baseUrl);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const headers = new Headers(options.headers);
    if (options.auth !== undefined) headers.set('authorization', `Bearer ${options.auth}`);
    if (options.cookie !== undefined) headers.set('cookie', options.cookie);
    let body: string | Uint8Array<ArrayBuffer> | FormData | undefined = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers.set('content-type', 'application/json');
    } else if (options.contentType !== undefined) {
      headers.set('content-type', options.contentType);
    }
    const response = await fetch(url, { method, headers, body });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').includes('application/json');
    return { status: response.status, body: isJson && text !== '' ? (JSON.parse(text) as unknown) : text, text, headers: response.headers };
  }

  call(endpoint: Endpoint, options: RequestOptions & { params?: Params } = {}): Promise<HttpResponse> {
    const { params, ...rest } = options;
    return this.request(endpoint.method, pathOf(endpoint, params), rest);
  }
}

const describeResponse = (response: HttpResponse) => `HTTP ${response.status}: ${response.text.slice(0, 600)}`;

/**
 * Asserts the endpoint's success status and parses the body with its contract schema.
 * The contract types `success.schema` as a plain ZodType, so callers name the body type
 * they expect (e.g. `expectSuccess<Project>(...)`); the runtime parse keeps that honest.
 */
export function expectSuccess<T = unknown>(response: HttpResponse, endpoint: Endpoint): T {
  expect(response.status, describeResponse(response)).toBe(endpoint.success.status);
  const schema = endpoint.success.schema;
  if (schema === null) return undefined as T;
  const parsed = schema.safeParse(response.body);
  if (!parsed.success) throw new Error(`${endpoint.method} ${endpoint.path} answered a body that breaks its contract: ${parsed.error.message}\n${describeResponse(response)}`);
  return parsed.data as T;
}

/** Asserts an error status, the `{ error: { code, message } }` shape and, when given, the code. */
export function expectError(response: HttpResponse, status: number, code?: string): ErrorBody['error'] {
  expect(response.status, describeResponse(response)).toBe(status);
  const parsed = errorBodySchema.safeParse(response.body);
  if (!parsed.success) throw new Error(`Expected an error body, got: ${describeResponse(response)}`);
  expect(parsed.data.error.message.length).toBeGreaterThan(0);
  if (code !== undefined) expect(parsed.data.error.code, describeResponse(response)).toBe(code);
  return parsed.data.error;
}
