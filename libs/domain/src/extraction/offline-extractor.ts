import { DomainInputError } from '../validation/domain-input-error.js';
import { assertFinite } from '../validation/assert-input.js';
import { findCues, NEGATION_FACTOR, type CueMatch } from './cue-matcher.js';
import type { OfflineExtractionOptions, OfflineExtractionResult, OfflineOutcome, OfflineTranscript } from './extraction-types.js';
import { assignJobStep } from './job-step-lexicon.js';
import { rewriteCue } from './odi-rewriter.js';
import { participantSentences, type TranscriptSentence } from './sentence-segments.js';
import { tokenizeSentence, type SentenceToken } from './sentence-tokens.js';
import { detectInterviewers } from './speaker-roles.js';

/** Defaults of {@link extractOutcomesOffline}. */
export const OFFLINE_EXTRACTOR_DEFAULTS = { maxOutcomes: 40, locale: 'en' } as const;

/** Suggestions below this confidence are not reported (a negated cue always falls below it). */
export const OFFLINE_MIN_CONFIDENCE = 0.3;

/** Each further cue kind in the same sentence adds this much confidence, at most twice. */
const CORROBORATION_BONUS = 0.05;

/** At most this many statements come from one sentence, and at most this many cues are tried in it. */
const MAX_OUTCOMES_PER_SENTENCE = 2;
const MAX_CUES_TRIED_PER_SENTENCE = 8;

/** Longer sentences (unpunctuated captions) are cited by the clause around the cue instead. */
const MAX_SENTENCE_EVIDENCE_CHARS = 400;

type Suggestion = OfflineOutcome & { order: number };

function validatedOptions(options: OfflineExtractionOptions | undefined): { maxOutcomes: number; locale: string; interviewers: readonly string[] | undefined } {
  const maxOutcomes = options?.maxOutcomes ?? OFFLINE_EXTRACTOR_DEFAULTS.maxOutcomes;
  assertFinite(maxOutcomes, 'options.maxOutcomes');
  if (!Number.isInteger(maxOutcomes)) throw new DomainInputError('NOT_AN_INTEGER', 'options.maxOutcomes', `expected a whole number, got ${maxOutcomes}`);
  if (maxOutcomes < 1) throw new DomainInputError('OUT_OF_RANGE', 'options.maxOutcomes', `expected 1 or more, got ${maxOutcomes}`);
  const interviewers = options?.interviewerSpeakers;
  if (interviewers !== undefined && (!Array.isArray(interviewers) || interviewers.some((name) => typeof name !== 'string'))) {
    throw new DomainInputError('INCONSISTENT_INPUT', 'options.interviewerSpeakers', 'expected a list of speaker names');
  }
  const locale = options?.locale ?? OFFLINE_EXTRACTOR_DEFAULTS.locale;
  return { maxOutcomes, locale, interviewers };
}

function sentenceSegmenter(locale: string): Intl.Segmenter {
  try {
    return new Intl.Segmenter(locale, { granularity: 'sentence' });
  } catch {
    throw new DomainInputError('OUT_OF_RANGE', 'options.locale', `expected a BCP 47 language tag such as "en", got ${JSON.stringify(locale)}`);
  }
}

