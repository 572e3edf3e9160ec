import type { InterviewSummary, Project, RegisterResponse } from '@outcome-atlas/contracts';
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

export async function createOutcomeViaApi(request: APIRequestContext, user: ApiUser, projectId: string, statement: string): Promise<void> {
  await json<unknown>(await request.post(`/api/v1/projects/${projectId}/outcomes`, { data: { statement }, headers: { authorization: `Bearer ${user.token}` } }), 201);
}
