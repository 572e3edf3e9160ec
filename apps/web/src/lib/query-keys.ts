/**
 * Query keys in one place, so a mutation in one feature can invalidate what another feature shows
 * (features never import each other). Keys nest: invalidating a prefix refreshes everything below it.
 */
export const queryKeys = {
  me: ['auth', 'me'] as const,
  workspaces: ['workspaces'] as const,
  members: (workspaceId: string) => ['workspaces', workspaceId, 'members'] as const,
  apiTokens: (workspaceId: string) => ['workspaces', workspaceId, 'api-tokens'] as const,
  projects: (workspaceId: string) => ['workspaces', workspaceId, 'projects'] as const,
  project: (projectId: string) => ['projects', projectId] as const,
  jobSteps: (projectId: string) => ['projects', projectId, 'job-steps'] as const,
  personas: (projectId: string) => ['projects', projectId, 'personas'] as const,
  interviews: (projectId: string) => ['projects', projectId, 'interviews'] as const,
  interviewSearch: (projectId: string, filters: { q: string; personaId: string | null; tagId: string | null }) =>
    ['projects', projectId, 'interviews', filters] as const,
  interview: (interviewId: string) => ['interviews', interviewId] as const,
  tags: (projectId: string) => ['projects', projectId, 'tags'] as const,
  tagBoards: ['tag-boards'] as const,
  tagBoard: (tagId: string) => ['tag-boards', tagId] as const,
  /** Every list of a project's extraction jobs (all filters), as one prefix. */
  extractionJobs: (projectId: string) => ['projects', projectId, 'extraction-jobs'] as const,
  extractionJobList: (projectId: string, filters: { status: string | null; interviewId: string | null; latest?: boolean }) =>
    ['projects', projectId, 'extraction-jobs', filters] as const,
  extractionJob: (jobId: string) => ['extraction-jobs', jobId] as const,
  /** Estimates change whenever a job is started or finishes; invalidate them all at once. */
  extractionEstimates: ['extraction-estimates'] as const,
  extractionEstimate: (scope: 'interview' | 'project', id: string, provider: string | null) => ['extraction-estimates', scope, id, provider] as const,
  /** Outside `interview(id)`, so highlight edits (which invalidate the interview) do not refetch outcomes. */
  interviewOutcomes: (interviewId: string) => ['interview-outcomes', interviewId] as const,
  allInterviewOutcomes: ['interview-outcomes'] as const,
  /** Every list of a project's outcomes (all filters), as one prefix. */
  projectOutcomes: (projectId: string) => ['projects', projectId, 'outcomes'] as const,
  projectOutcomeList: (projectId: string, filters: Record<string, unknown>) => ['projects', projectId, 'outcomes', filters] as const,
  outcome: (outcomeId: string) => ['outcomes', outcomeId] as const,
  outcomeHistory: (outcomeId: string) => ['outcomes', outcomeId, 'history'] as const,
};
