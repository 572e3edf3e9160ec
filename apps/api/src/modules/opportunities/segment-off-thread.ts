import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainInputError, segmentRespondents, type SegmentationOptions, type SegmentationResult } from '@outcome-atlas/domain';
import { TurnQueue } from '../../common/turn-queue.js';
import { decodeRatingMatrix, type EncodedRatingMatrix } from './rating-matrix.query.js';

export type SegmentationJob = { encoded: EncodedRatingMatrix; options: SegmentationOptions };
export type SegmentationOutcome =
  | { ok: true; result: SegmentationResult }
  | { ok: false; domain: { code: DomainInputError['code']; field: string; message: string } }
  | { ok: false; message: string; domain?: undefined };

// The compiled worker sits next to this module in dist/. Running from TypeScript sources (the API's vitest
// suite) there is none, and the clustering runs in-process; the built app (npm start, dev, e2e) always has it.
const WORKER_FILE = fileURLToPath(new URL('./segmentation.worker.js', import.meta.url));
// Clustering is CPU-bound: more workers than cores only slow each other down, and one core stays for requests.

const workers = new TurnQueue(Math.max(1, availableParallelism() - 1));

/**
 * Segments respondents on a worker thread: k-means with a silhouette search over 5,000 respondents takes
 * seconds of CPU, which on the event loop would stall every other request of the API meanwhile. At most
 * one worker per spare core runs at a time; further requests wait their turn.
 */
export async function segmentOffThread(job: SegmentationJob): Promise<SegmentationResult> {
  if (!existsSync(WORKER_FILE)) return segmentRespondents(decodeRatingMatrix(job.encoded), job.options);
  const release = await workers.acquire();
  try {
    return unwrap(await runWorker(job));
  } finally {
    release();
  }
}

function runWorker(job: SegmentationJob): Promise<SegmentationOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE);
    worker.once('message', (outcome: SegmentationOutcome) => {
      resolve(outcome);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The segmentation worker stopped (exit code ${code}) before answering`)));
    worker.postMessage(job);
  });
}

function unwrap(outcome: SegmentationOutcome): SegmentationResult {
  if (outcome.ok) return outcome.result;
  if (outcome.domain) throw new DomainInputError(outcome.domain.code, outcome.domain.field, outcome.domain.message);
  throw new Error(outcome.message);
}
