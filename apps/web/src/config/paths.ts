/** Every in-app URL, built in one place so features can link without knowing the router. */
export const paths = {
  login: (next?: string) => (next ? `/login?next=${encodeURIComponent(next)}` : '/login'),
  register: '/register',
  home: '/',
  workspace: (workspaceId: string) => `/w/${workspaceId}`,
  members: (workspaceId: string) => `/w/${workspaceId}/settings/members`,
  apiTokens: (workspaceId: string) => `/w/${workspaceId}/settings/tokens`,
  project: (projectId: string) => `/projects/${projectId}`,
  interviews: (projectId: string) => `/projects/${projectId}/interviews`,
  interview: (projectId: string, interviewId: string, highlightId?: string) =>
    `/projects/${projectId}/interviews/${interviewId}${highlightId ? `?highlight=${encodeURIComponent(highlightId)}` : ''}`,
  /** The reader with this outcome selected in its Outcomes tab and its quotes marked in the transcript (the reader reads `?outcome=`). */
  interviewEvidence: (projectId: string, interviewId: string, outcomeId: string) =>
    `/projects/${projectId}/interviews/${interviewId}?${new URLSearchParams({ outcome: outcomeId }).toString()}`,
  interviewById: (interviewId: string, highlightId?: string) =>
    `/interviews/${interviewId}${highlightId ? `?highlight=${encodeURIComponent(highlightId)}` : ''}`,
  tags: (projectId: string) => `/projects/${projectId}/tags`,
  tagBoard: (projectId: string, tagId: string) => `/projects/${projectId}/tags/${tagId}`,
  outcomes: (projectId: string) => `/projects/${projectId}/outcomes`,
  /** The outcomes page with this outcome's details open (the page reads `?outcome=`). */
  outcome: (projectId: string, outcomeId: string) => `/projects/${projectId}/outcomes?${new URLSearchParams({ outcome: outcomeId }).toString()}`,
  opportunities: (projectId: string, search?: Record<string, string>) =>
    `/projects/${projectId}/opportunities${search ? `?${new URLSearchParams(search).toString()}` : ''}`,
  ratings: (projectId: string) => `/projects/${projectId}/ratings`,
  controlCentre: (projectId: string) => `/projects/${projectId}/control-centre`,
  journeys: (projectId: string) => `/projects/${projectId}/journeys`,
  /** The journey atlas; `touchpoint` opens that touchpoint's details. */
  journey: (projectId: string, journeyId: string, touchpointId?: string) =>
    `/projects/${projectId}/journeys/${journeyId}${touchpointId ? `?touchpoint=${encodeURIComponent(touchpointId)}` : ''}`,
  kpis: (projectId: string) => `/projects/${projectId}/kpis`,
  kpi: (projectId: string, kpiId: string) => `/projects/${projectId}/kpis/${kpiId}`,
  solutions: (projectId: string) => `/projects/${projectId}/solutions`,
  solution: (projectId: string, solutionId: string) => `/projects/${projectId}/solutions/${solutionId}`,
  extractionJobs: (projectId: string, status?: string) =>
    `/projects/${projectId}/extraction-jobs${status ? `?status=${encodeURIComponent(status)}` : ''}`,
};

/** Only same-app paths are allowed as a post-login destination. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login') || next.startsWith('/register')) return paths.home;
  return next;
}
