import { errorBodySchema } from '@outcome-atlas/contracts';

export type FieldIssue = { path: string; message: string };

/** Every failed API call rejects with this: the server's `{ error: { code, message, ... } }`, typed. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  readonly requestId: string | undefined;

  constructor(init: { status: number; code: string; message: string; details?: unknown; requestId?: string | undefined }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.requestId = init.requestId;
  }

  /** Validation errors carry `details: [{ path, message }]`; anything else yields no field issues. */
  get fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.flatMap((entry: unknown) => {
      if (typeof entry !== 'object' || entry === null) return [];
      const { path, message } = entry as { path?: unknown; message?: unknown };
      if (typeof message !== 'string') return [];
      const joined = Array.isArray(path) ? path.join('.') : typeof path === 'string' ? path : '';
      return [{ path: joined, message }];
    });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Turns an error answer (status + raw body text) into an ApiError, whatever the body looks like. */
export function apiErrorFromResponse(status: number, statusText: string, bodyText: string): ApiError {
  let body: unknown;
  try {
    body = bodyText ? JSON.parse(bodyText) : null;
  } catch {
    body = null;
  }
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details, requestId } = parsed.data.error;
    return new ApiError({ status, code, message, details, requestId });
  }
  return new ApiError({ status, code: 'HTTP_ERROR', message: `The server answered ${status}${statusText ? ` ${statusText}` : ''}.` });
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
