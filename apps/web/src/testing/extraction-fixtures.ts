import type { ExtractionEstimate, ExtractionJob, Outcome } from '@outcome-atlas/contracts';
import { vi } from 'vitest';
import { jsonResponse } from './render-with-providers';

export const projectId = '6f1c2a52-4d1e-4f7a-9a53-0b6a7c1f2e10';
export const interviewId = '0d7e4a1b-8f7c-4b2a-9e6d-3c5f1a2b7d90';
export const uuid = (kind: number, index: number) => `0000000${kind}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;

export function extractionJob(overrides: Partial<ExtractionJob> = {}): ExtractionJob {
  return {
    id: uuid(3, 1),
    projectId,
    interviewId,
    interviewTitle: 'Priya, month-end close',
    provider: 'offline',
    model: 'offline-cue-lexicon',
    promptVersion: 'offline-v1',
    status: 'queued',
    progress: { chunksDone: 0, chunksTotal: 0 },
    outcomesCreated: 0,
    duplicatesFound: 0,
    ungroundedDropped: 0,
    usage: { promptTokens: 0, completionTokens: 0 },
    costEstimateUsd: null,
    attempts: 0,
    error: null,
    createdAt: '2026-10-02T09:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    ...overrides,
  };
}

export function extractionEstimate(overrides: Partial<ExtractionEstimate> = {}): ExtractionEstimate {
  return {
    provider: 'offline',
    model: 'offline-cue-lexicon',
    promptVersion: 'offline-v1',
    interviews: 1,
    words: 1234,
    chunks: 2,
    promptTokens: 0,
    completionTokens: 0,
    costUsd: null,
    ...overrides,
  };
}

export function outcome(index: number, overrides: Partial<Outcome> = {}): Outcome {
  return {
    id: uuid(4, index),
    projectId,
    key: `O-${index}`,
    statement: `Minimize the time it takes to do step ${index}`,
    parts: { direction: 'Minimize', metric: 'the time it takes', objectOfControl: `to do step ${index}`, contextualClarifier: null },
    jobStepId: null,
    status: 'proposed',
    confidence: 0.75,
    lintIssues: [],
    origin: { source: 'extraction', provider: 'offline', model: 'offline-cue-lexicon', promptVersion: 'offline-v1', extractionJobId: uuid(3, 1) },
    possibleDuplicateOf: null,
    mergedInto: null,
    evidence: [{ id: uuid(5, index), interviewId, start: index * 10, end: index * 10 + 8, quote: `Quote ${index}` }],
    version: 1,
    createdAt: '2026-10-02T09:00:00.000Z',
    updatedAt: '2026-10-02T09:00:00.000Z',
    ...overrides,
  };
}

type Route = { method: string; path: RegExp; respond: (url: URL, init: RequestInit | undefined) => Response | Promise<Response> };

/** Stubs fetch with handlers by method and path; an unmatched call fails the test loudly. */
export function stubApi(routes: Route[]) {
  const fetchMock = vi.fn<typeof fetch>(async (input, init) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    const route = routes.find((candidate) => candidate.method === method && candidate.path.test(url.pathname));
    if (!route) return jsonResponse({ error: { code: 'UNEXPECTED', message: `No stub for ${method} ${url.pathname}` } }, 500);
    return route.respond(url, init);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export const callsTo = (fetchMock: ReturnType<typeof stubApi>, method: string, path: RegExp) =>
  fetchMock.mock.calls.filter(([input, init]) => (init?.method ?? 'GET') === method && path.test(new URL(String(input), 'http://localhost').pathname));
