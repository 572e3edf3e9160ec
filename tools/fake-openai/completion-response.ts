/**
 * The success side of POST /v1/chat/completions: a ChatCompletion exactly as the openai SDK
 * types it, with deterministic token counts so benchmarks and usage accounting can be asserted.
 */
import { messageText, type ChatCompletionRequest } from './chat-completion-request.ts';

export type FinishReason = 'stop' | 'length' | 'content_filter';

export type ChatCompletionBody = {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  system_fingerprint: string;
  choices: [
    {
      index: 0;
      message: { role: 'assistant'; content: string | null; refusal: string | null; annotations: [] };
      finish_reason: FinishReason;
      logprobs: null;
    },
  ];
  usage: {
    prompt_tokens: number;
    completion_tokens: number;
    total_tokens: number;
    prompt_tokens_details: { cached_tokens: number; audio_tokens: number };
    completion_tokens_details: { reasoning_tokens: number; audio_tokens: number; accepted_prediction_tokens: number; rejected_prediction_tokens: number };
  };
};

/** Roughly OpenAI's ratio for English: one token per four characters. Deterministic on purpose. */
export const estimateTokens = (text: string): number => Math.ceil(text.length / 4);

/** Prompt tokens: the text of every message plus the few tokens of framing each message costs. */
export const promptTokens = (request: ChatCompletionRequest): number =>
  request.messages.reduce((sum, message) => sum + estimateTokens(messageText(message)) + 4, 3);

/** An object or array is JSON-encoded; a string is sent as it is (it may be deliberately broken JSON). */
export const encodeContent = (content: unknown): string => (typeof content === 'string' ? content : JSON.stringify(content));

/** The completion token budget the request set, if any (max_completion_tokens supersedes max_tokens). */
export const tokenLimit = (request: ChatCompletionRequest): number | undefined =>
  request.max_completion_tokens ?? request.max_tokens ?? undefined;

export function buildCompletion(
  request: ChatCompletionRequest,
  id: string,
  message: { content: string | null; refusal: string | null },
  finishReason: FinishReason,
): ChatCompletionBody {
  const prompt = promptTokens(request);
  const completion = estimateTokens(message.content ?? message.refusal ?? '');
  return {
    id,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    system_fingerprint: 'fp_fake_openai',
    choices: [{ index: 0, message: { role: 'assistant', ...message, annotations: [] }, finish_reason: finishReason, logprobs: null }],
    usage: {
      prompt_tokens: prompt,
      completion_tokens: completion,
      total_tokens: prompt + completion,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
    },
  };
}
