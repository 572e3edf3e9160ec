import type { Endpoint } from '@outcome-atlas/contracts';
import { ApiError, apiErrorFromResponse } from './api-error';
import { notifyUnauthorized } from './unauthorized';

export type PathParams = Record<string, string>;
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export type RequestOptions = {
  params?: PathParams;
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
};

/** Fills `:name` placeholders; a missing parameter is a programming error. */
export function buildPath(path: string, params: PathParams = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}

export function buildUrl(endpoint: Pick<Endpoint, 'path'>, params?: PathParams, query?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const qs = search.toString();
  return `${buildPath(endpoint.path, params)}${qs ? `?${qs}` : ''}`;
}

/**
 * Calls one endpoint from the shared contracts and parses the answer with its success schema,
 * so a response that drifts from the contract fails loudly instead of rendering garbage.
 * `T` names the contract type of that schema (the contracts' helpers erase it).
 */
export async function apiRequest<T>(endpoint: Endpoint, options: RequestOptions = {}): Promise<T> {
  const url = buildUrl(endpoint, options.params, options.query);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(url, {
      method: endpoint.method,
      credentials: 'same-origin',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'Could not reach the server. Check your connection and try again.' });
  }

  if (!response.ok) {
    const error = apiErrorFromResponse(response.status, response.statusText, await response.text());
    if (response.status === 401 && endpoint.auth === 'user') notifyUnauthorized();
    throw error;
  }

  return parseSuccess<T>(endpoint, response.status, await response.text());
}

/** Shared with the XHR upload: validates a success body against the endpoint's contract. */
export function parseSuccess<T>(endpoint: Endpoint, status: number, bodyText: string): T {
  const schema = endpoint.success.schema;
  if (schema === null) return undefined as T;
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    throw new ApiError({ status, code: 'INVALID_RESPONSE', message: `${endpoint.method} ${endpoint.path} answered with a body that is not JSON.` });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError({
      status,
      code: 'CONTRACT_MISMATCH',
      message: `${endpoint.method} ${endpoint.path} answered with data that does not match the contract.`,
      details: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  }
  return parsed.data as T;
}
