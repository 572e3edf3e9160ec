import { parentPort } from 'node:worker_threads';
import { DomainInputError, segmentRespondents } from '@outcome-atlas/domain';
import { decodeRatingMatrix } from './rating-matrix.query.js';
import type { SegmentationJob, SegmentationOutcome } from './segment-off-thread.js';

// One segmentation per worker: decode the matrix, cluster it, send the result (or the error) back.
parentPort?.once('message', (job: SegmentationJob) => {
  let outcome: SegmentationOutcome;
  try {
    outcome = { ok: true, result: segmentRespondents(decodeRatingMatrix(job.encoded), job.options) };
  } catch (error) {
    outcome =
      error instanceof DomainInputError
        ? { ok: false, domain: { code: error.code, field: error.field, message: error.message } }
        : { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(outcome);
});
