import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ImportRatingsQuery, RejectedLine } from '@outcome-atlas/contracts';
import { CsvError, parse, type InfoRecord } from 'csv-parse';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { CsvUpload } from './csv-upload.js';
import { HeaderRejected, planStaging, STAGING_COPY_SQL, type ImportOutcome, type StagingLayout } from './import-staging.js';
import { importRejected, importTooLarge } from './ratings.errors.js';
import { csvParseProblem } from './csv-parse-problem.js';
import { TooManyAnswerCells } from './import-answers.js';
import { guardUpload, uploadStopped } from './guarded-upload.js';
import { UploadTooLargeError, type UploadGuard } from './upload-guard.js';

export type StagedFile = { header: string[]; layout: StagingLayout; lines: number };

// Far above any real line (a wide line of 10,000 outcomes is ~60 kB) and small enough that garbage without a
// line break is refused after a megabyte, not after the whole file is buffered.
const MAX_LINE_CHARS = 1 << 20;
const COPY_CHUNK_CHARS = 1 << 16;

/**
 * Streams the upload through the guard (size, UTF-8) and the CSV parser into `COPY import_lines FROM STDIN`,
 * with backpressure all the way, so memory stays flat whatever the file size. The first problem that stops the
 * stream (bad header, broken CSV structure, binary bytes) becomes a 422 naming its line.
 */
export async function streamToStaging(
  client: pg.ClientBase,
  upload: CsvUpload,
  options: { format: ImportRatingsQuery['format']; outcomes: readonly ImportOutcome[]; maxBytes: number; maxCells: number; idleSeconds: number },
): Promise<StagedFile> {
  const state: { staged: StagedFile | null } = { staged: null };
  // Each record comes out of the parser as its staged COPY text (wrapped: csv-parse's types want records out).
  const onRecord = (record: string[], context: InfoRecord): [string] | null => {
    if (!state.staged) {
      state.staged = { header: record, layout: planStaging(options.format, record, options.outcomes, options.maxCells), lines: 0 };
      return null;
    }
    state.staged.lines += 1;
    return [state.staged.layout.rows(record, context.lines)];
  };
  // A client that goes away or stalls mid-upload must fail the import, not leave the COPY waiting for the rest.
  const { guard, detach } = guardUpload(upload, options.maxBytes, options.idleSeconds);
  try {
    await pipeline(
      guard,
      parse({ bom: true, skip_empty_lines: true, max_record_size: MAX_LINE_CHARS, on_record: onRecord }),
      new CopyChunks(),
      client.query(copyFrom(STAGING_COPY_SQL)),
    );
  } catch (error) {
    upload.abandon();
    throw uploadStopped(error, options.idleSeconds) ?? streamError(error, guard, options.maxBytes);
  } finally {
    detach();
  }
  if (guard.problem) throw rejectedAt(guard.problem);
  const staged = state.staged;
  if (!staged) throw rejectedAt({ line: 1, code: 'EMPTY_FILE', reason: 'The file is empty; the first line must be the header' });
  return staged;
}

/** Joins the parser's rows into chunks of about 64 kB: one COPY message per row would cost more than the row. */
class CopyChunks extends Transform {
  private rows: string[] = [];
  private size = 0;

  constructor() {
    super({ writableObjectMode: true });
  }

  override _transform([rows]: [string], _encoding: BufferEncoding, callback: TransformCallback): void {
    this.rows.push(rows);
    this.size += rows.length;
    if (this.size >= COPY_CHUNK_CHARS) this.flushRows();
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (this.size > 0) this.flushRows();
    callback();
  }

  private flushRows(): void {
    this.push(this.rows.join(''));
    this.rows = [];
    this.size = 0;
  }
}

const rejectedAt = (problem: Omit<RejectedLine, 'column'> & { column?: string | null }) =>
  importRejected({ rejectedCount: 1, rejected: [{ column: null, ...problem }] });

function streamError(error: unknown, guard: UploadGuard, maxBytes: number): unknown {
  if (error instanceof UploadTooLargeError) return importTooLarge(maxBytes);
  if (error instanceof TooManyAnswerCells) {
    return rejectedAt({
      line: error.line,
      code: 'TOO_MANY_ANSWER_CELLS',
      reason: `${error.respondents.toLocaleString('en')} respondents × ${error.outcomes.toLocaleString('en')} outcomes is more than the ${error.limit.toLocaleString('en')} answer cells one import takes (RATINGS_IMPORT_MAX_ANSWER_CELLS); split the file by respondents`,
    });
  }
  if (error instanceof HeaderRejected) return importRejected({ rejectedCount: error.rejected.length, rejected: error.rejected });
  return error instanceof CsvError ? rejectedAt(csvParseProblem(error, guard, MAX_LINE_CHARS)) : error;
}
