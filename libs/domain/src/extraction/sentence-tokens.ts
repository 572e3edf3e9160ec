// Words of one sentence, with fillers removed and clause numbers assigned. A regular expression rather
// than Intl.Segmenter's word granularity: it keeps contractions ("can't", "I'll") and hyphenated verbs
// ("double-check", "re-enter", "time-consuming") as one word, which the lexicons are written in, and it
// is several times faster. Linear in the sentence length (no backtracking between the two classes).

/** A word of a sentence. `key` is lower case with typographic apostrophes folded to "'"; offsets are into the sentence. */
export type SentenceToken = { text: string; key: string; start: number; end: number; clause: number };

/** A word of an object of control: its text as written and its lower-case key. */
export type Word = Pick<SentenceToken, 'text' | 'key'>;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Fillers dropped wherever they stand. */
const FILLERS: ReadonlySet<string> = new Set([
  'um', 'umm', 'uh', 'uhm', 'erm', 'er', 'hmm', 'hm', 'mm', 'mhm', 'ah', 'basically', 'literally', 'honestly',
  'actually', 'obviously', 'totally', 'really', 'just', 'kinda', 'sorta', 'seriously', 'definitely',
]);

/** Discourse markers dropped at the start of a sentence ("Well, ...", "So I ..."). */
const OPENERS: ReadonlySet<string> = new Set(['well', 'so', 'yeah', 'yes', 'okay', 'ok', 'oh', 'and', 'but', 'anyway', 'right', 'no']);

/** "kind of" is a filler unless a determiner makes it a noun ("what kind of report"). */
const KIND_OF_DETERMINERS: ReadonlySet<string> = new Set(['what', 'this', 'that', 'the', 'a', 'any', 'some', 'every', 'each', 'one', 'no', 'which', 'same', 'these', 'those']);

/** "you know" stays when it means knowing something ("you know whether it was paid"). */
const KNOW_COMPLEMENTS: ReadonlySet<string> = new Set(['what', 'how', 'whether', 'if', 'that', 'when', 'where', 'who', 'which', 'why']);

/** Words that open a new clause. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['but', 'because', 'cause', "'cause", 'cos', 'although', 'though', 'whereas', 'unless']);

/** Subjects that, after "and"/"or"/"so"/"then", start a new clause ("..., and I have to ..."). */
export const SUBJECT_WORDS: ReadonlySet<string> = new Set([
  'i', 'we', 'you', 'they', 'he', 'she', 'it', 'there', "i'm", "i'll", "i'd", "i've", "we're", "we'll", "we'd", "we've",
  "you're", "you'll", "you'd", "you've", "they're", "they'll", "they'd", "it's", "there's", "he's", "she's", 'then',
]);

const SOFT_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'so', 'then', 'plus']);

const HARD_PUNCTUATION = /[;:!?.()[\]"“”—–]|\s-\s/u;

type RawToken = { text: string; key: string; start: number; end: number };

function rawTokens(sentence: string): RawToken[] {
  const tokens: RawToken[] = [];
  for (const match of sentence.matchAll(WORD)) {
    const text = match[0];
    tokens.push({ text, key: text.toLowerCase().replace(/’/g, "'"), start: match.index, end: match.index + text.length });
  }
  return tokens;
}

function fillerFlags(sentence: string, tokens: readonly RawToken[]): boolean[] {
  const drop = tokens.map((token) => FILLERS.has(token.key));
  const gapBefore = (i: number): string => sentence.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? sentence.length);
  const commaNear = (i: number): boolean => gapBefore(i).includes(',') || gapBefore(i + 1).includes(',');
  tokens.forEach((token, i) => {
    const next = tokens[i + 1]?.key;
    const previous = tokens[i - 1]?.key;
    if (token.key === 'like' && (i === 0 || commaNear(i))) drop[i] = true;
    if ((token.key === 'kind' || token.key === 'sort') && next === 'of' && !KIND_OF_DETERMINERS.has(previous ?? '')) {
      drop[i] = drop[i + 1] = true;
    }
    if (token.key === 'you' && next === 'know' && !KNOW_COMPLEMENTS.has(tokens[i + 2]?.key ?? '') && previous !== 'do' && previous !== 'never') {
      drop[i] = drop[i + 1] = true;
    }
    if (token.key === 'i' && next === 'mean' && (i === 0 || gapBefore(i + 2).includes(','))) drop[i] = drop[i + 1] = true;
    if (token.key === 'pretty' && next === 'much') drop[i] = drop[i + 1] = true;
  });
  // Sentence-initial discourse markers, possibly several ("Yeah, so, well ...").
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (token === undefined) break;
    if (drop[i] === true) continue;
    const isOpener = OPENERS.has(token.key) && (token.key !== 'no' && token.key !== 'right' ? true : gapBefore(i + 1).includes(','));
    if (!isOpener) break;
    drop[i] = true;
  }
  return drop;
}

/**
 * Splits a sentence into words, drops fillers ("um", "you know", "basically", comma-bounded "like",
 * "kind of" without a determiner, sentence-initial "Well,"/"So"/"Yeah,") and numbers clauses: a new
 * clause starts at hard punctuation (. ; : ! ? brackets, quotes, dashes), at a comma that is not just
 * around a dropped filler, before "but"/"because"/"although"/"unless" ..., and before "and"/"or"/"so"/
 * "then" when a subject ("I", "we", "it's" ...) follows.
 */
export function tokenizeSentence(sentence: string): SentenceToken[] {
  const raw = rawTokens(sentence);
  const drop = fillerFlags(sentence, raw);
  const tokens: SentenceToken[] = [];
  let clause = 0;
  let previousKept = -1;
  raw.forEach((token, i) => {
    if (drop[i] === true) return;
    const previous = raw[previousKept];
    if (previous !== undefined) {
      const gap = sentence.slice(previous.end, token.start);
      const fillerBetween = i - previousKept > 1;
      const decimal = gap === '.' && /\d$/.test(previous.text) && /^\d/.test(token.text);
      const next = raw[i + 1]?.key ?? '';
      if (
        (HARD_PUNCTUATION.test(gap) && !decimal) ||
        (gap.includes(',') && !fillerBetween) ||
        CLAUSE_OPENERS.has(token.key) ||
        (SOFT_JOINERS.has(token.key) && SUBJECT_WORDS.has(next))
      ) {
        clause += 1;
      }
    }
    // The sentence's capital is not part of the word ("Chasing approvals ..." -> "chasing").
    const text = tokens.length === 0 && token.key !== 'i' && /^\p{Lu}\p{Ll}+$/u.test(token.text) ? token.key : token.text;
    tokens.push({ ...token, text, clause });
    previousKept = i;
  });
  return tokens;
}
