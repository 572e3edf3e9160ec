import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { ErrorBody } from '@outcome-atlas/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { AppError } from './app-error.js';
import { zodIssuesToDetails } from './zod-validation.pipe.js';

type Mapped = { status: number; code: string; message: string; details?: unknown; headers?: Readonly<Record<string, string>> | undefined };

// Fastify's own errors (body parsing, size limits, multipart) carry a code and status;
// Nest re-throws some of them as HttpExceptions with the same status.
const FASTIFY_CODES: Record<string, { code: string; message: string }> = {
  FST_REQ_FILE_TOO_LARGE: { code: 'FILE_TOO_LARGE', message: 'The uploaded file is too large' },
  FST_FILES_LIMIT: { code: 'TOO_MANY_FILES', message: 'Upload one file per request' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'INVALID_MULTIPART', message: 'The request is not a valid multipart upload' },
};

const BY_STATUS: Record<number, { code: string; message: string }> = {
  404: { code: 'NOT_FOUND', message: 'No such route' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send JSON (application/json) or a multipart upload' },
  429: { code: 'RATE_LIMITED', message: 'Too many requests; wait a minute and try again' },
};

function mapClientError(status: number, message: string, fastifyCode?: string): Mapped {
  const known = (fastifyCode && FASTIFY_CODES[fastifyCode]) || BY_STATUS[status];
  if (known) return { status, ...known };
  if (status === 400 && /json/i.test(message)) return { status, code: 'INVALID_JSON', message: 'The body is not valid JSON' };
  return { status, code: status === 400 ? 'BAD_REQUEST' : `HTTP_${status}`, message };
}

function map(exception: unknown): Mapped {
  if (exception instanceof AppError) return exception;
  if (exception instanceof ZodError) {
    return { status: 400, code: 'VALIDATION_FAILED', message: 'The request is invalid', details: zodIssuesToDetails(exception.issues) };
  }
  if (exception instanceof HttpException && exception.getStatus() < 500) return mapClientError(exception.getStatus(), exception.message);
  const fastifyError = exception as { code?: string; statusCode?: number; message?: string } | null;
  if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return mapClientError(fastifyError.statusCode, fastifyError.message ?? 'Bad request', fastifyError.code);
  }
  return { status: 500, code: 'INTERNAL_ERROR', message: 'Something went wrong on our side; the error has been logged' };
}

/** The one place that turns exceptions into HTTP answers; 500s never leak internals. */
@Catch()
export class GlobalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const mapped = map(exception);
    // A deliberate 5xx (an AppError such as 503 busy) is an answer, not a failure to log.
    if (mapped.status >= 500 && !(exception instanceof AppError)) {
      this.logger.error({ err: exception, requestId: request.id, url: request.url }, 'Unhandled error');
    }
    const body: ErrorBody = {
      error: { code: mapped.code, message: mapped.message, ...(mapped.details === undefined ? {} : { details: mapped.details }), requestId: String(request.id) },
    };
    if (mapped.headers) void reply.headers(mapped.headers);
    void reply.status(mapped.status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
