import { Headers } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';

/** The raw `If-Match` request header, for writes that take the outcome version from it. */
export const IfMatch = () => Headers('if-match');

/** `"3"`, `W/"3"` or `3`: the version an outcome's ETag carries. */
const VERSION_TAG = /^(?:W\/)?"?(\d{1,9})"?$/;

/**
 * The version a write was based on, from the body's `version` or the `If-Match` header (the outcome's
 * ETag). Either is enough; when both are sent they must agree, so a client never races itself.
 */
export function withVersion<T extends { version?: number | undefined }>(body: T, ifMatch: string | undefined): T & { version: number } {
  const header = ifMatch?.trim();
  const fromHeader = header ? Number(VERSION_TAG.exec(header)?.[1] ?? Number.NaN) : undefined;
  if (fromHeader !== undefined && !(fromHeader >= 1)) {
    throw new AppError(400, 'INVALID_IF_MATCH', 'If-Match must be the outcome\'s ETag, e.g. "3" (its version)');
  }
  if (body.version !== undefined && fromHeader !== undefined && body.version !== fromHeader) {
    throw new AppError(400, 'VERSION_MISMATCH', `The body says version ${body.version} but If-Match says ${fromHeader}; send one`);
  }
  const version = body.version ?? fromHeader;
  if (version === undefined) {
    throw new AppError(400, 'VERSION_REQUIRED', 'Send the version you read, as `version` in the body or as an If-Match header with the outcome\'s ETag');
  }
  return { ...body, version };
}

/** The ETag of an outcome: its version, which every write increments. */
export const outcomeETag = (version: number) => `"${version}"`;
