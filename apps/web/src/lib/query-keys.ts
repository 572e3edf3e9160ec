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
  /** Below `opportunityScores`, so a ratings change refreshes them all. */
  opportunityBacklog: (projectId: string, filters: Record<string, unknown>) => ['projects', projectId, 'opportunities', 'backlog', filters] as const,
  opportunityLandscape: (projectId: string, filters: Record<string, unknown>) => ['projects', projectId, 'opportunities', 'landscape', filters] as const,
  opportunityComparison: (projectId: string, filters: Record<string, unknown>) => ['projects', projectId, 'opportunities', 'compare', filters] as const,
  segments: (projectId: string) => ['projects', projectId, 'opportunities', 'segments'] as const,
  segmentations: (projectId: string) => ['projects', projectId, 'opportunities', 'segmentations'] as const,
  /** Duplicate groups at every threshold, as one prefix; outside `projectOutcomes`, whose lists `storeOutcomes` rewrites page by page. */
  allOutcomeDuplicates: (projectId: string) => ['projects', projectId, 'outcome-duplicates'] as const,
  outcomeDuplicates: (projectId: string, threshold: number) => ['projects', projectId, 'outcome-duplicates', threshold] as const,
  /** Every respondent list of a project (all searches), as one prefix. */
  respondents: (projectId: string) => ['projects', projectId, 'respondents'] as const,
  respondentList: (projectId: string, q: string) => ['projects', projectId, 'respondents', { q }] as const,
  /** Every ratings read of a project, as one prefix. */
  ratings: (projectId: string) => ['projects', projectId, 'ratings'] as const,
  respondentRatings: (projectId: string, respondentId: string) => ['projects', projectId, 'ratings', { respondentId }] as const,
  /** Outcomes the ratings page needs whole (all pages, by status), outside `projectOutcomes` for the same reason. */
  ratingOutcomes: (projectId: string, statuses: string) => ['projects', projectId, 'rating-outcomes', statuses] as const,
  allRatingOutcomes: (projectId: string) => ['projects', projectId, 'rating-outcomes'] as const,
  /** Every read of opportunity scores (backlog, landscape, the rating preview), as one prefix: ratings change them all. */
  opportunityScores: (projectId: string) => ['projects', projectId, 'opportunities'] as const,
  ratingPreviewBaseline: (projectId: string, respondentId: string) => ['projects', projectId, 'opportunities', 'rating-preview', respondentId] as const,
  /** Journeys, KPIs and solutions are linked to outcomes and to each other: any change there refreshes `chain(projectId)`. */
  chain: (projectId: string) => ['projects', projectId, 'chain'] as const,
  journeys: (projectId: string) => ['projects', projectId, 'chain', 'journeys'] as const,
  journey: (projectId: string, journeyId: string) => ['projects', projectId, 'chain', 'journeys', journeyId] as const,
  touchpoint: (projectId: string, touchpointId: string) => ['projects', projectId, 'chain', 'touchpoints', touchpointId] as const,
  kpis: (projectId: string) => ['projects', projectId, 'chain', 'kpis'] as const,
  kpiList: (projectId: string, filters: Record<string, unknown>) => ['projects', projectId, 'chain', 'kpis', 'list', filters] as const,
  kpi: (projectId: string, kpiId: string) => ['projects', projectId, 'chain', 'kpis', kpiId] as const,
  kpiMeasurements: (projectId: string, kpiId: string) => ['projects', projectId, 'chain', 'kpis', kpiId, 'measurements'] as const,
  solutions: (projectId: string) => ['projects', projectId, 'chain', 'solutions'] as const,
  solutionList: (projectId: string, filters: Record<string, unknown>) => ['projects', projectId, 'chain', 'solutions', 'list', filters] as const,
  solution: (projectId: string, solutionId: string) => ['projects', projectId, 'chain', 'solutions', solutionId] as const,
  solutionEvaluation: (projectId: string, solutionId: string) => ['projects', projectId, 'chain', 'solutions', solutionId, 'evaluation'] as const,
  outcomeLinks: (projectId: string, outcomeId: string) => ['projects', projectId, 'chain', 'outcome-links', outcomeId] as const,
  controlCentre: (projectId: string) => ['projects', projectId, 'chain', 'control-centre'] as const,
};
