/** Deterministic synthetic interview transcripts with a Zipf-like vocabulary, for benchmarks. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'qui', 'del', 'sor', 'pan', 'ith', 'mer', 'gal', 'bru', 'nex', 'tor'];

/**
 * Interview-domain words sit at fixed frequency ranks, so benchmark queries cover every selectivity:
 * from a word in practically every transcript (rank 40) to one in a few percent of them (rank 6000).
 */
export const DOMAIN_WORD_RANKS: Record<string, number> = { invoice: 40, supplier: 150, approval: 400, payment: 900, reconcile: 2000, spreadsheet: 4000, accrual: 6000 };

export function vocabulary(size: number, random: () => number): string[] {
  const reserved = new Set(Object.keys(DOMAIN_WORD_RANKS));
  const words = new Set<string>();
  while (words.size < size) {
    const length = 2 + Math.floor(random() * 3);
    let word = '';
    for (let index = 0; index < length; index += 1) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!reserved.has(word)) words.add(word);
  }
  const list = [...words];
  for (const [word, rank] of Object.entries(DOMAIN_WORD_RANKS)) list[rank - 1] = word;
  return list;
}

/** Samples word ranks with probability ~ 1/rank, like natural language. */
export function zipfSampler(size: number, random: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= size; rank += 1) cumulative.push((total += 1 / rank));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

export function generateTranscript(words: number, vocab: string[], sample: () => number, random: () => number): string {
  const lines: string[] = [];
  let written = 0;
  let turn = 0;
  while (written < words) {
    const length = Math.min(words - written, 20 + Math.floor(random() * 60));
    const speech: string[] = [];
    for (let index = 0; index < length; index += 1) speech.push(vocab[sample()]!);
    lines.push(`${turn % 2 === 0 ? 'Interviewer' : 'Participant'}: ${speech.join(' ')}.`);
    written += length;
    turn += 1;
  }
  return lines.join('\n');
}
