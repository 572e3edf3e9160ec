import { endpoints, type Endpoint, type EndpointName } from '@outcome-atlas/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectError, type Params } from '../support/http-client.js';
import { sharedClient } from '../support/users.js';
import { setupWorld, type World } from '../support/world.js';

/** Who calls with workspace A's ids: ownerB (not a member of A), viewerA, or ownerA's read-scope API token. */
type Caller = 'outsider' | 'viewer' | 'readToken';

type Expectation = { status: number; because: string };

type Case =
  | { public: string }
  | {
      params?: (world: World, caller: Caller) => Params;
      /** A body the contract accepts, so a 403/404 comes from the access check and not from validation. */
      body?: (world: World) => unknown;
      /** Query parameters the contract requires, for the same reason. */
      query?: (world: World) => Record<string, string>;
      /** Overrides the viewer expectation on a write endpoint (default: 403); null when no viewer case applies. */
      viewer?: Expectation | null;
    };

const inWorkspace = (w: World) => ({ workspaceId: w.workspaceA.id });
const inProject = (w: World) => ({ projectId: w.project.id });
const ofInterview = (w: World) => ({ interviewId: w.interview.id });
const ofTag = (w: World) => ({ tagId: w.tag.id });
const ofJobStep = (w: World) => ({ jobStepId: w.jobStep.id });
const ofHighlight = (w: World) => ({ highlightId: w.highlight.id });
const ofExtractionJob = (w: World) => ({ jobId: w.extractionJob.id });
const ofOutcome = (w: World) => ({ outcomeId: w.outcome.id });
const ofJourney = (w: World) => ({ journeyId: w.journey.id });
const ofStage = (w: World) => ({ stageId: w.touchpoint.stageId });
const ofTouchpoint = (w: World) => ({ touchpointId: w.touchpoint.id });
const ofKpi = (w: World) => ({ kpiId: w.kpi.id });
const ofSolution = (w: World) => ({ solutionId: w.solution.id });
const linkOutcome = (w: World) => ({ outcomeId: w.outcome.id });