function evidenceFor(transcript: OfflineTranscript, sentence: TranscriptSentence, tokens: readonly SentenceToken[], cue: CueMatch): OfflineOutcome['evidence'] {
  if (sentence.text.length <= MAX_SENTENCE_EVIDENCE_CHARS) return { start: sentence.start, end: sentence.end, quote: sentence.text };
  const clause = tokens[cue.start]?.clause;
  let first = cue.start;
  while (first > 0 && cue.start - first < 40 && tokens[first - 1]?.clause === clause) first -= 1;
  let last = cue.end - 1;
  while (last < tokens.length - 1 && last - cue.end < 40 && tokens[last + 1]?.clause === clause) last += 1;
  const start = sentence.start + (tokens[first]?.start ?? 0);
  const end = sentence.start + (tokens[last]?.end ?? sentence.text.length);
  return { start, end, quote: transcript.text.slice(start, end) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function suggestionsFor(transcript: OfflineTranscript, sentence: TranscriptSentence, order: number): Suggestion[] {
  const tokens = tokenizeSentence(sentence.text);
  const cues = findCues(tokens);
  if (cues.length === 0) return [];
  const ranked = [...cues].sort((x, y) => y.entry.strength - x.entry.strength || x.start - y.start);
  const kinds = new Set(cues.filter((cue) => !cue.negated).map((cue) => cue.entry.cue));
  const suggestions: Suggestion[] = [];
  const objects = new Set<string>();
  for (const cue of ranked.slice(0, MAX_CUES_TRIED_PER_SENTENCE)) {
    if (suggestions.length >= MAX_OUTCOMES_PER_SENTENCE) break;
    const rewrite = rewriteCue(tokens, cue);
    // One statement per object of control and sentence: the strongest cue decides its metric.
    if (rewrite === null || objects.has(rewrite.objectOfControl.toLowerCase())) continue;
    objects.add(rewrite.objectOfControl.toLowerCase());
    const others = [...kinds].filter((kind) => kind !== cue.entry.cue).length;
    const base = cue.entry.strength * (cue.negated ? NEGATION_FACTOR : 1) * rewrite.quality;
    const confidence = round(Math.min(1, base + (cue.negated ? 0 : CORROBORATION_BONUS * Math.min(2, others))));
    if (confidence < OFFLINE_MIN_CONFIDENCE) continue;
    suggestions.push({
      statement: rewrite.statement,
      cue: cue.entry.cue,
      universalJobStep: assignJobStep(rewrite.objectOfControl),
      evidence: evidenceFor(transcript, sentence, tokens, cue),
      confidence,
      order,
    });
  }
  return suggestions;
}

/** One suggestion per statement (case-insensitive), the most confident, earliest on ties. */
function dedupe(suggestions: readonly Suggestion[]): Suggestion[] {
  const best = new Map<string, Suggestion>();
  for (const suggestion of suggestions) {
    const key = suggestion.statement.toLowerCase();
    const current = best.get(key);
    if (current === undefined || suggestion.confidence > current.confidence) best.set(key, suggestion);
  }
  return [...best.values()];
}

/**
 * Offline desired-outcome suggestions from an interview transcript: deterministic, no network, no
 * clock, no randomness — the default extractor when no LLM key is set. The UI labels the results as
 * offline suggestions; they are a starting point for the researcher, tuned for precision over recall.
 *
 * Method:
 * 1. Participant turns only: interviewer speakers (given, or detected by name such as "Interviewer",
 *    "Moderator", "Q", or by asking in most turns; see `speaker-roles.ts`) are skipped, and in unlabelled
 *    turns so are lines ending with "?".
 * 2. Sentences by `Intl.Segmenter(locale, { granularity: 'sentence' })`. Questions are never evidence,
 *    except a participant's own "What if I ...?".
 * 3. Fillers are dropped and cue phrases matched (`cue-lexicon.ts`): struggle, workaround, worry, wish,
 *    time cost, effort cost. Negated cues ("it's not hard to ...") lose 70% of their strength.
 * 4. Each cue is rewritten into the ODI grammar by patterns around it (`odi-rewriter.ts`); first person
 *    becomes neutral, durations, adverbs and solution names are dropped, at most 20 words. A cue with no
 *    clean object of control ("I want a dashboard", "it's a mess") yields nothing.
 * 5. The job step comes from the object of control by lexicon (`job-step-lexicon.ts`).
 *
 * Confidence = cue strength × pattern quality (× 0.3 when negated) + 0.05 for each other cue kind in the
 * sentence (at most +0.1), capped at 1 and rounded to two decimals; below 0.3 nothing is reported.
 * Identical statements (case-insensitive) are merged, keeping the most confident evidence (the earliest on
 * ties); at most two statements come from one sentence. When more than `maxOutcomes` remain, the most
 * confident are kept (earlier first on ties). The result is in transcript order. Evidence is the trimmed
 * sentence (`quote === transcript.text.slice(start, end)`); sentences over 400 characters are cited by the
 * clause around the cue.
 *
 * Instructions inside the transcript ("Ignore previous instructions and ...") are plain text here: they
 * are matched against the same lexicon as everything else, so they only yield a statement when a
 * participant sentence carries a cue and a clean object of control, like any other sentence.
 *
 * Limits: English lexicons only (`locale` only changes segmentation); no coreference ("do it" is
 * rejected), no solution detection beyond a word list, no paraphrase — objects use the participant's
 * words. Never throws for any string content; linear in the text length.
 *
 * @throws DomainInputError for `options.maxOutcomes` that is not a whole number >= 1 (NOT_A_NUMBER,
 *   NOT_AN_INTEGER, OUT_OF_RANGE), a malformed `options.locale` (OUT_OF_RANGE), `interviewerSpeakers`
 *   that is not a list of strings (INCONSISTENT_INPUT), or a transcript without a `text` string (EMPTY_INPUT).
 */
export function extractOutcomesOffline(transcript: OfflineTranscript, options?: OfflineExtractionOptions): OfflineExtractionResult {
  if (typeof transcript?.text !== 'string') throw new DomainInputError('EMPTY_INPUT', 'transcript.text', 'expected the transcript text');
  const { maxOutcomes, locale, interviewers } = validatedOptions(options);
  const segmenter = sentenceSegmenter(locale);
  const sentences = participantSentences(transcript, detectInterviewers(transcript, interviewers), segmenter);
  const suggestions: Suggestion[] = [];
  sentences.forEach((sentence, order) => {
    if (!sentence.isQuestion) suggestions.push(...suggestionsFor(transcript, sentence, order));
  });
  const kept = dedupe(suggestions)
    .sort((x, y) => y.confidence - x.confidence || x.order - y.order || x.evidence.start - y.evidence.start)
    .slice(0, maxOutcomes)
    .sort((x, y) => x.order - y.order || x.evidence.start - y.evidence.start);
  return { outcomes: kept.map(({ order: _order, ...outcome }) => outcome), sentencesScanned: sentences.length };
}
