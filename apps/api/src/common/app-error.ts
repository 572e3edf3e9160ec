/**
 * A coded domain error. Services throw these; the global exception filter maps
 * them to `{ error: { code, message, details } }` with the given HTTP status.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Response headers the answer needs, e.g. Retry-After on a 503. */
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
  }
}

export const notFound = (what: string, code = `${what.toUpperCase().replace(/ /g, '_')}_NOT_FOUND`) =>
  new AppError(404, code, `${what[0]?.toUpperCase()}${what.slice(1)} not found`);

export const forbidden = (message = 'Your role in this workspace does not allow this') => new AppError(403, 'FORBIDDEN', message);

export const unauthenticated = (message = 'Log in or send a valid bearer token') => new AppError(401, 'UNAUTHENTICATED', message);

export const conflict = (code: string, message: string, details?: unknown) => new AppError(409, code, message, details);

export const unprocessable = (code: string, message: string, details?: unknown) => new AppError(422, code, message, details);