/** Every endpoint of the contract, with what it takes to call it with valid input. */
const cases: Record<EndpointName, Case> = {
  health: { public: 'service status' },
  register: { public: 'creates an account' },
  login: { public: 'issues a session' },
  logout: {},
  me: {},

  listWorkspaces: {},
  createWorkspace: {
    body: () => ({ name: 'Payments research' }),
    viewer: null, // any user may create a workspace of their own; it touches no other workspace
  },
  listMembers: { params: inWorkspace },
  addMember: { params: inWorkspace, body: (w) => ({ email: w.ownerB.email, role: 'viewer' }) },
  updateMember: { params: (w) => ({ ...inWorkspace(w), userId: w.viewerA.user.id }), body: () => ({ role: 'researcher' }) },
  removeMember: {
    // Leaving a workspace yourself is allowed, so the viewer targets the owner and the token someone else.
    params: (w, caller) => ({ ...inWorkspace(w), userId: caller === 'viewer' ? w.ownerA.user.id : w.viewerA.user.id }),
  },

  listApiTokens: { params: inWorkspace },
  createApiToken: { params: inWorkspace, body: () => ({ name: 'Sync', scope: 'write' }) },
  revokeApiToken: {
    params: (w) => ({ ...inWorkspace(w), tokenId: w.readToken.id }),
    viewer: { status: 404, because: 'API tokens are personal: another member\'s token is invisible (a viewer may revoke their own)' },
  },

  listProjects: { params: inWorkspace },
  createProject: { params: inWorkspace, body: () => ({ name: 'Invoice reconciliation', description: 'Finance teams', jobStatement: 'Reconcile invoices' }) },
  getProject: { params: inProject },
  updateProject: { params: inProject, body: () => ({ jobStatement: 'Close the month on time' }) },
  deleteProject: { params: inProject },

  listPersonas: { params: inProject },
  createPersona: { params: inProject, body: () => ({ name: 'Finance controller', description: 'Owns the close calendar' }) },

  listJobSteps: { params: inProject },
  createJobStep: { params: inProject, body: () => ({ name: 'Gather invoices', universalStep: 'Locate' }) },
  updateJobStep: { params: ofJobStep, body: () => ({ name: 'Check totals', position: 1 }) },
  deleteJobStep: { params: ofJobStep },

  listInterviews: { params: inProject },
  createInterview: { params: inProject, body: () => ({ title: 'Interview with P2', format: 'txt', content: 'Interviewer: Hi\nP2: Hello there.' }) },
  getInterview: { params: ofInterview },
  updateInterview: { params: ofInterview, body: () => ({ title: 'Interview with P1 (follow-up)' }) },
  deleteInterview: { params: ofInterview },

  listTags: { params: inProject },
  createTag: { params: inProject, body: () => ({ name: 'struggle', color: '#e8590c', group: 'Struggles' }) },
  updateTag: { params: ofTag, body: () => ({ name: 'time costs' }) },
  deleteTag: { params: ofTag },
  mergeTag: { params: ofTag, body: (w) => ({ intoTagId: w.otherTag.id }) },
  listTagHighlights: { params: ofTag },

  listHighlights: { params: ofInterview },
  createHighlight: {
    params: ofInterview,
    body: (w) => ({ start: w.interview.utterances[1]?.start ?? 0, end: w.interview.utterances[1]?.end ?? 1, note: 'Pain', tagIds: [w.otherTag.id], newTags: ['manual work'] }),
  },
  updateHighlight: { params: ofHighlight, body: () => ({ note: 'Mentioned twice' }) },
  deleteHighlight: { params: ofHighlight },

  estimateInterviewExtraction: { params: ofInterview },
  startInterviewExtraction: { params: ofInterview, body: () => ({ provider: 'offline' }) },
  estimateProjectExtraction: { params: inProject },
  startProjectExtraction: { params: inProject, body: () => ({}) },
  listExtractionJobs: { params: inProject },
  getExtractionJob: { params: ofExtractionJob },
  cancelExtractionJob: { params: ofExtractionJob },
  retryExtractionJob: { params: ofExtractionJob },
  listInterviewOutcomes: { params: ofInterview },
  listProjectOutcomes: { params: inProject },
  createOutcome: {
    params: inProject,
    body: (w) => ({
      statement: 'Minimize the likelihood of missing a late payment',
      jobStepId: w.jobStep.id,
      evidence: [{ interviewId: w.interview.id, start: w.interview.utterances[1]?.start ?? 0, end: w.interview.utterances[1]?.end ?? 1 }],
    }),
  },
  bulkUpdateOutcomes: { params: inProject, body: (w) => ({ action: 'accept', ids: [w.outcome.id] }) },
  getOutcome: { params: ofOutcome },
  updateOutcome: { params: ofOutcome, body: (w) => ({ status: 'accepted', version: w.outcome.version }) },
  deleteOutcome: { params: ofOutcome },
  listOutcomeHistory: { params: ofOutcome },
  listOutcomeDuplicates: { params: inProject },
  mergeOutcome: { params: ofOutcome, body: (w) => ({ intoOutcomeId: w.otherOutcome.id, version: w.outcome.version }) },
  unmergeOutcome: { params: ofOutcome, body: (w) => ({ version: w.outcome.version }) },
  listRespondents: { params: inProject },
  createRespondent: { params: inProject, body: () => ({ externalId: 'R-tenancy', segment: 'SMB', attributes: { region: 'EU' } }) },
  listRatings: { params: inProject },
  // A respondent that need not exist: the access check answers first.
  upsertRatings: { params: inProject, body: (w) => ({ ratings: [{ respondentId: w.outcome.id, outcomeId: w.outcome.id, importance: 4, satisfaction: 2 }] }) },
  // No body is read before the access check; format is required by the query contract.
  importRatings: { params: inProject, query: () => ({ format: 'long' }) },
  listSegments: { params: inProject },
  listOpportunities: { params: inProject },
  getOpportunityLandscape: { params: inProject },
  compareOpportunities: { params: inProject, query: () => ({ a: 'SMB', b: 'region=EU' }) },
  createSegmentation: { params: inProject, body: () => ({ name: 'Tenancy check', k: 2 }) },
  listSegmentations: { params: inProject },

  listJourneys: { params: inProject },
  createJourney: { params: inProject, body: () => ({ name: 'Renewal', stages: ['Renew'] }) },
  getJourney: { params: ofJourney },
  updateJourney: { params: ofJourney, body: () => ({ name: 'Month-end close (EU)' }) },
  deleteJourney: { params: ofJourney },
  createStage: { params: ofJourney, body: () => ({ name: 'Leave' }) },
  reorderStages: { params: ofJourney, body: (w) => ({ stageIds: [...w.journey.stages].reverse().map((stage) => stage.id) }) },
  updateStage: { params: ofStage, body: () => ({ name: 'Onboarding' }) },
  deleteStage: { params: ofStage },
  linkStageOutcome: { params: ofStage, body: linkOutcome },
  unlinkStageOutcome: { params: (w) => ({ ...ofStage(w), ...linkOutcome(w) }) },
  createTouchpoint: { params: ofStage, body: () => ({ name: 'Support call', channel: 'phone' }) },
  getTouchpoint: { params: ofTouchpoint },
  updateTouchpoint: { params: ofTouchpoint, body: () => ({ cxLevel: 3 }) },
  deleteTouchpoint: { params: ofTouchpoint },
  linkTouchpointOutcome: { params: ofTouchpoint, body: linkOutcome },
  unlinkTouchpointOutcome: { params: (w) => ({ ...ofTouchpoint(w), ...linkOutcome(w) }) },
  linkTouchpointHighlight: { params: ofTouchpoint, body: (w) => ({ highlightId: w.highlight.id }) },
  unlinkTouchpointHighlight: { params: (w) => ({ ...ofTouchpoint(w), highlightId: w.highlight.id }) },

  listKpis: { params: inProject },
  createKpi: { params: inProject, body: () => ({ name: 'Relationship NPS', type: 'nps', target: 30 }) },
  getKpi: { params: ofKpi },
  updateKpi: { params: ofKpi, body: () => ({ target: 85 }) },
  deleteKpi: { params: ofKpi },
  listKpiMeasurements: { params: ofKpi },
  createKpiMeasurement: { params: ofKpi, body: () => ({ periodStart: '2026-11-01', periodEnd: '2026-11-30', value: 74 }) },
  // No body is read before the access check; kind is required by the query contract.
  importKpiMeasurements: { params: ofKpi, query: () => ({ kind: 'aggregates' }) },
  deleteKpiMeasurement: { params: (w) => ({ measurementId: w.measurement.id }) },

  listSolutions: { params: inProject },
  createSolution: { params: inProject, body: () => ({ title: 'Reminder emails before the close' }) },
  getSolution: { params: ofSolution },
  updateSolution: { params: ofSolution, body: () => ({ status: 'idea' }) },
  deleteSolution: { params: ofSolution },
  getSolutionEvaluation: { params: ofSolution },

  getOutcomeLinks: { params: ofOutcome },
  getControlCentre: { params: inProject },
};

