import type { Utterance } from '@outcome-atlas/contracts';
import { ExtractionError } from './outcome-extractor.js';
import { detectIdentifiers } from './pii-identifiers.js';
import { detectWithLibrary } from './pii-library.js';
import { detectNames, nameTerms, neutralSpeakerLabels } from './pii-names.js';
import { detectPatterns } from './pii-patterns.js';
import { buildRedactionMap, type OffsetRange } from './redaction-map.js';

/*
 * Privacy redaction for projects with `redact_pii`: the text that leaves the server for the model has personal
 * data replaced, and evidence is mapped back to the original words.
 *
 * Sources, merged (overlaps become one placeholder of the strongest kind: email > url > account > id > phone > name):
 * - @openredaction/core, only EMAIL, PHONE_UK(_MOBILE), PHONE_US, PHONE_INTERNATIONAL, CREDIT_CARD, IBAN and
 *   SSN (pii-library.ts; dates, amounts, ZIP codes, order numbers and its name guesser stay off);
 * - our own patterns for what it misses in speech: URLs, emails at any domain, "+44 (0)…"/"(415) …" phones
 *   (pii-patterns.ts), IBANs followed by a word and dashed SSNs (pii-identifiers.ts);
 * - names: every speaker label and the interview's interviewer and participant, whole words, any case, and
 *   each part of three letters or more; role labels and codes ("Interviewer", "P1") are not names (pii-names.ts).
 * Placeholders are fixed per kind ([EMAIL], [PHONE], [URL], [ACCOUNT], [ID], [NAME]); see redaction-map.ts for
 * the offset mapping.
 */

/** The transcript as stored: canonical text and speaker turns with offsets into it. */
export type SourceTranscript = { text: string; utterances: Utterance[] };

/**
 * The transcript as the extraction job sees it: what is chunked and sent to the extractor, and what quotes
 * are located in. `toOriginal` takes a range of `text` back to the stored transcript, so evidence always
 * points at (and quotes) the customer's real words.
 */
export type TranscriptView = {
  readonly text: string;
  /** Speaker turns with offsets into `text`, and the speaker labels the model may see. */
  readonly utterances: Utterance[];
  /** True when personal data was replaced (the prompt then explains the placeholders). */
  readonly redacted: boolean;
  /** Number of replaced spans (0 for the identity view). */
  readonly replacements: number;
  toOriginal(start: number, end: number): OffsetRange;
};

/** Who the interview names besides its speaker labels: the interviewer and participant of its metadata, and anyone else. */
export type RedactionNames = { names: readonly string[]; interviewer?: string; participant?: string };

/** The view of a project without redaction: the stored transcript itself, offsets unchanged. */
export function identityView(transcript: SourceTranscript): TranscriptView {
  return { text: transcript.text, utterances: transcript.utterances, redacted: false, replacements: 0, toOriginal: (start, end) => ({ start, end }) };
}

/**
 * Replaces emails, phone numbers, URLs, payment and social-security identifiers and the names of the
 * people in the interview with `[EMAIL]`, `[PHONE]`, `[URL]`, `[ACCOUNT]`, `[ID]` and `[NAME]`, and
 * speaker labels with neutral ones. Deterministic: the same transcript and names give the same view, so
 * a resumed job's stored chunk offsets still fit. Any failure is a REDACTION_FAILED job error, never a
 * fall-back to the unredacted text.
 */
export async function redactTranscript(transcript: SourceTranscript, names: RedactionNames): Promise<TranscriptView> {
  try {
    const { text, utterances } = transcript;
    const people = [...utterances.map((utterance) => utterance.speaker), ...names.names, names.interviewer, names.participant].filter(
      (name): name is string => typeof name === 'string',
    );
    const spans = [...(await detectWithLibrary(text)), ...detectPatterns(text), ...detectIdentifiers(text), ...detectNames(text, people.flatMap(nameTerms))];
    const cuts = utterances.flatMap((utterance) => [utterance.start, utterance.end]);
    const map = buildRedactionMap(text, spans, cuts);
    const labels = neutralSpeakerLabels(
      utterances.map((utterance) => utterance.speaker),
      { interviewer: names.interviewer, participant: names.participant },
    );
    return {
      text: map.text,
      utterances: utterances.map((utterance) => ({
        ...utterance,
        ...map.toView({ start: utterance.start, end: utterance.end }),
        speaker: utterance.speaker === null ? null : (labels.get(utterance.speaker) ?? 'Speaker'),
      })),
      redacted: true,
      replacements: map.replacements,
      toOriginal: (start, end) => map.toOriginal({ start, end }),
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
    throw new ExtractionError('REDACTION_FAILED', `The transcript could not be redacted, so nothing was sent to the model (${detail})`, false);
  }
}
