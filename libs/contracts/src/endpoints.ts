import { z } from 'zod';
import { accepted, authErrors, created, noContent, ok, v1, type Endpoint } from './endpoint-kit.js';
import { journeyEndpoints } from './journey-endpoints.js';
import { evaluationEndpoints } from './evaluation-endpoints.js';
import { loginRequestSchema, loginResponseSchema, meResponseSchema, registerRequestSchema, registerResponseSchema } from './auth.js';
import { pageOf, pageQuerySchema } from './common.js';
import {
  extractionEstimateQuerySchema,
  extractionEstimateSchema,
  extractionJobSchema,
  listExtractionJobsQuerySchema,
  startExtractionRequestSchema,
  startExtractionsResponseSchema,
} from './extraction.js';
import { healthSchema } from './health.js';
import {
  createHighlightRequestSchema,
  highlightSchema,
  listHighlightsQuerySchema,
  tagBoardItemSchema,
  updateHighlightRequestSchema,
} from './highlights.js';
import {
  createInterviewRequestSchema,
  interviewDetailSchema,
  interviewListItemSchema,
  interviewSummarySchema,
  listInterviewsQuerySchema,
  updateInterviewRequestSchema,
  uploadInterviewMetadataSchema,
} from './interviews.js';
import {
  createJobStepRequestSchema,
  createPersonaRequestSchema,
  createProjectRequestSchema,
  jobStepSchema,
  personaSchema,
  projectSchema,
  updateJobStepRequestSchema,
  updateProjectRequestSchema,
} from './projects.js';
import { listInterviewOutcomesQuerySchema, listProjectOutcomesQuerySchema, outcomeSchema } from './outcomes.js';
import {
  bulkOutcomesRequestSchema,
  bulkOutcomesResponseSchema,
  createOutcomeRequestSchema,
  outcomeHistoryEntrySchema,
  updateOutcomeRequestSchema,
} from './outcome-curation.js';
import {
  listOutcomeDuplicatesQuerySchema,
  mergeOutcomeRequestSchema,
  mergeOutcomeResponseSchema,
  outcomeDuplicatesResponseSchema,
  unmergeOutcomeRequestSchema,
  unmergeOutcomeResponseSchema,
} from './outcome-merge.js';
import {
  createRespondentRequestSchema,
  importRatingsQuerySchema,
  importRatingsResponseSchema,
  listRatingsQuerySchema,
  listRespondentsQuerySchema,
  ratingSchema,
  respondentSchema,
  upsertRatingsRequestSchema,
  upsertRatingsResponseSchema,
} from './ratings.js';
import {
  compareOpportunitiesQuerySchema,
  createSegmentationRequestSchema,
  listOpportunitiesQuerySchema,
  opportunityBacklogSchema,
  opportunityComparisonSchema,
  opportunityLandscapeQuerySchema,
  opportunityLandscapeSchema,
  segmentationSchema,
  segmentOptionSchema,
} from './opportunities.js';
import { createTagRequestSchema, mergeTagRequestSchema, tagSchema, updateTagRequestSchema } from './tags.js';
import {
  addMemberRequestSchema,
  apiTokenSchema,
  createApiTokenRequestSchema,
  createdApiTokenSchema,
  createWorkspaceRequestSchema,
  memberSchema,
  updateMemberRequestSchema,
  workspaceSchema,
} from './workspaces.js';

export type { Endpoint, HttpMethod } from './endpoint-kit.js';

