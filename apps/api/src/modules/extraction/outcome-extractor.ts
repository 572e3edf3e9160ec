import type { ExtractionProvider, UniversalJobStep } from '@outcome-atlas/contracts';

/** A speaker turn as the extractor sees it (already redacted when the project asks for it). */
export type ChunkUtterance = { speaker: string | null; text: string };

export type ChunkJobStep = { name: string; universalStep: UniversalJobStep | null };

export type ExtractionChunkInput = {
  /** 0-based position of the chunk in the transcript. */
  index: number;
  total: number;
  utterances: readonly ChunkUtterance[];
  /** The project's job map, in order; the extractor names one of these per outcome. */
  jobSteps: readonly ChunkJobStep[];
  jobStatement: string;
  /** True when personal data in the utterances was replaced with placeholders such as [EMAIL] (see pii-redaction.ts). */
  redacted?: boolean;
  signal?: AbortSignal;
};

/** What an extractor proposes; quotes are claims until the server finds them in the transcript. */
export type CandidateOutcome = {
  statement: string;
  /** The name of one of the input's job steps, or null. */
  jobStep: string | null;
  quotes: string[];
  confidence: number;
};

export type ChunkExtraction = {
  candidates: CandidateOutcome[];
  usage: { promptTokens: number; completionTokens: number };
};

/** One way of proposing desired outcomes from transcript text: a model, or the offline cue lexicon. */
export type OutcomeExtractor = {
  readonly provider: ExtractionProvider;
  readonly model: string;
  readonly promptVersion: string;
  extractChunk(input: ExtractionChunkInput): Promise<ChunkExtraction>;
};

/** An extraction failure with a code for the job record; `retryable` ones go back to the queue. */
export class ExtractionError extends Error {
  override readonly name = 'ExtractionError';

  constructor(
    readonly code: string,
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}
