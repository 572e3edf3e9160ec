/**
 * Multi-word lexicon lookup over normalized word keys. Entries are grouped by their first word and tried
 * longest first, so "the amount of time it takes to" wins over "the amount of" at the same position.
 */
export type PhraseTable<T> = ReadonlyMap<string, readonly PhraseEntry<T>[]>;

type PhraseEntry<T> = { words: readonly string[]; value: T };

export type PhraseMatch<T> = { value: T; length: number };

/** Builds a table from `[phrase, value]` pairs; phrases are space-separated normalized keys. */
export function phraseTable<T>(entries: Iterable<readonly [string, T]>): PhraseTable<T> {
  const table = new Map<string, PhraseEntry<T>[]>();
  for (const [phrase, value] of entries) {
    const words = phrase.split(' ');
    const first = words[0] ?? '';
    const bucket = table.get(first) ?? [];
    bucket.push({ words, value });
    table.set(first, bucket);
  }
  for (const bucket of table.values()) bucket.sort((x, y) => y.words.length - x.words.length);
  return table;
}

/** The longest phrase of `table` that starts at `keys[index]`, or null. */
export function matchPhraseAt<T>(table: PhraseTable<T>, keys: readonly string[], index: number): PhraseMatch<T> | null {
  const bucket = table.get(keys[index] ?? '');
  if (bucket === undefined) return null;
  for (const entry of bucket) {
    if (entry.words.every((word, offset) => keys[index + offset] === word)) {
      return { value: entry.value, length: entry.words.length };
    }
  }
  return null;
}
