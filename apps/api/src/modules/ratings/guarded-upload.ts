import { AppError } from '../../common/app-error.js';
import type { CsvUpload } from './csv-upload.js';
import { UploadGuard } from './upload-guard.js';

class UploadInterrupted extends Error {}
class UploadStalled extends Error {}

export type GuardedUpload = { guard: UploadGuard; detach(): void };

/**
 * Pipes an upload into its guard (size, UTF-8) and stops the guard when the client goes away mid-upload or sends
 * nothing for `idleSeconds` while the import waits for it: an import holds a database connection (and a transaction)
 * while it reads, so a stalled client must not hold them for ever. Time the import itself spends not reading
 * (backpressure from the database) does not count. `detach` undoes the listeners once the guard is done.
 */
export function guardUpload(upload: CsvUpload, maxBytes: number, idleSeconds: number): GuardedUpload {
  const guard = new UploadGuard(maxBytes);
  const source = upload.stream;
  const interrupted = () => {
    if (!source.readableEnded) guard.destroy(new UploadInterrupted());
  };
  // Waiting starts again whenever data arrives or the import resumes reading after pausing the upload.
  let lastData = performance.now();
  const onData = () => {
    lastData = performance.now();
  };
  const idle = setInterval(() => {
    if (source.isPaused() || source.readableEnded) return;
    if (performance.now() - lastData >= idleSeconds * 1000) guard.destroy(new UploadStalled());
  }, Math.min(1000, idleSeconds * 250));
  source.on('data', onData);
  source.on('resume', onData);
  source.once('error', interrupted);
  source.once('close', interrupted);
  source.pipe(guard);
  return {
    guard,
    detach: () => {
      clearInterval(idle);
      source.unpipe(guard);
      source.off('data', onData);
      source.off('resume', onData);
      source.off('error', interrupted);
      source.off('close', interrupted);
    },
  };
}

/** The answer for an upload that stopped coming (400 gone, 408 stalled), or null for any other error. */
export function uploadStopped(error: unknown, idleSeconds: number): AppError | null {
  if (error instanceof UploadInterrupted) return new AppError(400, 'UPLOAD_INTERRUPTED', 'The upload stopped before the end of the file; nothing was imported');
  if (error instanceof UploadStalled) {
    return new AppError(408, 'UPLOAD_STALLED', `No data arrived for ${idleSeconds} seconds, so the upload was abandoned; nothing was imported`);
  }
  return null;
}
