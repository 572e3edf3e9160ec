import { isFillerWord } from './character-classes.js';

export const SPACE = 0x20;

/** Output buffers that grow as needed: folding can lengthen text (NFKC turns "ﬃ" into "ffi"). */
export type FoldBuffer = { codes: Uint16Array; starts: Int32Array; ends: Int32Array; length: number };

/** An empty buffer with room for `capacity` units. */
export function createFoldBuffer(capacity: number): FoldBuffer {
  return { codes: new Uint16Array(capacity), starts: new Int32Array(capacity), ends: new Int32Array(capacity), length: 0 };
}

/** Appends one UTF-16 unit with the original range it came from. */
export function push(buffer: FoldBuffer, code: number, start: number, end: number): void {
  if (buffer.length === buffer.codes.length) {
    const capacity = buffer.codes.length * 2 + 16;
    const codes = new Uint16Array(capacity);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    codes.set(buffer.codes);
    starts.set(buffer.starts);
    ends.set(buffer.ends);
    Object.assign(buffer, { codes, starts, ends });
  }
  buffer.codes[buffer.length] = code;
  buffer.starts[buffer.length] = start;
  buffer.ends[buffer.length] = end;
  buffer.length++;
}

/** The string of UTF-16 units (in slices, to stay under the argument-count limit). */
export function decode(codes: Uint16Array): string {
  if (codes.length <= 64) {
    let text = '';
    for (const code of codes) text += String.fromCharCode(code);
    return text;
  }
  const parts: string[] = [];
  for (let offset = 0; offset < codes.length; offset += 4096) {
    parts.push(String.fromCharCode.apply(null, Array.from(codes.subarray(offset, offset + 4096))));
  }
  return parts.join('');
}

// Hesitation sounds use only these letters (e, h, m, r, u); other words skip the filler test.
const FILLER_LETTERS = new Set([0x65, 0x68, 0x6d, 0x72, 0x75]);

/** True when the units `[start, end)` spell a hesitation sound (see `isFillerWord`). */
export function isFillerCodes(codes: Uint16Array, start: number, end: number): boolean {
  if (end - start > 16) return false;
  let word = '';
  for (let index = start; index < end; index++) {
    const code = codes[index] ?? 0;
    if (!FILLER_LETTERS.has(code)) return false;
    word += String.fromCharCode(code);
  }
  return isFillerWord(word);
}

/** True when the `length` units at `a` and at `b` are the same. */
export function sameCodes(codes: Uint16Array, a: number, b: number, length: number): boolean {
  for (let offset = 0; offset < length; offset++) {
    if (codes[a + offset] !== codes[b + offset]) return false;
  }
  return true;
}
