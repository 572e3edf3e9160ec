import { randomUUID } from 'node:crypto';
import {
  endpoints,
  type CreatedApiToken,
  type ExtractionJob,
  type Highlight,
  type InterviewDetail,
  type InterviewSummary,
  type JobStep,
  type JourneyAtlas,
  type KpiDetail,
  type KpiMeasurement,
  type Outcome,
  type Persona,
  type Project,
  type Solution,
  type StartExtractionsResponse,
  type Tag,
  type Touchpoint,
  type Workspace,
} from '@outcome-atlas/contracts';
import { expectSuccess, type ApiClient } from './http-client.js';
import { registerUser, type RegisteredUser } from './users.js';

/**
 * Two tenants. Workspace A (owner: ownerA, plus viewerA as a viewer) holds a project with a
 * persona, a job step, an interview (with an offline extraction job), two tags, a highlight, a manual outcome with evidence in
 * the interview and another outcome (without evidence) to merge it into, a journey (two stages, a touchpoint in the first),
 * a KPI on that touchpoint with one measurement, a solution aimed at the outcome, and ownerA's read and write API tokens.
 * Workspace B (owner: ownerB) holds one project of its own.
 */
export type World = {
  ownerA: RegisteredUser;
  viewerA: RegisteredUser;
  ownerB: RegisteredUser;
  workspaceA: Workspace;
  workspaceB: Workspace;
  project: Project;
  projectB: Project;
  persona: Persona;
  jobStep: JobStep;
  interview: InterviewDetail;
  tag: Tag;
  otherTag: Tag;
  highlight: Highlight;
  outcome: Outcome;
  otherOutcome: Outcome;
  extractionJob: ExtractionJob;
  journey: JourneyAtlas;
  touchpoint: Touchpoint;
  kpi: KpiDetail;
  measurement: KpiMeasurement;
  solution: Solution;
  readToken: CreatedApiToken;
  writeToken: CreatedApiToken;
};

