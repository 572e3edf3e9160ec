import { extractOutcomesOffline, type ParsedUtterance } from '@outcome-atlas/domain';
import type { ChunkExtraction, ExtractionChunkInput, OutcomeExtractor } from './outcome-extractor.js';

export const OFFLINE_MODEL = 'offline-cue-lexicon';
export const OFFLINE_PROMPT_VERSION = 'offline-v1';

/**
 * The no-network default: sentences with a struggle, workaround, worry, wish or cost cue, rewritten
 * into the ODI grammar by libs/domain. Deterministic, so re-running it finds the same outcomes.
 */
export class OfflineOutcomeExtractor implements OutcomeExtractor {
  readonly provider = 'offline' as const;
  readonly model = OFFLINE_MODEL;
  readonly promptVersion = OFFLINE_PROMPT_VERSION;

  async extractChunk(input: ExtractionChunkInput): Promise<ChunkExtraction> {
    const utterances: ParsedUtterance[] = [];
    let text = '';
    for (const utterance of input.utterances) {
      if (text !== '') text += '\n\n';
      utterances.push({ speaker: utterance.speaker, start: text.length, end: text.length + utterance.text.length, startMs: null, endMs: null });
      text += utterance.text;
    }
    const speakers = [...new Set(input.utterances.map((utterance) => utterance.speaker).filter((speaker): speaker is string => speaker !== null))];
    const { outcomes } = extractOutcomesOffline({ text, utterances, speakers });
    const candidates = outcomes.map((outcome) => ({
      statement: outcome.statement,
      jobStep: input.jobSteps.find((step) => step.universalStep === outcome.universalJobStep)?.name ?? null,
      quotes: [outcome.evidence.quote],
      confidence: outcome.confidence,
    }));
    return { candidates, usage: { promptTokens: 0, completionTokens: 0 } };
  }
}