export const endpoints = {
  health: { method: 'GET', path: '/api/health', summary: 'Service and database status', tag: 'system', auth: 'public', success: ok(healthSchema), errors: [503] },

  register: { method: 'POST', path: `${v1}/auth/register`, summary: 'Create an account and its first workspace', tag: 'auth', auth: 'public', body: registerRequestSchema, success: created(registerResponseSchema), errors: [400, 409, 429] },
  login: { method: 'POST', path: `${v1}/auth/login`, summary: 'Log in; sets the session cookie and returns a bearer token', tag: 'auth', auth: 'public', body: loginRequestSchema, success: ok(loginResponseSchema), errors: [400, 401, 429] },
  logout: { method: 'POST', path: `${v1}/auth/logout`, summary: 'End the current session', tag: 'auth', auth: 'user', success: noContent, errors: [401] },
  me: { method: 'GET', path: `${v1}/auth/me`, summary: 'The caller and their workspaces', tag: 'auth', auth: 'user', success: ok(meResponseSchema), errors: [401] },

  listWorkspaces: { method: 'GET', path: `${v1}/workspaces`, summary: 'Workspaces the caller belongs to', tag: 'workspaces', auth: 'user', success: ok(z.object({ items: z.array(workspaceSchema) })), errors: [401] },
  createWorkspace: { method: 'POST', path: `${v1}/workspaces`, summary: 'Create a workspace owned by the caller', tag: 'workspaces', auth: 'user', body: createWorkspaceRequestSchema, success: created(workspaceSchema), errors: [400, 401, 403] },
  listMembers: { method: 'GET', path: `${v1}/workspaces/:workspaceId/members`, summary: 'Members of a workspace', tag: 'workspaces', auth: 'user', query: pageQuerySchema, success: ok(pageOf(memberSchema)), errors: [400, ...authErrors] },
  addMember: { method: 'POST', path: `${v1}/workspaces/:workspaceId/members`, summary: 'Add an existing user by email (owners only)', tag: 'workspaces', auth: 'user', body: addMemberRequestSchema, success: created(memberSchema), errors: [400, ...authErrors, 409, 422] },
  updateMember: { method: 'PATCH', path: `${v1}/workspaces/:workspaceId/members/:userId`, summary: 'Change a member\'s role (owners only)', tag: 'workspaces', auth: 'user', body: updateMemberRequestSchema, success: ok(memberSchema), errors: [400, ...authErrors, 409] },
  removeMember: { method: 'DELETE', path: `${v1}/workspaces/:workspaceId/members/:userId`, summary: 'Remove a member (owners only; the last owner stays)', tag: 'workspaces', auth: 'user', success: noContent, errors: [...authErrors, 409] },

  listApiTokens: { method: 'GET', path: `${v1}/workspaces/:workspaceId/api-tokens`, summary: 'The caller\'s API tokens for a workspace', tag: 'api-tokens', auth: 'user', success: ok(z.object({ items: z.array(apiTokenSchema) })), errors: authErrors },
  createApiToken: { method: 'POST', path: `${v1}/workspaces/:workspaceId/api-tokens`, summary: 'Create a personal API token; the secret is returned once', tag: 'api-tokens', auth: 'user', body: createApiTokenRequestSchema, success: created(createdApiTokenSchema), errors: [400, ...authErrors] },
  revokeApiToken: { method: 'DELETE', path: `${v1}/workspaces/:workspaceId/api-tokens/:tokenId`, summary: 'Revoke an API token', tag: 'api-tokens', auth: 'user', success: noContent, errors: authErrors },

  listProjects: { method: 'GET', path: `${v1}/workspaces/:workspaceId/projects`, summary: 'Projects of a workspace', tag: 'projects', auth: 'user', query: pageQuerySchema, success: ok(pageOf(projectSchema)), errors: [400, ...authErrors] },
  createProject: { method: 'POST', path: `${v1}/workspaces/:workspaceId/projects`, summary: 'Create a project with the eight universal job steps', tag: 'projects', auth: 'user', body: createProjectRequestSchema, success: created(projectSchema), errors: [400, ...authErrors] },
  getProject: { method: 'GET', path: `${v1}/projects/:projectId`, summary: 'A project', tag: 'projects', auth: 'user', success: ok(projectSchema), errors: authErrors },
  updateProject: { method: 'PATCH', path: `${v1}/projects/:projectId`, summary: 'Rename or describe a project', tag: 'projects', auth: 'user', body: updateProjectRequestSchema, success: ok(projectSchema), errors: [400, ...authErrors] },
  deleteProject: { method: 'DELETE', path: `${v1}/projects/:projectId`, summary: 'Delete a project and everything in it', tag: 'projects', auth: 'user', success: noContent, errors: authErrors },

  listPersonas: { method: 'GET', path: `${v1}/projects/:projectId/personas`, summary: 'Personas of a project', tag: 'personas', auth: 'user', success: ok(z.object({ items: z.array(personaSchema) })), errors: authErrors },
  createPersona: { method: 'POST', path: `${v1}/projects/:projectId/personas`, summary: 'Add a persona', tag: 'personas', auth: 'user', body: createPersonaRequestSchema, success: created(personaSchema), errors: [400, ...authErrors, 409] },

  listJobSteps: { method: 'GET', path: `${v1}/projects/:projectId/job-steps`, summary: 'The project\'s job map, in order', tag: 'job-map', auth: 'user', success: ok(z.object({ items: z.array(jobStepSchema) })), errors: authErrors },
  createJobStep: { method: 'POST', path: `${v1}/projects/:projectId/job-steps`, summary: 'Add a job step', tag: 'job-map', auth: 'user', body: createJobStepRequestSchema, success: created(jobStepSchema), errors: [400, ...authErrors] },
  updateJobStep: { method: 'PATCH', path: `${v1}/job-steps/:jobStepId`, summary: 'Rename or move a job step (the others shift)', tag: 'job-map', auth: 'user', body: updateJobStepRequestSchema, success: ok(jobStepSchema), errors: [400, ...authErrors] },
  deleteJobStep: { method: 'DELETE', path: `${v1}/job-steps/:jobStepId`, summary: 'Delete a job step', tag: 'job-map', auth: 'user', success: noContent, errors: authErrors },

  listInterviews: { method: 'GET', path: `${v1}/projects/:projectId/interviews`, summary: 'Interviews of a project; with `q` a ranked full-text search with snippets', tag: 'interviews', auth: 'user', query: listInterviewsQuerySchema, success: ok(pageOf(interviewListItemSchema)), errors: [400, ...authErrors] },
  createInterview: { method: 'POST', path: `${v1}/projects/:projectId/interviews`, summary: 'Add an interview from JSON, or upload a .txt/.md/.vtt/.srt/.docx file as multipart `file`', tag: 'interviews', auth: 'user', body: createInterviewRequestSchema, multipart: uploadInterviewMetadataSchema, success: created(interviewSummarySchema), errors: [400, ...authErrors, 409, 413, 415, 422] },
  getInterview: { method: 'GET', path: `${v1}/interviews/:interviewId`, summary: 'An interview with transcript, utterances and highlights', tag: 'interviews', auth: 'user', success: ok(interviewDetailSchema), errors: authErrors },
  updateInterview: { method: 'PATCH', path: `${v1}/interviews/:interviewId`, summary: 'Change interview metadata', tag: 'interviews', auth: 'user', body: updateInterviewRequestSchema, success: ok(interviewSummarySchema), errors: [400, ...authErrors] },
  deleteInterview: { method: 'DELETE', path: `${v1}/interviews/:interviewId`, summary: 'Delete an interview and its highlights', tag: 'interviews', auth: 'user', success: noContent, errors: authErrors },

  listTags: { method: 'GET', path: `${v1}/projects/:projectId/tags`, summary: 'The project\'s tag taxonomy with usage counts', tag: 'tags', auth: 'user', success: ok(z.object({ items: z.array(tagSchema) })), errors: authErrors },
  createTag: { method: 'POST', path: `${v1}/projects/:projectId/tags`, summary: 'Create a tag', tag: 'tags', auth: 'user', body: createTagRequestSchema, success: created(tagSchema), errors: [400, ...authErrors, 409] },
  updateTag: { method: 'PATCH', path: `${v1}/tags/:tagId`, summary: 'Rename, recolour or regroup a tag', tag: 'tags', auth: 'user', body: updateTagRequestSchema, success: ok(tagSchema), errors: [400, ...authErrors, 409] },
  deleteTag: { method: 'DELETE', path: `${v1}/tags/:tagId`, summary: 'Delete a tag (highlights stay, untagged)', tag: 'tags', auth: 'user', success: noContent, errors: authErrors },
  mergeTag: { method: 'POST', path: `${v1}/tags/:tagId/merge`, summary: 'Merge this tag into another', tag: 'tags', auth: 'user', body: mergeTagRequestSchema, success: ok(tagSchema), errors: [400, ...authErrors, 422] },
  listTagHighlights: { method: 'GET', path: `${v1}/tags/:tagId/highlights`, summary: 'Tag board: every highlight with this tag, across interviews', tag: 'tags', auth: 'user', query: pageQuerySchema, success: ok(pageOf(tagBoardItemSchema)), errors: [400, ...authErrors] },

  listHighlights: { method: 'GET', path: `${v1}/interviews/:interviewId/highlights`, summary: 'Highlights of an interview, in transcript order', tag: 'highlights', auth: 'user', query: listHighlightsQuerySchema, success: ok(pageOf(highlightSchema)), errors: [400, ...authErrors] },
  createHighlight: { method: 'POST', path: `${v1}/interviews/:interviewId/highlights`, summary: 'Highlight a passage and tag it', tag: 'highlights', auth: 'user', body: createHighlightRequestSchema, success: created(highlightSchema), errors: [400, ...authErrors, 422] },
  updateHighlight: { method: 'PATCH', path: `${v1}/highlights/:highlightId`, summary: 'Change a highlight\'s note or tags', tag: 'highlights', auth: 'user', body: updateHighlightRequestSchema, success: ok(highlightSchema), errors: [400, ...authErrors] },
  deleteHighlight: { method: 'DELETE', path: `${v1}/highlights/:highlightId`, summary: 'Delete a highlight', tag: 'highlights', auth: 'user', success: noContent, errors: authErrors },

  estimateInterviewExtraction: { method: 'GET', path: `${v1}/interviews/:interviewId/extraction-estimate`, summary: 'Calls, tokens and cost an extraction of this interview would take', tag: 'extraction', auth: 'user', query: extractionEstimateQuerySchema, success: ok(extractionEstimateSchema), errors: [400, ...authErrors] },
  startInterviewExtraction: { method: 'POST', path: `${v1}/interviews/:interviewId/extractions`, summary: 'Extract desired outcomes from an interview (runs in the background)', tag: 'extraction', auth: 'user', body: startExtractionRequestSchema, success: accepted(startExtractionsResponseSchema), errors: [400, ...authErrors, 422] },
  estimateProjectExtraction: { method: 'GET', path: `${v1}/projects/:projectId/extraction-estimate`, summary: 'Calls, tokens and cost of extracting every interview not yet extracted', tag: 'extraction', auth: 'user', query: extractionEstimateQuerySchema, success: ok(extractionEstimateSchema), errors: [400, ...authErrors] },
  startProjectExtraction: { method: 'POST', path: `${v1}/projects/:projectId/extractions`, summary: 'Extract every interview not yet extracted with the current model and prompt version', tag: 'extraction', auth: 'user', body: startExtractionRequestSchema, success: accepted(startExtractionsResponseSchema), errors: [400, ...authErrors, 422] },
  listExtractionJobs: { method: 'GET', path: `${v1}/projects/:projectId/extraction-jobs`, summary: 'Extraction jobs of a project, newest first', tag: 'extraction', auth: 'user', query: listExtractionJobsQuerySchema, success: ok(pageOf(extractionJobSchema)), errors: [400, ...authErrors] },
  getExtractionJob: { method: 'GET', path: `${v1}/extraction-jobs/:jobId`, summary: 'Status, progress, counts and token usage of an extraction job', tag: 'extraction', auth: 'user', success: ok(extractionJobSchema), errors: authErrors },
  cancelExtractionJob: { method: 'POST', path: `${v1}/extraction-jobs/:jobId/cancel`, summary: 'Cancel a queued or running extraction job', tag: 'extraction', auth: 'user', success: ok(extractionJobSchema), errors: [...authErrors, 409] },
  retryExtractionJob: { method: 'POST', path: `${v1}/extraction-jobs/:jobId/retry`, summary: 'Start a failed or cancelled extraction again (finished chunks are not repeated)', tag: 'extraction', auth: 'user', success: accepted(extractionJobSchema), errors: [...authErrors, 409] },
  listInterviewOutcomes: { method: 'GET', path: `${v1}/interviews/:interviewId/outcomes`, summary: 'Outcomes with evidence in this interview, with that evidence', tag: 'outcomes', auth: 'user', query: listInterviewOutcomesQuerySchema, success: ok(pageOf(outcomeSchema)), errors: [400, ...authErrors] },
  listProjectOutcomes: { method: 'GET', path: `${v1}/projects/:projectId/outcomes`, summary: 'Outcomes of a project, filtered and sorted, each with all its evidence', tag: 'outcomes', auth: 'user', query: listProjectOutcomesQuerySchema, success: ok(pageOf(outcomeSchema)), errors: [400, ...authErrors] },
  createOutcome: { method: 'POST', path: `${v1}/projects/:projectId/outcomes`, summary: 'Add a desired outcome by hand, with evidence passages', tag: 'outcomes', auth: 'user', body: createOutcomeRequestSchema, success: created(outcomeSchema), errors: [400, ...authErrors, 422] },
  bulkUpdateOutcomes: { method: 'POST', path: `${v1}/projects/:projectId/outcomes/bulk`, summary: 'Accept, reject or assign a job step to many outcomes at once (all or nothing)', tag: 'outcomes', auth: 'user', body: bulkOutcomesRequestSchema, success: ok(bulkOutcomesResponseSchema), errors: [400, ...authErrors, 422] },
  getOutcome: { method: 'GET', path: `${v1}/outcomes/:outcomeId`, summary: 'An outcome with all its evidence', tag: 'outcomes', auth: 'user', success: ok(outcomeSchema), errors: authErrors },
  updateOutcome: { method: 'PATCH', path: `${v1}/outcomes/:outcomeId`, summary: 'Edit, accept or reject an outcome; send the version you read (409 with the current outcome when it is stale)', tag: 'outcomes', auth: 'user', body: updateOutcomeRequestSchema, success: ok(outcomeSchema), errors: [400, ...authErrors, 409, 422] },
  deleteOutcome: { method: 'DELETE', path: `${v1}/outcomes/:outcomeId`, summary: 'Delete an outcome with its evidence and history', tag: 'outcomes', auth: 'user', success: noContent, errors: authErrors },
  listOutcomeHistory: { method: 'GET', path: `${v1}/outcomes/:outcomeId/history`, summary: 'Who changed what on an outcome, newest first', tag: 'outcomes', auth: 'user', query: pageQuerySchema, success: ok(pageOf(outcomeHistoryEntrySchema)), errors: [400, ...authErrors] },
  listOutcomeDuplicates: { method: 'GET', path: `${v1}/projects/:projectId/outcomes/duplicates`, summary: 'Groups of outcomes that say the same thing, proposed for merging', tag: 'outcomes', auth: 'user', query: listOutcomeDuplicatesQuerySchema, success: ok(outcomeDuplicatesResponseSchema), errors: [400, ...authErrors] },
  mergeOutcome: { method: 'POST', path: `${v1}/outcomes/:outcomeId/merge`, summary: 'Merge this outcome into another: its evidence moves there and it becomes merged (undoable)', tag: 'outcomes', auth: 'user', body: mergeOutcomeRequestSchema, success: ok(mergeOutcomeResponseSchema), errors: [400, ...authErrors, 409, 422] },
  unmergeOutcome: { method: 'POST', path: `${v1}/outcomes/:outcomeId/unmerge`, summary: 'Undo the merge of this outcome: the moved evidence comes back and its status is restored', tag: 'outcomes', auth: 'user', body: unmergeOutcomeRequestSchema, success: ok(unmergeOutcomeResponseSchema), errors: [400, ...authErrors, 409, 422] },

  listRespondents: { method: 'GET', path: `${v1}/projects/:projectId/respondents`, summary: 'Survey and workshop respondents of a project', tag: 'ratings', auth: 'user', query: listRespondentsQuerySchema, success: ok(pageOf(respondentSchema)), errors: [400, ...authErrors] },
  createRespondent: { method: 'POST', path: `${v1}/projects/:projectId/respondents`, summary: 'Add a respondent (409 when the external id exists)', tag: 'ratings', auth: 'user', body: createRespondentRequestSchema, success: created(respondentSchema), errors: [400, ...authErrors, 409] },
  listRatings: { method: 'GET', path: `${v1}/projects/:projectId/ratings`, summary: 'Ratings of a project, by respondent or outcome', tag: 'ratings', auth: 'user', query: listRatingsQuerySchema, success: ok(pageOf(ratingSchema)), errors: [400, ...authErrors] },
  upsertRatings: { method: 'POST', path: `${v1}/projects/:projectId/ratings`, summary: 'Create or update ratings in a batch (one per respondent and outcome; all or nothing)', tag: 'ratings', auth: 'user', body: upsertRatingsRequestSchema, success: ok(upsertRatingsResponseSchema), errors: [400, ...authErrors, 422] },
  importRatings: { method: 'POST', path: `${v1}/projects/:projectId/ratings/import`, summary: 'Import a survey export (CSV, long or wide): every line lands or none; rejected lines are listed with reasons', tag: 'ratings', auth: 'user', query: importRatingsQuerySchema, csvBody: true, success: ok(importRatingsResponseSchema), errors: [400, ...authErrors, 408, 413, 415, 422, 503] },
  listSegments: { method: 'GET', path: `${v1}/projects/:projectId/segments`, summary: 'Segment filters that select respondents: labels, attribute values and saved segments, with sizes', tag: 'opportunities', auth: 'user', success: ok(z.object({ items: z.array(segmentOptionSchema) })), errors: authErrors },

  listOpportunities: {
    method: 'GET',
    path: `${v1}/projects/:projectId/opportunities`,
    summary: 'The opportunity backlog: accepted outcomes ranked by opportunity score',
    description:
      'Scores every accepted outcome (of `jobStepId`, when given) over the respondents `segment` selects, ranks them all (competition rank: opportunity, then importance), ' +
      'and only then applies `zone` and `minOpportunity`: those hide rows but never change a rank. JSON is paged in rank order with a keyset cursor. ' +
      'CSV (`?format=csv` or `Accept: text/csv`) answers every row of the filtered backlog in one file: `limit` and `cursor` do not apply; numbers keep full precision. ' +
      'The ETag is a hash of the exact representation (JSON or CSV); send it as If-None-Match to get 304 while nothing changed.',
    tag: 'opportunities',
    auth: 'user',
    query: listOpportunitiesQuerySchema,
    csvResponse: true,
    etag: true,
    success: ok(opportunityBacklogSchema),
    errors: [400, ...authErrors],
  },
  getOpportunityLandscape: { method: 'GET', path: `${v1}/projects/:projectId/opportunities/landscape`, summary: 'Every rated accepted outcome as a point of the opportunity landscape', tag: 'opportunities', auth: 'user', query: opportunityLandscapeQuerySchema, etag: true, success: ok(opportunityLandscapeSchema), errors: [400, ...authErrors] },
  compareOpportunities: { method: 'GET', path: `${v1}/projects/:projectId/opportunities/compare`, summary: 'Two segments outcome by outcome, with significance tests', tag: 'opportunities', auth: 'user', query: compareOpportunitiesQuerySchema, success: ok(opportunityComparisonSchema), errors: [400, ...authErrors] },
  createSegmentation: { method: 'POST', path: `${v1}/projects/:projectId/segmentation`, summary: 'Outcome-based segmentation of the respondents (k-means on unmet needs), saved as named segments', tag: 'opportunities', auth: 'user', body: createSegmentationRequestSchema, success: created(segmentationSchema), errors: [400, ...authErrors, 422] },
  listSegmentations: { method: 'GET', path: `${v1}/projects/:projectId/segmentations`, summary: 'Saved segmentations, newest first', tag: 'opportunities', auth: 'user', query: pageQuerySchema, success: ok(pageOf(segmentationSchema)), errors: [400, ...authErrors] },
  ...journeyEndpoints,
  ...evaluationEndpoints,
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof endpoints;

/** The parsed success body of an endpoint, e.g. `SuccessBody<typeof endpoints.getProject>`. */
export type SuccessBody<E extends Endpoint> = E['success']['schema'] extends z.ZodType ? z.output<E['success']['schema']> : undefined;