export async function setupWorld(client: ApiClient): Promise<World> {
  const [ownerA, viewerA, ownerB] = await Promise.all([
    registerUser(client, 'Owner A'),
    registerUser(client, 'Viewer A'),
    registerUser(client, 'Owner B'),
  ]);
  const a = ownerA.token;
  const workspaceA = ownerA.workspace;
  const workspaceB = ownerB.workspace;
  const inA = { workspaceId: workspaceA.id };

  expectSuccess(await client.call(endpoints.addMember, { auth: a, params: inA, json: { email: viewerA.email, role: 'viewer' } }), endpoints.addMember);
  const project = expectSuccess<Project>(
    await client.call(endpoints.createProject, { auth: a, params: inA, json: { name: 'Invoice reconciliation', jobStatement: 'Reconcile supplier invoices with orders' } }),
    endpoints.createProject,
  );
  const projectB = expectSuccess<Project>(
    await client.call(endpoints.createProject, { auth: ownerB.token, params: { workspaceId: workspaceB.id }, json: { name: 'B project' } }),
    endpoints.createProject,
  );
  const inProject = { projectId: project.id };
  const persona = expectSuccess<Persona>(await client.call(endpoints.createPersona, { auth: a, params: inProject, json: { name: 'Accounts payable clerk' } }), endpoints.createPersona);
  const jobStep = expectSuccess<JobStep>(
    await client.call(endpoints.createJobStep, { auth: a, params: inProject, json: { name: 'Verify totals', universalStep: 'Confirm' } }),
    endpoints.createJobStep,
  );
  const created = expectSuccess<InterviewSummary>(
    await client.call(endpoints.createInterview, {
      auth: a,
      params: inProject,
      json: {
        title: 'Interview with P1',
        format: 'txt',
        content: `Interviewer: How do you close the month?\nP1: It takes me two days to match invoices with orders. (${randomUUID()})`,
        participant: { pseudonym: 'P1', personaId: persona.id, attributes: { role: 'AP clerk' } },
      },
    }),
    endpoints.createInterview,
  );
  const tag = expectSuccess<Tag>(await client.call(endpoints.createTag, { auth: a, params: inProject, json: { name: 'time cost' } }), endpoints.createTag);
  const otherTag = expectSuccess<Tag>(await client.call(endpoints.createTag, { auth: a, params: inProject, json: { name: 'workaround' } }), endpoints.createTag);
  const detail = expectSuccess<InterviewDetail>(await client.call(endpoints.getInterview, { auth: a, params: { interviewId: created.id } }), endpoints.getInterview);
  const first = detail.utterances[0];
  if (!first) throw new Error('The world interview has no utterances');
  const highlight = expectSuccess<Highlight>(
    await client.call(endpoints.createHighlight, {
      auth: a,
      params: { interviewId: created.id },
      json: { start: first.start, end: first.end, note: 'Opening question', tagIds: [tag.id] },
    }),
    endpoints.createHighlight,
  );
  const answer = detail.utterances[1];
  if (!answer) throw new Error('The world interview has no answer');
  const outcome = expectSuccess<Outcome>(
    await client.call(endpoints.createOutcome, {
      auth: a,
      params: inProject,
      json: { statement: 'Minimize the time it takes to match invoices with orders', jobStepId: jobStep.id, evidence: [{ interviewId: created.id, start: answer.start, end: answer.end }] },
    }),
    endpoints.createOutcome,
  );
  const otherOutcome = expectSuccess<Outcome>(
    await client.call(endpoints.createOutcome, { auth: a, params: inProject, json: { statement: 'Minimize the time it takes to match invoices with purchase orders' } }),
    endpoints.createOutcome,
  );
  const extraction = expectSuccess<StartExtractionsResponse>(
    await client.call(endpoints.startInterviewExtraction, { auth: a, params: { interviewId: created.id }, json: { provider: 'offline' } }),
    endpoints.startInterviewExtraction,
  );
  const extractionJob = extraction.jobs[0];
  if (!extractionJob) throw new Error('The world extraction did not start');
  const journey = expectSuccess<JourneyAtlas>(
    await client.call(endpoints.createJourney, { auth: a, params: inProject, json: { name: 'Month-end close', personaId: persona.id, stages: ['Onboard', 'Use'] } }),
    endpoints.createJourney,
  );
  const firstStage = journey.stages[0];
  if (!firstStage) throw new Error('The world journey has no stages');
  const touchpoint = expectSuccess<Touchpoint>(
    await client.call(endpoints.createTouchpoint, { auth: a, params: { stageId: firstStage.id }, json: { name: 'Connect the bank feed', channel: 'web' } }),
    endpoints.createTouchpoint,
  );
  const kpi = expectSuccess<KpiDetail>(
    await client.call(endpoints.createKpi, {
      auth: a,
      params: inProject,
      json: { name: 'CSAT after bank connection', type: 'csat', target: 80, attachTo: { kind: 'touchpoint', id: touchpoint.id }, outcomeIds: [outcome.id] },
    }),
    endpoints.createKpi,
  );
  const measurement = expectSuccess<KpiMeasurement>(
    await client.call(endpoints.createKpiMeasurement, { auth: a, params: { kpiId: kpi.id }, json: { periodStart: '2026-10-01', periodEnd: '2026-10-31', value: 71.5, sampleSize: 200 } }),
    endpoints.createKpiMeasurement,
  );
  const solution = expectSuccess<Solution>(
    await client.call(endpoints.createSolution, {
      auth: a,
      params: inProject,
      json: { title: 'Auto-match bank lines', status: 'testing', expectedKpiId: kpi.id, expectedDirection: 'increase', outcomeIds: [outcome.id] },
    }),
    endpoints.createSolution,
  );
  const readToken = expectSuccess<CreatedApiToken>(await client.call(endpoints.createApiToken, { auth: a, params: inA, json: { name: 'BI export', scope: 'read' } }), endpoints.createApiToken);
  const writeToken = expectSuccess<CreatedApiToken>(await client.call(endpoints.createApiToken, { auth: a, params: inA, json: { name: 'Importer', scope: 'write' } }), endpoints.createApiToken);
  const interview = expectSuccess<InterviewDetail>(await client.call(endpoints.getInterview, { auth: a, params: { interviewId: created.id } }), endpoints.getInterview);
  return { ownerA, viewerA, ownerB, workspaceA, workspaceB, project, projectB, persona, jobStep, interview, tag, otherTag, highlight, outcome, otherOutcome, extractionJob, journey, touchpoint, kpi, measurement, solution, readToken, writeToken };
}
