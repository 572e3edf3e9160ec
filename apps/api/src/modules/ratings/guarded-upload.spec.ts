import { PassThrough, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { guardUpload, uploadStopped } from './guarded-upload.js';

const upload = () => {
  const stream = new PassThrough();
  return { stream, abandon: () => stream.pause() };
};
const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('guardUpload', () => {
  it('stops an upload that sends nothing for the idle time, as a 408', async () => {
    const source = upload();
    const { guard, detach } = guardUpload(source, 1 << 20, 1);
    source.stream.write('respondent_id,outcome_id\n');
    const error = await pipeline(guard, sink()).then(() => null, (caught: unknown) => caught);
    detach();
    expect(uploadStopped(error, 1)).toMatchObject({ status: 408, code: 'UPLOAD_STALLED' });
  });

  it('does not count the time the import itself is not reading (backpressure)', async () => {
    const source = upload();
    const { guard, detach } = guardUpload(source, 1 << 20, 1);
    // Nobody reads the guard yet: its buffer fills and the upload is paused for longer than the idle time.
    source.stream.write(Buffer.alloc(256 * 1024, 'a'));
    await sleep(1600);
    expect(guard.destroyed).toBe(false);
    source.stream.end();
    await pipeline(guard, sink());
    detach();
  });

  it('answers 400 for a client that went away, and nothing for other errors', async () => {
    const source = upload();
    const { guard, detach } = guardUpload(source, 1 << 20, 30);
    source.stream.destroy();
    const error = await pipeline(guard, sink()).then(() => null, (caught: unknown) => caught);
    detach();
    expect(uploadStopped(error, 30)).toMatchObject({ status: 400, code: 'UPLOAD_INTERRUPTED' });
    expect(uploadStopped(new Error('other'), 30)).toBeNull();
  });
});
