/**
 * Scripted behaviours and how each becomes an HTTP answer. Every behaviour is shaped so the
 * real openai SDK reacts as it would against OpenAI:
 * - rateLimit: 429 + retry-after(-ms) → RateLimitError, retried after exactly that wait;
 * - serverError: 500/502/503 → InternalServerError, retried with backoff;
 * - slow: a delay longer than the client timeout → APIConnectionTimeoutError (retried);
 * - hangUp: socket destroyed → APIConnectionError (retried);
 * - malformedJson: 200 whose content JSON.parse rejects → SyntaxError from parse();
 * - refusal: message.refusal set, content null → parse() gives parsed: null;
 * - truncated: finish_reason 'length' → LengthFinishReasonError from parse();
 * - contentFilter: finish_reason 'content_filter' → ContentFilterFinishReasonError;
 * - invalidSchemaOutput: valid JSON breaking the schema → the zod parse inside parse() throws.
 */
import type { ChatCompletionRequest } from './chat-completion-request.ts';
import { buildCompletion, encodeContent, estimateTokens, tokenLimit, type FinishReason } from './completion-response.ts';
import { apiError, type ApiError } from './openai-errors.ts';

export type Behaviour =
  /** Answer normally: fixtures, then the responder. Useful in a script: [rateLimit, default]. */
  | { kind: 'default' }
  /** Answer with this content: an object is JSON-encoded, a string sent verbatim. Not schema-checked. */
  | { kind: 'answer'; content: unknown }
  /** 429. retryAfterSeconds → `retry-after`, retryAfterMs → `retry-after-ms` (the SDK prefers the latter). */
  | { kind: 'rateLimit'; retryAfterSeconds?: number; retryAfterMs?: number; limit?: 'requests' | 'tokens' }
  | { kind: 'serverError'; status?: 500 | 502 | 503 }
  /** Waits delayMs (on top of latencyMs), then behaves as `then` (default: a normal answer). */
  | { kind: 'slow'; delayMs: number; then?: Behaviour }
  /** 200 whose content is not JSON: by default prose wrapped around a JSON code fence. */
  | { kind: 'malformedJson'; content?: string }
  | { kind: 'refusal'; message?: string }
  /** finish_reason 'length' with the answer (default: the normal one) cut in the middle. */
  | { kind: 'truncated'; content?: unknown }
  | { kind: 'contentFilter' }
  /** 200 with valid JSON that breaks the requested schema (default: an object with none of its properties). */
  | { kind: 'invalidSchemaOutput'; content?: unknown }
  /** The socket is destroyed without an answer. */
  | { kind: 'hangUp' }
  /** Any other OpenAI error, e.g. 400 context_length_exceeded or 403. */
  | { kind: 'error'; status: number; message?: string; type?: string; code?: string | null; param?: string | null; headers?: Record<string, string> };

export type BehaviourKind = Behaviour['kind'];

/** What the server sends once the delay has passed. */
export type ResponsePlan =
  | { action: 'json'; status: number; headers: Record<string, string>; body: unknown }
  | { action: 'text'; status: number; headers: Record<string, string>; text: string }
  | { action: 'hangUp' };

export type Plan = { delayMs: number; response: ResponsePlan; kinds: BehaviourKind[] };

export type NormalContent = { ok: true; content: unknown } | { ok: false; error: ApiError };

export type PlanContext = {
  request: ChatCompletionRequest;
  completionId: string;
  /** The content of a normal answer (fixture or responder), already checked against the schema. */
  normalContent: () => Promise<NormalContent>;
  /** Why scripted `answer` content could never come from OpenAI (it breaks a strict schema), if it could not. */
  checkAnswer: (content: unknown) => ApiError | undefined;
};

const DEFAULT_REFUSAL = "I'm sorry, but I can't assist with that request.";

/** Headers every OpenAI answer carries; clients log x-request-id and watch the rate-limit budget. */
export function standardHeaders(completionId: string, remainingRequests = 9999): Record<string, string> {
  return {
    'x-request-id': `req_${completionId.replace(/^chatcmpl-/, '')}`,
    'openai-version': '2020-10-01',
    'openai-processing-ms': '1',
    'x-ratelimit-limit-requests': '10000',
    'x-ratelimit-remaining-requests': String(remainingRequests),
    'x-ratelimit-reset-requests': remainingRequests > 0 ? '6ms' : '1s',
    'x-ratelimit-limit-tokens': '30000000',
    'x-ratelimit-remaining-tokens': remainingRequests > 0 ? '29999000' : '0',
    'x-ratelimit-reset-tokens': '0s',
  };
}

export async function planBehaviour(behaviour: Behaviour, context: PlanContext): Promise<Plan> {
  if (behaviour.kind === 'slow') {
    const next = await planBehaviour(behaviour.then ?? { kind: 'default' }, context);
    return { ...next, delayMs: next.delayMs + Math.max(0, behaviour.delayMs), kinds: ['slow', ...next.kinds] };
  }
  return { delayMs: 0, response: await planResponse(behaviour, context), kinds: [behaviour.kind] };
}

