import type {
  CreateTouchpointRequest,
  InterviewSummary,
  JourneyAtlas,
  Outcome,
  Project,
  RegisterResponse,
  Respondent,
  Touchpoint,
  UpsertRatingsResponse,
} from '@outcome-atlas/contracts';
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { newUser } from './test-data.js';

/**
 * Test data through the HTTP API, for steps a spec does not exercise in the UI.
 * Registering through a page's `request` also logs that page's context in (session cookie).
 */
export type ApiUser = RegisterResponse & { email: string; password: string; name: string };

async function json<T>(response: APIResponse, status: number): Promise<T> {
  expect(response.status(), `${response.url()}: ${await response.text()}`).toBe(status);
  return (await response.json()) as T;
}

export async function registerViaApi(request: APIRequestContext, hint: string): Promise<ApiUser> {
  const user = newUser(hint);
  const body = await json<RegisterResponse>(await request.post('/api/v1/auth/register', { data: user }), 201);
  return { ...body, ...user };
}

export async function createProjectViaApi(request: APIRequestContext, user: ApiUser, project: { name: string; jobStatement?: string }): Promise<Project> {
  const response = await request.post(`/api/v1/workspaces/${user.workspace.id}/projects`, { data: project, headers: { authorization: `Bearer ${user.token}` } });
  return json<Project>(response, 201);
}

export async function createInterviewViaApi(request: APIRequestContext, user: ApiUser, projectId: string, interview: { title: string; content: string }): Promise<InterviewSummary> {
  const response = await request.post(`/api/v1/projects/${projectId}/interviews`, {
    data: { title: interview.title, format: 'txt', content: interview.content },
    headers: { authorization: `Bearer ${user.token}` },
  });
  return json<InterviewSummary>(response, 201);
}

export async function createHighlightViaApi(request: APIRequestContext, user: ApiUser, interviewId: string, highlight: { start: number; end: number; note?: string; newTags?: string[] }): Promise<void> {
  const response = await request.post(`/api/v1/interviews/${interviewId}/highlights`, { data: highlight, headers: { authorization: `Bearer ${user.token}` } });
  await json<unknown>(response, 201);
}

/** Starts an offline extraction of one interview and waits until the project has at least `expected` outcomes. */
export async function extractOfflineViaApi(request: APIRequestContext, user: ApiUser, projectId: string, interviewId: string, expected: number): Promise<void> {
  const headers = { authorization: `Bearer ${user.token}` };
  await json<unknown>(await request.post(`/api/v1/interviews/${interviewId}/extractions`, { data: { provider: 'offline' }, headers }), 202);
  await expect
    .poll(
      async () => {
        const page = await json<{ items: unknown[] }>(await request.get(`/api/v1/projects/${projectId}/outcomes`, { headers }), 200);
        return page.items.length;
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(expected);
}

export async function createOutcomeViaApi(request: APIRequestContext, user: ApiUser, projectId: string, statement: string): Promise<Outcome> {
  return json<Outcome>(await request.post(`/api/v1/projects/${projectId}/outcomes`, { data: { statement }, headers: { authorization: `Bearer ${user.token}` } }), 201);
}

/** Accepts outcomes in one bulk change (respondents rate the accepted ones). */
export async function acceptOutcomesViaApi(request: APIRequestContext, user: ApiUser, projectId: string, outcomes: readonly Pick<Outcome, 'id'>[]): Promise<void> {
  const data = { action: 'accept', ids: outcomes.map((outcome) => outcome.id) };
  await json<unknown>(await request.post(`/api/v1/projects/${projectId}/outcomes/bulk`, { data, headers: { authorization: `Bearer ${user.token}` } }), 200);
}

/** Adds each statement as a manual outcome and accepts them all; returns them in creation (key) order. */
export async function createAcceptedOutcomesViaApi(request: APIRequestContext, user: ApiUser, projectId: string, statements: readonly string[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const statement of statements) outcomes.push(await createOutcomeViaApi(request, user, projectId, statement));
  await acceptOutcomesViaApi(request, user, projectId, outcomes);
  return outcomes;
}

export async function createRespondentViaApi(
  request: APIRequestContext,
  user: ApiUser,
  projectId: string,
  respondent: { externalId: string; segment?: string | null; attributes?: Record<string, string> },
): Promise<Respondent> {
  return json<Respondent>(await request.post(`/api/v1/projects/${projectId}/respondents`, { data: respondent, headers: { authorization: `Bearer ${user.token}` } }), 201);
}

export type RatingInput = { respondentId: string; outcomeId: string; importance?: number | null; satisfaction?: number | null };

export async function upsertRatingsViaApi(request: APIRequestContext, user: ApiUser, projectId: string, ratings: readonly RatingInput[], source: 'workshop' | 'survey' = 'workshop'): Promise<UpsertRatingsResponse> {
  const response = await request.post(`/api/v1/projects/${projectId}/ratings`, { data: { source, ratings }, headers: { authorization: `Bearer ${user.token}` } });
  return json<UpsertRatingsResponse>(response, 200);
}

/**
 * Rates outcomes with one workshop respondent per answer pair, so they get scores and a zone: e.g.
 * `[[5, 1], [5, 2], [5, 5], [2, 1]]` gives importance 7.5, satisfaction 2.5, opportunity 12.5 (High).
 */
export async function rateOutcomeViaApi(request: APIRequestContext, user: ApiUser, projectId: string, outcome: Pick<Outcome, 'id' | 'key'>, answers: readonly (readonly [number, number])[]): Promise<void> {
  for (const [index, [importance, satisfaction]] of answers.entries()) {
    const respondent = await createRespondentViaApi(request, user, projectId, { externalId: `${outcome.key} rater ${index + 1}` });
    await upsertRatingsViaApi(request, user, projectId, [{ respondentId: respondent.id, outcomeId: outcome.id, importance, satisfaction }]);
  }
}

/** A journey with its first stages, answered as its atlas (stage ids in order). */
export async function createJourneyViaApi(request: APIRequestContext, user: ApiUser, projectId: string, journey: { name: string; stages: string[] }): Promise<JourneyAtlas> {
  const response = await request.post(`/api/v1/projects/${projectId}/journeys`, { data: journey, headers: { authorization: `Bearer ${user.token}` } });
  return json<JourneyAtlas>(response, 201);
}

export async function createTouchpointViaApi(request: APIRequestContext, user: ApiUser, stageId: string, touchpoint: CreateTouchpointRequest): Promise<Touchpoint> {
  const response = await request.post(`/api/v1/stages/${stageId}/touchpoints`, { data: touchpoint, headers: { authorization: `Bearer ${user.token}` } });
  return json<Touchpoint>(response, 201);
}

/** Places an outcome at a touchpoint. */
export async function linkTouchpointOutcomeViaApi(request: APIRequestContext, user: ApiUser, touchpointId: string, outcomeId: string): Promise<void> {
  const response = await request.post(`/api/v1/touchpoints/${touchpointId}/outcomes`, { data: { outcomeId }, headers: { authorization: `Bearer ${user.token}` } });
  expect(response.status(), `${response.url()}: ${await response.text()}`).toBe(204);
}
