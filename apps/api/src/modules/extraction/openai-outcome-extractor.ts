import OpenAI from 'openai';
import { ContentFilterFinishReasonError, LengthFinishReasonError } from 'openai/error';
import { zodResponseFormat } from 'openai/helpers/zod';
import { answerSchema, extractionMessages, MAX_OUTCOMES_PER_CHUNK, PROMPT_VERSION } from './extraction-prompt.js';
import { ExtractionError, type ChunkExtraction, type ExtractionChunkInput, type OutcomeExtractor } from './outcome-extractor.js';

export type OpenAIExtractorOptions = { apiKey: string; baseURL?: string; model: string; timeoutMs: number; maxRetries: number };

/**
 * Structured outputs through the official SDK: the answer must match a strict JSON schema, and the SDK's
 * own retries (429 with Retry-After, 5xx, timeouts) run before anything reaches the job queue.
 */
export class OpenAIOutcomeExtractor implements OutcomeExtractor {
  readonly provider = 'openai' as const;
  readonly promptVersion = PROMPT_VERSION;
  readonly model: string;
  private readonly client: OpenAI;

  constructor(options: OpenAIExtractorOptions) {
    this.model = options.model;
    this.client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, timeout: options.timeoutMs, maxRetries: options.maxRetries });
  }

  async extractChunk(input: ExtractionChunkInput): Promise<ChunkExtraction> {
    const schema = answerSchema(input.jobSteps.map((step) => step.name));
    let completion;
    try {
      completion = await this.client.chat.completions.parse(
        { model: this.model, messages: extractionMessages(input), response_format: zodResponseFormat(schema, 'desired_outcomes'), temperature: 0 },
        { signal: input.signal },
      );
    } catch (error) {
      throw toExtractionError(error, input);
    }
    const usage = { promptTokens: completion.usage?.prompt_tokens ?? 0, completionTokens: completion.usage?.completion_tokens ?? 0 };
    const message = completion.choices[0]?.message;
    if (message?.refusal) throw new ExtractionError('MODEL_REFUSED', `${where(input)}: the model refused: ${message.refusal.slice(0, 200)}`, false);
    if (!message?.parsed) throw new ExtractionError('MODEL_OUTPUT_INVALID', `${where(input)}: the model returned no answer`, true);
    const candidates = message.parsed.outcomes.slice(0, MAX_OUTCOMES_PER_CHUNK).map((outcome) => ({
      statement: outcome.statement,
      jobStep: outcome.jobStep,
      quotes: outcome.quotes.slice(0, 3),
      confidence: Number.isFinite(outcome.confidence) ? Math.min(1, Math.max(0, outcome.confidence)) : 0.5,
    }));
    return { candidates, usage };
  }
}

const where = (input: ExtractionChunkInput) => `Chunk ${input.index + 1} of ${input.total}`;

/** Maps SDK failures to job errors; only the kinds a later attempt can fix are retryable. */
function toExtractionError(error: unknown, input: ExtractionChunkInput): ExtractionError {
  const at = where(input);
  if (error instanceof OpenAI.APIUserAbortError) return new ExtractionError('CANCELLED', `${at}: cancelled`, false);
  if (error instanceof OpenAI.APIConnectionTimeoutError) return new ExtractionError('MODEL_TIMEOUT', `${at}: the model did not answer in time`, true);
  if (error instanceof OpenAI.APIConnectionError) return new ExtractionError('MODEL_UNREACHABLE', `${at}: could not reach the model server: ${error.message}`, true);
  if (error instanceof OpenAI.RateLimitError) return new ExtractionError('MODEL_RATE_LIMITED', `${at}: the model server kept answering 429 (rate limited)`, true);
  if (error instanceof OpenAI.InternalServerError) return new ExtractionError('MODEL_SERVER_ERROR', `${at}: the model server failed (${error.status})`, true);
  if (error instanceof OpenAI.AuthenticationError || error instanceof OpenAI.PermissionDeniedError) {
    return new ExtractionError('MODEL_AUTH_FAILED', `${at}: the model server rejected the API key (${error.status})`, false);
  }
  if (error instanceof OpenAI.NotFoundError) return new ExtractionError('MODEL_NOT_FOUND', `${at}: the model server does not know this model`, false);
  if (error instanceof OpenAI.APIError) return new ExtractionError('MODEL_REQUEST_REJECTED', `${at}: the model server rejected the request (${error.status}): ${error.message}`, false);
  if (error instanceof LengthFinishReasonError) return new ExtractionError('MODEL_OUTPUT_TRUNCATED', `${at}: the answer was cut off at the token limit`, true);
  if (error instanceof ContentFilterFinishReasonError) return new ExtractionError('MODEL_CONTENT_FILTERED', `${at}: the model's content filter stopped the answer`, false);
  // Malformed JSON or an answer that does not match the schema.
  const detail = error instanceof Error ? error.message.slice(0, 200) : String(error);
  return new ExtractionError('MODEL_OUTPUT_INVALID', `${at}: the model's answer did not match the schema (${detail})`, true);
}
