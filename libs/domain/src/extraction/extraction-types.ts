import type { ParsedTranscript } from '../transcripts/transcript-types.js';

/** What kind of pain a participant's sentence voices; each kind has its own cue words (see `cue-lexicon.ts`). */
export type OutcomeCue = 'struggle' | 'workaround' | 'worry' | 'wish' | 'time_cost' | 'effort_cost';

/** The cue kinds, in the order the lexicon documents them. */
export const OUTCOME_CUES: readonly OutcomeCue[] = ['struggle', 'workaround', 'worry', 'wish', 'time_cost', 'effort_cost'];

/**
 * A step of Ulwick's universal job map. The same eight values as the contracts' `UniversalJobStep`;
 * named differently here because the domain cannot import the contracts.
 */
export type JobMapStep = 'Define' | 'Locate' | 'Prepare' | 'Confirm' | 'Execute' | 'Monitor' | 'Modify' | 'Conclude';

/** The universal job map in its fixed order (ties in job-step scoring go to the earlier step). */
export const JOB_MAP_STEPS: readonly JobMapStep[] = ['Define', 'Locate', 'Prepare', 'Confirm', 'Execute', 'Monitor', 'Modify', 'Conclude'];

/**
 * The part of a parsed transcript the extractor reads. Speakers are taken from the utterances, so
 * `speakers` may be empty; a transcript without utterances is read as one unlabelled turn.
 */
export type OfflineTranscript = Pick<ParsedTranscript, 'text' | 'utterances' | 'speakers'>;

/** `quote === transcript.text.slice(start, end)`; UTF-16 offsets, `end` exclusive. */
export type OfflineEvidence = { start: number; end: number; quote: string };

export type OfflineOutcome = {
  /** A desired-outcome statement: direction + metric + object of control (+ clarifier), at most 20 words. */
  statement: string;
  /** The cue that triggered the suggestion. */
  cue: OutcomeCue;
  /** Job step by lexicon (`job-step-lexicon.ts`), null when no step word occurs in the object of control. */
  universalJobStep: JobMapStep | null;
  /** The participant's sentence the statement was rewritten from. */
  evidence: OfflineEvidence;
  /** 0..1 from the cue's strength, lowered for negation, loose patterns and guessed metrics. */
  confidence: number;
};

export type OfflineExtractionOptions = {
  /**
   * Speaker names whose utterances are never evidence (compared trimmed and case-insensitively). When
   * given, replaces detection entirely (pass `[]` to treat every speaker as a participant); when
   * omitted, interviewers are detected (see `speaker-roles.ts`).
   */
  interviewerSpeakers?: readonly string[];
  /** At most this many outcomes, the strongest kept (default 40); a whole number >= 1. */
  maxOutcomes?: number;
  /** BCP 47 tag for sentence segmentation (default 'en'). The cue lexicons are English whatever the locale. */
  locale?: string;
};

export type OfflineExtractionResult = {
  /** In transcript order. */
  outcomes: OfflineOutcome[];
  /** Participant sentences read (questions included, interviewer turns excluded). */
  sentencesScanned: number;
};
