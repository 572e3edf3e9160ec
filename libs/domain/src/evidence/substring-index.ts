/**
 * Finds where a string occurs in a long text: `find(needle, from, maxStart)` is the first position
 * from `from` to `maxStart` (default: anywhere) where `text.startsWith(needle, position)`, or -1 —
 * the answer `text.indexOf(needle, from)` gives when it is at most `maxStart`.
 */
export type SubstringSearch = {
  find(needle: string, from: number, maxStart?: number): number;
};

/** Plain `indexOf`: no set-up cost, a scan of the text (up to `maxStart`) per search. */
export function scanningSearch(text: string): SubstringSearch {
  return {
    find: (needle, from, maxStart) =>
      maxStart === undefined ? text.indexOf(needle, from) : text.slice(0, maxStart + needle.length).indexOf(needle, from),
  };
}

const GRAM = 4;
const BUCKET_BITS = 16;

function gramHash(text: string, position: number): number {
  const mixed =
    (text.charCodeAt(position) << 15) ^
    (text.charCodeAt(position + 1) << 10) ^
    (text.charCodeAt(position + 2) << 5) ^
    text.charCodeAt(position + 3);
  return Math.imul(mixed, 0x9e3779b1) >>> (32 - BUCKET_BITS);
}

/**
 * An index of every 4-character window of `text` by a 16-bit hash (three passes over the text,
 * about 4 bytes per character). A search looks up the rarest window of the needle and checks only the
 * positions where it occurs, so a search costs about the length of the needle plus a few
 * comparisons instead of a scan of the text. Needles shorter than 4 characters fall back to `indexOf`.
 */
export function indexedSearch(text: string): SubstringSearch {
  const windows = Math.max(0, text.length - GRAM + 1);
  const bucketCount = 1 << BUCKET_BITS;
  const hashes = new Uint16Array(windows);
  const bucketStarts = new Int32Array(bucketCount + 1);
  for (let position = 0; position < windows; position++) {
    const hash = gramHash(text, position);
    hashes[position] = hash;
    bucketStarts[hash + 1] = (bucketStarts[hash + 1] ?? 0) + 1;
  }
  for (let bucket = 0; bucket < bucketCount; bucket++) {
    bucketStarts[bucket + 1] = (bucketStarts[bucket + 1] ?? 0) + (bucketStarts[bucket] ?? 0);
  }
  const fill = bucketStarts.slice(0, bucketCount);
  const positions = new Int32Array(windows);
  for (let position = 0; position < windows; position++) {
    const hash = hashes[position] ?? 0;
    const slot = fill[hash] ?? 0;
    positions[slot] = position;
    fill[hash] = slot + 1;
  }

  const find = (needle: string, from: number, maxStart = Number.POSITIVE_INFINITY): number => {
    if (needle.length < GRAM) {
      const position = text.indexOf(needle, from);
      return position > maxStart ? -1 : position;
    }
    // The rarest window of the needle, and its offset in the needle.
    let bestOffset = 0;
    let bestBucket = 0;
    let bestSize = Number.POSITIVE_INFINITY;
    for (let offset = 0; offset + GRAM <= needle.length && bestSize > 1; offset++) {
      const bucket = gramHash(needle, offset);
      const size = (bucketStarts[bucket + 1] ?? 0) - (bucketStarts[bucket] ?? 0);
      if (size < bestSize) {
        bestSize = size;
        bestBucket = bucket;
        bestOffset = offset;
      }
    }
    // Bucket positions are ascending: binary-search the first window that could start a match at >= from.
    let low = bucketStarts[bestBucket] ?? 0;
    let high = bucketStarts[bestBucket + 1] ?? 0;
    const firstWindow = from + bestOffset;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((positions[middle] ?? 0) < firstWindow) low = middle + 1;
      else high = middle;
    }
    const end = bucketStarts[bestBucket + 1] ?? 0;
    for (let slot = low; slot < end; slot++) {
      const start = (positions[slot] ?? 0) - bestOffset;
      if (start > maxStart) return -1;
      if (text.startsWith(needle, start)) return start;
    }
    return -1;
  };
  return { find };
}
