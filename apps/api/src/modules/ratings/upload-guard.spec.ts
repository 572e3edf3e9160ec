import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, UploadGuard, UploadTooLargeError } from './upload-guard.js';

/** Runs bytes through a guard in chunks of `size` bytes; answers what came out and the problem found. */
async function guard(bytes: Buffer, size: number, maxBytes = 1 << 20) {
  const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, index) => bytes.subarray(index * size, (index + 1) * size));
  const stream = new UploadGuard(maxBytes);
  const output = buffer(Readable.from(chunks).pipe(stream));
  return { output: await output, problem: stream.problem };
}

const TEXT = Buffer.from('id,name\nR-1,Zoë\nR-2,€uro 😀\nR-3,ok\n');

describe('UploadGuard', () => {
  it.each([1, 2, 3, 5, 7, 64])('passes UTF-8 through unchanged when chunks of %i bytes split its characters', async (size) => {
    const { output, problem } = await guard(TEXT, size);
    expect(problem).toBeNull();
    expect(output.equals(TEXT)).toBe(true);
  });

  it.each([
    { scenario: 'an invalid byte', bytes: Buffer.concat([TEXT, Buffer.from('R-4,caf'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]), line: 5, code: 'INVALID_UTF8' },
    { scenario: 'an overlong encoding', bytes: Buffer.concat([Buffer.from('id\n'), Buffer.from([0xc0, 0xaf]), Buffer.from('\n')]), line: 2, code: 'INVALID_UTF8' },
    { scenario: 'a UTF-16 surrogate', bytes: Buffer.concat([Buffer.from('id\nx\n'), Buffer.from([0xed, 0xa0, 0x80])]), line: 3, code: 'INVALID_UTF8' },
    { scenario: 'a character cut off at the end', bytes: Buffer.concat([TEXT, Buffer.from([0xf0, 0x9f, 0x98])]), line: 5, code: 'INVALID_UTF8' },
    { scenario: 'a NUL byte', bytes: Buffer.concat([TEXT, Buffer.from('R-4,\u0000\n')]), line: 5, code: 'BINARY_CONTENT' },
  ])('stops at $scenario, forwarding only the lines before it', async ({ bytes, line, code }) => {
    for (const size of [1, 4, 1024]) {
      const { output, problem } = await guard(bytes, size);
      expect(problem).toMatchObject({ line, code });
      const forwarded = output.toString('utf8');
      expect(forwarded.split('\n').length).toBe(line);
      expect(bytes.subarray(0, output.length).equals(output)).toBe(true);
    }
  });

  it('fails with UploadTooLargeError past the limit', async () => {
    await expect(guard(Buffer.alloc(100, 0x61), 10, 50)).rejects.toBeInstanceOf(UploadTooLargeError);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x61, 0x62], -1],
    [[0xe2, 0x82, 0xac], -1],
    [[0x61, 0xff], 1],
    [[0xe0, 0x80, 0x80], 0],
    [[0xf4, 0x90, 0x80, 0x80], 0],
    [[0x61, 0xe2, 0x82], 1],
  ])('%j → %i', (bytes, expected) => {
    expect(firstInvalidUtf8(Buffer.from(bytes))).toBe(expected);
  });
});
