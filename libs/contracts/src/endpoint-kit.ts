import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/**
 * One HTTP endpoint: the single description that the API validates against,
 * the OpenAPI document is generated from, and the web client parses with.
 */
export type Endpoint = {
  method: HttpMethod;
  /** Path under the server root, with `:param` placeholders. */
  path: string;
  summary: string;
  /** Longer OpenAPI description, for behaviour the summary cannot say (ranking, pagination, formats). */
  description?: string;
  tag: string;
  /** `public` needs no credentials; `user` needs a session or token. */
  auth: 'public' | 'user';
  query?: z.ZodType;
  body?: z.ZodType;
  /** The body is multipart/form-data with a `file` part (and an optional JSON `metadata` part). */
  multipart?: z.ZodType;
  /** The body may also be CSV: `text/csv`, or a multipart upload with one `file` part; streamed, never buffered whole. */
  csvBody?: true;
  /** The success rows can also be answered as CSV (`Accept: text/csv` or `?format=csv`). */
  csvResponse?: true;
  /** The response carries an `ETag`; `If-None-Match` with it answers 304 without a body. */
  etag?: true;
  /** Success status and its body schema (null: no body). */
  success: { status: 200 | 201 | 202 | 204; schema: z.ZodType | null };
  /** Error statuses this endpoint documents (body: Error). */
  errors: readonly number[];
};

export const v1 = '/api/v1';
export const authErrors = [401, 403, 404] as const;
export const ok = <S extends z.ZodType>(schema: S) => ({ status: 200 as const, schema });
export const created = <S extends z.ZodType>(schema: S) => ({ status: 201 as const, schema });
export const noContent = { status: 204 as const, schema: null };
export const accepted = <S extends z.ZodType>(schema: S) => ({ status: 202 as const, schema });