async function planResponse(behaviour: Exclude<Behaviour, { kind: 'slow' }>, context: PlanContext): Promise<ResponsePlan> {
  const headers = standardHeaders(context.completionId);
  switch (behaviour.kind) {
    case 'default': {
      const normal = await context.normalContent();
      return normal.ok ? answer(context, encodeContent(normal.content)) : errorPlan(normal.error, headers);
    }
    case 'answer': {
      const problem = context.checkAnswer(behaviour.content);
      return problem ? errorPlan(problem, headers) : answer(context, encodeContent(behaviour.content));
    }
    case 'invalidSchemaOutput':
      return answer(context, encodeContent(behaviour.content ?? { unexpected_property: true }));
    case 'malformedJson':
      return answer(context, behaviour.content ?? 'Sure! Here is the JSON you asked for:\n```json\n{"result": [\n```');
    case 'refusal':
      return completion(context, { content: null, refusal: behaviour.message ?? DEFAULT_REFUSAL }, 'stop');
    case 'contentFilter':
      return completion(context, { content: null, refusal: null }, 'content_filter');
    case 'truncated': {
      if (behaviour.content !== undefined) return completion(context, { content: cutJson(encodeContent(behaviour.content)), refusal: null }, 'length');
      const normal = await context.normalContent();
      if (!normal.ok) return errorPlan(normal.error, headers);
      return completion(context, { content: cutJson(encodeContent(normal.content)), refusal: null }, 'length');
    }
    case 'rateLimit':
      return rateLimitPlan(behaviour, context);
    case 'serverError':
      return serverErrorPlan(behaviour.status ?? 500, headers);
    case 'hangUp':
      return { action: 'hangUp' };
    case 'error':
      return errorPlan(
        apiError(behaviour.status, behaviour.message ?? `Scripted error ${behaviour.status}.`, {
          type: behaviour.type,
          code: behaviour.code,
          param: behaviour.param,
        }),
        { ...headers, ...behaviour.headers },
      );
  }
}

/** A normal answer, cut like the real API when it exceeds the request's max tokens. */
function answer(context: PlanContext, content: string): ResponsePlan {
  const limit = tokenLimit(context.request);
  if (limit !== undefined && estimateTokens(content) > limit) {
    return completion(context, { content: content.slice(0, limit * 4), refusal: null }, 'length');
  }
  return completion(context, { content, refusal: null }, 'stop');
}

function completion(context: PlanContext, message: { content: string | null; refusal: string | null }, finishReason: FinishReason): ResponsePlan {
  return {
    action: 'json',
    status: 200,
    headers: standardHeaders(context.completionId),
    body: buildCompletion(context.request, context.completionId, message, finishReason),
  };
}

/** Cuts JSON in the middle so it no longer parses, as an answer stopped by max_tokens does. */
export function cutJson(json: string): string {
  const cut = json.slice(0, Math.max(1, Math.floor(json.length / 2)));
  try {
    JSON.parse(cut);
    // A short value (e.g. "12") can still parse after cutting; an open brace never does.
    return `${cut}{`;
  } catch {
    return cut;
  }
}

function rateLimitPlan(behaviour: Extract<Behaviour, { kind: 'rateLimit' }>, context: PlanContext): ResponsePlan {
  const limit = behaviour.limit ?? 'requests';
  const waitSeconds = behaviour.retryAfterMs !== undefined ? behaviour.retryAfterMs / 1000 : behaviour.retryAfterSeconds;
  const headers = standardHeaders(context.completionId, 0);
  if (behaviour.retryAfterSeconds !== undefined) headers['retry-after'] = String(behaviour.retryAfterSeconds);
  if (behaviour.retryAfterMs !== undefined) headers['retry-after-ms'] = String(behaviour.retryAfterMs);
  const per = limit === 'requests' ? 'requests per min (RPM): Limit 500, Used 500, Requested 1' : 'tokens per min (TPM): Limit 200000, Used 200000, Requested 1000';
  const wait = waitSeconds !== undefined ? ` Please try again in ${waitSeconds}s.` : '';
  return errorPlan(
    apiError(429, `Rate limit reached for ${context.request.model} in organization org-fake on ${per}.${wait}`, {
      type: limit,
      code: 'rate_limit_exceeded',
    }),
    headers,
  );
}

function serverErrorPlan(status: 500 | 502 | 503, headers: Record<string, string>): ResponsePlan {
  if (status === 502) {
    // OpenAI's edge answers 502 with an HTML page, not JSON; the SDK must cope with that too.
    return {
      action: 'text',
      status,
      headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
      text: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n',
    };
  }
  const message =
    status === 503
      ? 'The engine is currently overloaded, please try again later'
      : 'The server had an error while processing your request. Sorry about that!';
  return errorPlan(apiError(status, message, { type: 'server_error' }), headers);
}

export function errorPlan(error: ApiError, headers: Record<string, string> = {}): ResponsePlan {
  return { action: 'json', status: error.status, headers: { ...headers, ...error.headers }, body: error.body };
}
