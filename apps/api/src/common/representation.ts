import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A response body already serialised, so its ETag is the hash of exactly the bytes sent. */
export type Representation = { contentType: string; body: string; headers?: Record<string, string> };

export type ResponseFormat = 'json' | 'csv';

export const jsonRepresentation = (value: unknown): Representation => ({ contentType: 'application/json; charset=utf-8', body: JSON.stringify(value) });

export const csvRepresentation = (csv: string, filename: string): Representation => ({
  contentType: 'text/csv; charset=utf-8',
  body: csv,
  // The filename is built from ids and fixed words only, so it needs no escaping.
  headers: { 'content-disposition': `attachment; filename="${filename}"` },
});

/** Strong ETag: SHA-256 over the media type and the body, so JSON and CSV of the same rows differ. */
export function etagOf(representation: Representation): string {
  const hash = createHash('sha256').update(representation.contentType).update('\n').update(representation.body).digest('base64url');
  return `"${hash}"`;
}

/** RFC 9110 §13.1.2: If-None-Match uses the weak comparison, so `W/"x"` matches `"x"`; `*` matches any. */
export function ifNoneMatchHits(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = etag.replace(/^W\//, '');
  return [header]
    .flat()
    .flatMap((value) => value.split(','))
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag.replace(/^W\//, '') === opaque);
}

/** The q-value the Accept header gives a media type (exact type beats `type/*` beats `*\/*`); 1 without a header. */
function acceptQuality(accept: string, mediaType: string): number {
  const [type] = mediaType.split('/');
  let best: { specificity: number; q: number } = { specificity: -1, q: 0 };
  for (const range of accept.split(',')) {
    const [name = '', ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const specificity = name === mediaType ? 2 : name === `${type}/*` ? 1 : name === '*/*' ? 0 : -1;
    if (specificity <= best.specificity) continue;
    const qParameter = parameters.find((parameter) => parameter.startsWith('q='));
    const q = qParameter ? Number(qParameter.slice(2)) : 1;
    best = { specificity, q: Number.isFinite(q) ? q : 0 };
  }
  return best.q;
}

/**
 * `?format=` wins; otherwise CSV only when the Accept header prefers text/csv to application/json
 * (a browser's `*\/*` or no header at all gets JSON).
 */
export function negotiateFormat(format: ResponseFormat | undefined, accept: string | undefined): ResponseFormat {
  if (format) return format;
  if (!accept) return 'json';
  return acceptQuality(accept, 'text/csv') > acceptQuality(accept, 'application/json') ? 'csv' : 'json';
}

/**
 * Sends a representation with its ETag, or 304 without a body when If-None-Match names it. The client
 * revalidates every time (no-cache), so a changed rating is seen on the next request, never a stale copy.
 */
export function sendRepresentation(request: FastifyRequest, reply: FastifyReply, representation: Representation): FastifyReply {
  const etag = etagOf(representation);
  void reply.header('etag', etag).header('cache-control', 'private, no-cache').header('vary', 'Accept');
  if (ifNoneMatchHits(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.code(200).headers({ ...representation.headers, 'content-type': representation.contentType }).send(representation.body);
}
