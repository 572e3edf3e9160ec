/**
 * What the fake saw: every request with its parsed body, headers and timing, plus counters.
 * Tests assert on it: how many retries arrived and when, how many calls ran at once, which
 * model was asked for, and whether the prompt delimited the transcript.
 */
import type { BehaviourKind } from './behaviours.ts';
import type { ChatCompletionRequest } from './chat-completion-request.ts';

export type RequestOutcome = 'pending' | 'answered' | 'aborted' | 'hungUp';

export type RecordedRequest = {
  /** 1-based arrival order over all requests. */
  seq: number;
  method: string;
  /** The path without query string, e.g. /v1/chat/completions. */
  path: string;
  /** Lower-cased header names, as node gives them. */
  headers: Record<string, string>;
  /** The body as parsed JSON, or the raw text when it was not JSON, or undefined when empty. */
  body: unknown;
  /** The validated chat completion request, when the body passed validation. */
  chat?: ChatCompletionRequest;
  /** Date.now() when the request arrived and when its answer ended. */
  receivedAt: number;
  finishedAt?: number;
  /** The SDK's x-stainless-retry-count header: 0 for a first attempt, n for the n-th retry. */
  retryCount: number;
  /** Chat completions in flight when this one arrived, itself included. */
  concurrency: number;
  /** The behaviours applied, e.g. ['slow', 'default']; ['invalid'] when validation refused it. */
  behaviour: (BehaviourKind | 'invalid')[];
  status?: number;
  outcome: RequestOutcome;
};

export type FakeOpenAIStats = {
  /** Every HTTP request received. */
  requests: number;
  /** POST /v1/chat/completions received, valid or not. */
  chatCompletions: number;
  /** Chat completions being answered right now. */
  inFlight: number;
  /** High-water mark of inFlight: the most chat completions that were ever answered at once. */
  maxConcurrency: number;
  byStatus: Record<string, number>;
  byBehaviour: Record<string, number>;
};

export type RequestLog = {
  records: RecordedRequest[];
  stats: FakeOpenAIStats;
};

export const emptyStats = (): FakeOpenAIStats => ({
  requests: 0,
  chatCompletions: 0,
  inFlight: 0,
  maxConcurrency: 0,
  byStatus: {},
  byBehaviour: {},
});

export const snapshotStats = (stats: FakeOpenAIStats): FakeOpenAIStats => ({
  ...stats,
  byStatus: { ...stats.byStatus },
  byBehaviour: { ...stats.byBehaviour },
});

export function finishRecord(stats: FakeOpenAIStats, record: RecordedRequest, outcome: RequestOutcome, status?: number): void {
  if (record.outcome !== 'pending') return;
  record.outcome = outcome;
  record.finishedAt = Date.now();
  if (status !== undefined) {
    record.status = status;
    stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1;
  }
  for (const kind of record.behaviour) stats.byBehaviour[kind] = (stats.byBehaviour[kind] ?? 0) + 1;
}

export function headerRecord(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
