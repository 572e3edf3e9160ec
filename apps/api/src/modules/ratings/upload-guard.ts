import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';

export class UploadTooLargeError extends Error {}

/** Bytes that cannot be CSV text, at a 1-based line of the file. */
export type EncodingProblem = { line: number; code: 'INVALID_UTF8' | 'BINARY_CONTENT'; reason: string };

const NEWLINE = 0x0a;

/**
 * Passes an upload through unchanged while enforcing the size limit and that it is UTF-8 text (no NUL bytes).
 * At the first bad byte it forwards the complete lines before it, records the problem with its line number and
 * ends its output, so the CSV parser still reports an earlier structural error first; the rest of the upload is
 * read and dropped. Chunks are checked whole (simdutf via `isUtf8`); the byte-by-byte scan only runs on a bad one.
 */
export class UploadGuard extends Transform {
  problem: EncodingProblem | null = null;
  private bytes = 0;
  private line = 1;
  private carry = Buffer.alloc(0);

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    // Once a problem is found the answer is that problem: what follows is read only to be dropped.
    if (this.problem) return callback();
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return callback(new UploadTooLargeError());
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    // A multi-byte character split across chunks is completed by the next one.
    const end = data.length - incompleteTail(data);
    this.carry = Buffer.from(data.subarray(end));
    this.check(data.subarray(0, end));
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (!this.problem && this.carry.length > 0) this.stop(this.carry, 0, 'INVALID_UTF8');
    callback();
  }

  private check(data: Buffer): void {
    const nul = data.indexOf(0);
    if (nul === -1 && isUtf8(data)) {
      this.line += countNewlines(data, data.length);
      this.push(data);
      return;
    }
    const invalid = firstInvalidUtf8(data);
    const binary = nul !== -1 && (invalid === -1 || nul <= invalid);
    this.stop(data, binary ? nul : Math.max(invalid, 0), binary ? 'BINARY_CONTENT' : 'INVALID_UTF8');
  }

  private stop(data: Buffer, at: number, code: EncodingProblem['code']): void {
    const line = this.line + countNewlines(data, at);
    const lineStart = at === 0 ? 0 : data.lastIndexOf(NEWLINE, at - 1) + 1;
    this.problem = {
      line,
      code,
      reason: code === 'BINARY_CONTENT' ? 'The file contains NUL bytes: it is binary, not a CSV text file' : 'The file is not valid UTF-8 text; save it as CSV UTF-8 and import it again',
    };
    if (lineStart > 0) this.push(data.subarray(0, lineStart));
    this.push(null);
  }
}

function countNewlines(data: Buffer, end: number): number {
  let count = 0;
  for (let at = data.indexOf(NEWLINE); at !== -1 && at < end; at = data.indexOf(NEWLINE, at + 1)) count += 1;
  return count;
}

/** Length of a multi-byte sequence begun at the very end of `data` and not yet complete (0–3). */
function incompleteTail(data: Buffer): number {
  for (let back = 1; back <= Math.min(3, data.length); back += 1) {
    const byte = data[data.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629), or -1. */
export function firstInvalidUtf8(data: Buffer): number {
  let at = 0;
  while (at < data.length) {
    const byte = data[at]!;
    if (byte < 0x80) {
      at += 1;
      continue;
    }
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || at + length > data.length) return at;
    // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
    const second = data[at + 1]!;
    const low = byte === 0xe0 ? 0xa0 : byte === 0xf0 ? 0x90 : 0x80;
    const high = byte === 0xed ? 0x9f : byte === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return at;
    for (let next = 2; next < length; next += 1) if ((data[at + next]! & 0xc0) !== 0x80) return at;
    at += length;
  }
  return -1;
}