type Row = { name: EndpointName; endpoint: Endpoint; spec: Exclude<Case, { public: string }> };

const rows: Row[] = Object.entries(endpoints).flatMap(([name, endpoint]): Row[] => {
  const spec = cases[name as EndpointName];
  return spec && !('public' in spec) ? [{ name: name as EndpointName, endpoint, spec }] : [];
});
const label = (row: Row) => `${row.name} (${row.endpoint.method} ${row.endpoint.path})`;
const hasPathParams = (endpoint: Endpoint) => /:\w+/.test(endpoint.path);
const isWrite = (row: Row) => row.endpoint.method !== 'GET' && row.name !== 'logout';

const outsiderRows = rows.filter((row) => hasPathParams(row.endpoint));
const viewerRows = rows.filter((row) => isWrite(row) && row.endpoint.errors.includes(403) && row.spec.viewer !== null);
const readTokenRows = rows.filter(isWrite);

describe('tenancy and roles, for every endpoint of the contract', () => {
  const client = sharedClient();
  let world: World;

  beforeAll(async () => {
    world = await setupWorld(client);
  });

  const send = (row: Row, caller: Caller | 'anonymous', auth?: string) =>
    client.call(row.endpoint, {
      auth,
      params: row.spec.params?.(world, caller === 'anonymous' ? 'outsider' : caller),
      json: row.spec.body?.(world),
      query: row.spec.query?.(world),
    });

  it('has a case for every endpoint in the contract', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(endpoints).sort());
    for (const row of rows) expect(row.endpoint.auth, row.name).toBe('user');
    for (const [name, spec] of Object.entries(cases)) {
      if ('public' in spec) expect(endpoints[name as EndpointName].auth, name).toBe('public');
    }
  });

  it.each(rows.filter((row) => row.endpoint.body).map((row) => [label(row), row] as const))('sends a body the contract accepts: %s', (_label, row) => {
    expect(row.spec.body, 'the case needs a body').toBeDefined();
    const result = row.endpoint.body?.safeParse(row.spec.body?.(world));
    expect(result?.success, JSON.stringify(result?.error?.issues)).toBe(true);
  });

  it.each(rows.map((row) => [label(row), row] as const))('%s without credentials answers 401', async (_label, row) => {
    expectError(await send(row, 'anonymous'), 401, 'UNAUTHENTICATED');
  });

  it.each(outsiderRows.map((row) => [label(row), row] as const))('%s from another workspace answers 404', async (_label, row) => {
    const error = expectError(await send(row, 'outsider', world.ownerB.token), 404);
    expect(error.code).toMatch(/_NOT_FOUND$/);
  });

  it.each(viewerRows.map((row) => [label(row), row] as const))('%s by a viewer is refused', async (_label, row) => {
    const expected = row.spec.viewer ?? { status: 403, because: 'viewers read but do not change' };
    expectError(await send(row, 'viewer', world.viewerA.token), expected.status);
  });

  it.each(readTokenRows.map((row) => [label(row), row] as const))('%s with a read-scope API token answers 403', async (_label, row) => {
    expectError(await send(row, 'readToken', world.readToken.token), 403);
  });

  it('left the world untouched (no refused call changed anything)', async () => {
    const a = world.ownerA.token;
    const interview = await client.call(endpoints.getInterview, { auth: a, params: ofInterview(world) });
    expect(interview.status).toBe(200);
    expect(interview.body).toMatchObject({ title: world.interview.title, highlights: [{ id: world.highlight.id, note: world.highlight.note }] });
    const members = await client.call(endpoints.listMembers, { auth: a, params: inWorkspace(world) });
    expect(members.body).toMatchObject({ items: expect.arrayContaining([expect.objectContaining({ userId: world.viewerA.user.id, role: 'viewer' })]) });
    const tags = await client.call(endpoints.listTags, { auth: a, params: inProject(world) });
    expect((tags.body as { items: unknown[] }).items).toHaveLength(2);
    const outcome = await client.call(endpoints.getOutcome, { auth: a, params: ofOutcome(world) });
    expect(outcome.body).toEqual(world.outcome);
    const otherOutcome = await client.call(endpoints.getOutcome, { auth: a, params: { outcomeId: world.otherOutcome.id } });
    expect(otherOutcome.body).toEqual(world.otherOutcome);
    const history = await client.call(endpoints.listOutcomeHistory, { auth: a, params: ofOutcome(world) });
    expect((history.body as { items: { action: string }[] }).items.map((entry) => entry.action)).toEqual(['created']);
    const journey = await client.call(endpoints.getJourney, { auth: a, params: ofJourney(world) });
    expect(journey.body).toMatchObject({
      name: world.journey.name,
      stages: world.journey.stages.map((stage, index) => ({ id: stage.id, name: stage.name, touchpoints: index === 0 ? [{ id: world.touchpoint.id, cxLevel: null, opportunities: [] }] : [] })),
    });
    const kpi = await client.call(endpoints.getKpi, { auth: a, params: ofKpi(world) });
    expect(kpi.body).toMatchObject({ name: world.kpi.name, target: world.kpi.target, latest: world.measurement.value, measurementCount: 1 });
    const solution = await client.call(endpoints.getSolution, { auth: a, params: ofSolution(world) });
    expect(solution.body).toEqual(world.solution);
  });
});
