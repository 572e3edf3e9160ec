/**
 * OpenAI-shaped error answers. The SDK maps the HTTP status to its error class
 * (400 BadRequestError, 401 AuthenticationError, 404 NotFoundError, 429 RateLimitError,
 * >=500 InternalServerError) and exposes `error.code`, `error.param` and `error.type`
 * from this body, so callers can branch on them exactly as against the real API.
 */
export type OpenAIErrorBody = {
  error: { message: string; type: string; param: string | null; code: string | null };
};

/** An error answer ready to send: status, JSON body and any extra headers. */
export type ApiError = {
  status: number;
  body: OpenAIErrorBody;
  headers?: Record<string, string>;
};

export const apiError = (
  status: number,
  message: string,
  options: { type?: string; param?: string | null; code?: string | null; headers?: Record<string, string> } = {},
): ApiError => ({
  status,
  body: {
    error: {
      message,
      type: options.type ?? 'invalid_request_error',
      param: options.param ?? null,
      code: options.code ?? null,
    },
  },
  ...(options.headers ? { headers: options.headers } : {}),
});

/** 400 for a request the real API would refuse; `param` names the offending field as OpenAI does. */
export const invalidRequest = (message: string, param: string | null, code: string | null = null): ApiError =>
  apiError(400, message, { param, code });

export const missingParameter = (param: string): ApiError =>
  invalidRequest(`Missing required parameter: '${param}'.`, param, 'missing_required_parameter');

export const invalidType = (param: string, expected: string, value: unknown): ApiError =>
  invalidRequest(
    `Invalid type for '${param}': expected ${expected}, but got ${describeJsonType(value)} instead.`,
    param,
    'invalid_type',
  );

export const invalidValue = (param: string, message: string): ApiError =>
  invalidRequest(`Invalid value for '${param}': ${message}`, param, 'invalid_value');

/** How the real API names JSON types in its messages ("a string", "an array", ...). */
export const describeJsonType = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return Number.isInteger(value) ? 'an integer' : 'a decimal';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
};
