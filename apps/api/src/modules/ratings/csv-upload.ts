import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { importInvalidUpload, importTooLarge, importUnsupportedMediaType } from './ratings.errors.js';

/**
 * Lets routes accept `text/csv` bodies they read themselves: Fastify hands over the request stream unread, so
 * the handler can check access before a byte is read and stream the file without buffering it.
 */
export function registerCsvBodyParser(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('text/csv', (_request, payload, done) => done(null, payload));
}

export type CsvUpload = {
  stream: Readable;
  /**
   * Stops reading. A multipart file part is destroyed (busboy then lets go of the request); a text/csv body is
   * only left paused, because destroying the request would close the socket the answer goes out on.
   */
  abandon(): void;
};

const UTF8_CHARSET = /^utf-?8$/i;

/** The CSV of an import request: a text/csv body, or the `file` part of a multipart upload. Starts reading. */
export async function openCsvUpload(request: FastifyRequest, maxBytes: number): Promise<CsvUpload> {
  if (request.isMultipart()) {
    // One byte over the limit reaches the upload guard, which answers 413 the same way for both kinds of body.
    const part = await request.file({ limits: { fileSize: maxBytes + 1, files: 1 } });
    if (!part) throw importInvalidUpload('The upload has no file; send the CSV in the form field "file"');
    if (part.fieldname !== 'file') {
      part.file.destroy();
      throw importInvalidUpload('Send the CSV in the form field "file"');
    }
    return { stream: part.file, abandon: () => part.file.destroy() };
  }
  const body = request.body;
  const charset = /charset=("?)([^";\s]+)\1/i.exec(request.headers['content-type'] ?? '')?.[2];
  if (!(body instanceof Readable) || (charset !== undefined && !UTF8_CHARSET.test(charset))) throw importUnsupportedMediaType();
  if (Number(request.headers['content-length']) > maxBytes) throw importTooLarge(maxBytes);
  return { stream: body, abandon: () => body.pause() };
}
