import { endpoints } from '@outcome-atlas/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../testing/render-with-providers';
import { apiRequest, buildUrl } from './api-client';
import { ApiError } from './api-error';
import { setUnauthorizedHandler } from './unauthorized';

const project = {
  id: '6f1c2a52-4d1e-4f7a-9a53-0b6a7c1f2e10',
  workspaceId: '0d7e4a1b-8f7c-4b2a-9e6d-3c5f1a2b7d90',
  name: 'Invoice reconciliation',
  description: '',
  jobStatement: 'Reconcile supplier invoices with orders',
  interviewCount: 2,
  extraction: { model: null, redactPii: false },
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
};

function stubFetch(response: Response) {
  const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('buildUrl', () => {
  it('fills and encodes path parameters and drops empty query values', () => {
    expect(buildUrl(endpoints.listInterviews, { projectId: 'a/b' }, { q: 'late payment', cursor: undefined, tagId: null, limit: 25 })).toBe(
      '/api/v1/projects/a%2Fb/interviews?q=late+payment&limit=25',
    );
  });

  it('refuses a missing path parameter', () => {
    expect(() => buildUrl(endpoints.getProject, {})).toThrow(/projectId/);
  });
});

describe('apiRequest', () => {
  it('sends JSON with same-origin credentials and parses the success body', async () => {
    const fetchMock = stubFetch(jsonResponse(project, 201));
    const result = await apiRequest(endpoints.createProject, { params: { workspaceId: project.workspaceId }, body: { name: 'Invoice reconciliation' } });
    expect(result).toEqual(project);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(`/api/v1/workspaces/${project.workspaceId}/projects`);
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: JSON.stringify({ name: 'Invoice reconciliation' }) });
  });

  it('turns an error body into a typed ApiError with field issues', async () => {
    stubFetch(
      jsonResponse(
        { error: { code: 'VALIDATION_FAILED', message: 'Request is invalid', details: [{ path: 'name', message: 'Required' }], requestId: 'req-1' } },
        400,
      ),
    );
    const error = await apiRequest(endpoints.createProject, { params: { workspaceId: project.workspaceId }, body: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: 'Request is invalid', requestId: 'req-1' });
    expect((error as ApiError).fieldIssues).toEqual([{ path: 'name', message: 'Required' }]);
  });

  it('still gives an ApiError when the error body is not the contract shape', async () => {
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    await expect(apiRequest(endpoints.getProject, { params: { projectId: project.id } })).rejects.toMatchObject({ status: 502, code: 'HTTP_ERROR' });
  });

  it('rejects a success body that does not match the contract schema', async () => {
    stubFetch(jsonResponse({ ...project, interviewCount: 'two' }));
    await expect(apiRequest(endpoints.getProject, { params: { projectId: project.id } })).rejects.toMatchObject({
      code: 'CONTRACT_MISMATCH',
      details: [expect.objectContaining({ path: 'interviewCount' })],
    });
  });

  it('returns nothing for 204 endpoints', async () => {
    stubFetch(new Response(null, { status: 204 }));
    await expect(apiRequest(endpoints.deleteProject, { params: { projectId: project.id } })).resolves.toBeUndefined();
  });

  it('reports a 401 from a signed-in endpoint so the app can send the user to /login', async () => {
    const onUnauthorized = vi.fn();
    const release = setUnauthorizedHandler(onUnauthorized);
    stubFetch(jsonResponse({ error: { code: 'UNAUTHENTICATED', message: 'Log in first' } }, 401));
    await expect(apiRequest(endpoints.me)).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledOnce();
    release();
  });

  it('does not redirect on a failed login (public endpoint)', async () => {
    const onUnauthorized = vi.fn();
    const release = setUnauthorizedHandler(onUnauthorized);
    stubFetch(jsonResponse({ error: { code: 'INVALID_CREDENTIALS', message: 'Email or password is wrong' } }, 401));
    await expect(apiRequest(endpoints.login, { body: { email: 'a@b.co', password: 'x' } })).rejects.toMatchObject({ message: 'Email or password is wrong' });
    expect(onUnauthorized).not.toHaveBeenCalled();
    release();
  });

  it('maps a network failure to a NETWORK_ERROR ApiError', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(apiRequest(endpoints.me)).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});
