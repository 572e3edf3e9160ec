import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { ErrorBody } from '@outcome-atlas/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { AppError } from './app-error.js';
import { zodIssuesToDetails } from './zod-validation.pipe.js';

type Mapped = { status: number; code: string; message: string; details?: unknown };

// Fastify's own errors (body parsing, size limits, multipart) carry a code and status.
const FASTIFY_CODES: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' },
  FST_REQ_FILE_TOO_LARGE: { code: 'FILE_TOO_LARGE', message: 'The uploaded file is too large' },
  FST_FILES_LIMIT: { code: 'TOO_MANY_FILES', message: 'Upload one file per request' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send JSON (application/json) or a multipart upload' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'INVALID_JSON', message: 'The JSON body is empty' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'INVALID_CONTENT_LENGTH', message: 'Content-Length does not match the body' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'INVALID_MULTIPART', message: 'The request is not a valid multipart upload' },
};

function map(exception: unknown): Mapped {
  if (exception instanceof AppError) return exception;
  if (exception instanceof ZodError) {
    return { status: 400, code: 'VALIDATION_FAILED', message: 'The request is invalid', details: zodIssuesToDetails(exception.issues) };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status === 404) return { status, code: 'NOT_FOUND', message: 'No such route' };
    if (status === 429) return { status, code: 'RATE_LIMITED', message: 'Too many requests; wait a moment and try again' };
    return { status, code: `HTTP_${status}`, message: exception.message };
  }
  const fastifyError = exception as { code?: string; statusCode?: number; message?: string };
  if (fastifyError && typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    const known = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
    if (fastifyError.statusCode === 429) return { status: 429, code: 'RATE_LIMITED', message: 'Too many attempts; wait a minute and try again' };
    if (fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fastifyError instanceof SyntaxError)) {
      return { status: 400, code: 'INVALID_JSON', message: 'The body is not valid JSON' };
    }
    return { status: fastifyError.statusCode, code: known?.code ?? 'BAD_REQUEST', message: known?.message ?? fastifyError.message ?? 'Bad request' };
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
    if (mapped.status >= 500) {
      this.logger.error({ err: exception, requestId: request.id, url: request.url }, 'Unhandled error');
    }
    const body: ErrorBody = {
      error: { code: mapped.code, message: mapped.message, ...(mapped.details === undefined ? {} : { details: mapped.details }), requestId: String(request.id) },
    };
    void reply.status(mapped.status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}
