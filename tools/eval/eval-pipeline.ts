import { UNIVERSAL_JOB_STEPS } from '@outcome-atlas/contracts';
import { chunkTranscript, createQuoteLocator, type ParsedTranscript } from '@outcome-atlas/domain';
import { mergeCandidates } from '../../apps/api/dist/modules/extraction/candidate-merge.js';
import { utterancesIn } from '../../apps/api/dist/modules/extraction/extraction-runner.service.js';
import type { OutcomeExtractor } from '../../apps/api/dist/modules/extraction/outcome-extractor.js';
import { loadEvalFixtures } from './eval-fixtures.ts';
import { verbatimGrounding, type ExtractedOutcome, type TranscriptExtraction } from './extraction-metrics.ts';

export type PipelineOptions = { maxTokens: number; overlapTokens: number; concurrency: number };
export type PipelineResult = { outcomes: ExtractedOutcome[]; calls: number; ungroundedDropped: number; promptTokens: number; completionTokens: number };

const JOB_STEPS = UNIVERSAL_JOB_STEPS.map((name) => ({ name, universalStep: name }));

/**
 * The product's extraction path without the database: the API's chunking, extractor, cross-chunk merge and
 * quote grounding, so the evaluation measures what users get. Job steps are the eight universal ones.
 */
export async function runExtractionPipeline(parsed: ParsedTranscript, extractor: OutcomeExtractor, options: PipelineOptions): Promise<PipelineResult> {
  const chunks = chunkTranscript(parsed, { maxTokens: options.maxTokens, overlapTokens: options.overlapTokens });
  const interview = { transcript: parsed.text, utterances: parsed.utterances };
  const answers = new Array<{ index: number; start: number; end: number; candidates: Awaited<ReturnType<OutcomeExtractor['extractChunk']>>['candidates'] }>(chunks.length);
  let promptTokens = 0;
  let completionTokens = 0;
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++]!;
      const answer = await extractor.extractChunk({
        index: chunk.index,
        total: chunks.length,
        utterances: utterancesIn(interview, chunk),
        jobSteps: JOB_STEPS,
        jobStatement: '',
      });
      promptTokens += answer.usage.promptTokens;
      completionTokens += answer.usage.completionTokens;
      answers[chunk.index] = { index: chunk.index, start: chunk.start, end: chunk.end, candidates: answer.candidates };
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, chunks.length) }, worker));
  const locator = createQuoteLocator(parsed.text);
  const outcomes: ExtractedOutcome[] = [];
  let ungroundedDropped = 0;
  for (const candidate of mergeCandidates(answers)) {
    const evidence = candidate.quotes.flatMap(({ quote, chunk }) => {
      const location = locator.locate(quote, { within: chunk });
      return location.found ? [{ quote: parsed.text.slice(location.start, location.end) }] : [];
    });
    if (evidence.length === 0) ungroundedDropped += 1;
    else outcomes.push({ statement: candidate.statement, jobStep: candidate.jobStep, evidence });
  }
  return { outcomes, calls: chunks.length, ungroundedDropped, promptTokens, completionTokens };
}

/** Runs the pipeline over every transcript of the evaluation set and pairs the results with the gold outcomes. */
export async function extractEvaluationSet(extractor: OutcomeExtractor, options: PipelineOptions): Promise<{ inputs: TranscriptExtraction[]; calls: number; ungroundedDropped: number }> {
  const inputs: TranscriptExtraction[] = [];
  let calls = 0;
  let ungroundedDropped = 0;
  for (const fixture of loadEvalFixtures()) {
    const result = await runExtractionPipeline(fixture.parsed, extractor, options);
    calls += result.calls;
    ungroundedDropped += result.ungroundedDropped;
    inputs.push({
      name: fixture.name,
      extracted: result.outcomes,
      gold: fixture.gold.outcomes,
      isGrounded: verbatimGrounding(fixture.parsed.text),
      forbidden: fixture.gold.injections.map((injection) => injection.payload),
    });
  }
  return { inputs, calls, ungroundedDropped };
}
