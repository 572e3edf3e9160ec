import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { RejectedLine } from '@outcome-atlas/contracts';
import { CsvError, parse, type InfoRecord } from 'csv-parse';
import type { CsvUpload } from '../ratings/csv-upload.js';
import { csvParseProblem } from '../ratings/csv-parse-problem.js';
import { guardUpload, uploadStopped } from '../ratings/guarded-upload.js';
import { UploadTooLargeError, type UploadGuard } from '../ratings/upload-guard.js';
import { HeaderRejected, type MeasurementCsvReader } from './kpi-import-lines.js';
import { kpiImportRejected, kpiImportTooLarge, kpiImportTooManyRows } from './kpis.errors.js';

// A line of a KPI file is a few dozen characters; anything longer than this is not one.
const MAX_LINE_CHARS = 1 << 16;

class TooManyRows extends Error {}

/**
 * Streams the upload through the guard (size, UTF-8) and the CSV parser into `reader`, record by
 * record with backpressure: the header first, then each data line with its line number. Stops at the
 * first problem that makes the rest unreadable (bad header, broken CSV, binary bytes, too many lines);
 * problems of single lines are the reader's to collect. Answers the number of data lines.
 */
export async function readMeasurementCsv(upload: CsvUpload, reader: MeasurementCsvReader, limits: { maxBytes: number; maxRows: number; idleSeconds: number }): Promise<number> {
  let header = false;
  let rows = 0;
  const onRecord = (record: string[], context: InfoRecord): null => {
    if (!header) {
      header = true;
      reader.header(record);
    } else {
      rows += 1;
      if (rows > limits.maxRows) throw new TooManyRows();
      reader.row(record, context.lines);
    }
    return null;
  };
  // A client that goes away or stalls mid-upload must fail the import, not leave the parser waiting for the rest.
  const { guard, detach } = guardUpload(upload, limits.maxBytes, limits.idleSeconds);
  try {
    await pipeline(
      guard,
      parse({ bom: true, skip_empty_lines: true, max_record_size: MAX_LINE_CHARS, on_record: onRecord }),
      // Every record is handled in onRecord; this end only lets the pipeline finish.
      new Writable({ objectMode: true, write: (_record, _encoding, done) => done() }),
    );
  } catch (error) {
    upload.abandon();
    throw uploadStopped(error, limits.idleSeconds) ?? streamError(error, guard, limits);
  } finally {
    detach();
  }
  if (guard.problem) throw rejectedAt(guard.problem);
  if (!header) throw rejectedAt({ line: 1, code: 'EMPTY_FILE', reason: 'The file is empty; the first line must be the header' });
  if (rows === 0) throw rejectedAt({ line: 2, code: 'NO_DATA', reason: 'The file has a header but no data lines' });
  return rows;
}

const rejectedAt = (problem: Omit<RejectedLine, 'column'>) => kpiImportRejected({ rejectedCount: 1, rejected: [{ column: null, ...problem }] });

function streamError(error: unknown, guard: UploadGuard, limits: { maxBytes: number; maxRows: number }): unknown {
  if (error instanceof UploadTooLargeError) return kpiImportTooLarge(limits.maxBytes);
  if (error instanceof TooManyRows) return kpiImportTooManyRows(limits.maxRows);
  if (error instanceof HeaderRejected) return kpiImportRejected({ rejectedCount: error.rejected.length, rejected: error.rejected });
  return error instanceof CsvError ? rejectedAt(csvParseProblem(error, guard, MAX_LINE_CHARS)) : error;
}
