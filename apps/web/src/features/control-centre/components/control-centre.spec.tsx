import type { AtlasOpportunity, ControlCentre as ControlCentreData, KpiGlance } from '@outcome-atlas/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../lib/format';
import { callsTo, projectId, stubApi, uuid } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { ControlCentre } from './control-centre';

const opportunity = (index: number, overrides: Partial<AtlasOpportunity> = {}): AtlasOpportunity => ({
  outcomeId: uuid(4, index),
  key: `O-${index}`,
  statement: `Minimize the time it takes to do step ${index}`,
  status: 'accepted',
  opportunity: 16.4 - index,
  zone: 'extreme',
  ...overrides,
});

const kpi = (index: number, overrides: Partial<KpiGlance> = {}): KpiGlance => ({
  kpiId: uuid(9, index),
  name: `KPI ${index}`,
  type: 'csat',
  unit: '%',
  higherIsBetter: true,
  target: 80,
  latest: 71.4,
  status: 'misses',
  trend: [
    { periodEnd: '2026-08-31', value: 64 },
    { periodEnd: '2026-09-30', value: 71.4 },
  ],
  ...overrides,
});

const journeyId = uuid(1, 41);
const touchpointId = uuid(1, 42);
const solutionId = (index: number) => uuid(8, 40 + index);

function controlCentre(overrides: Partial<ControlCentreData> = {}): ControlCentreData {
  return {
    problem: {
      byPersona: [
        { personaId: uuid(2, 1), persona: 'Finance lead', interviews: 3, highlights: 12 },
        { personaId: null, persona: null, interviews: 1, highlights: 2 },
      ],
      byJobStep: [
        { jobStepId: uuid(6, 1), jobStep: 'Locate inputs', highlights: 9, outcomes: 4 },
        { jobStepId: uuid(6, 2), jobStep: 'Confirm', highlights: 0, outcomes: 0 },
      ],
      outcomesByStatus: { proposed: 5, accepted: 8, rejected: 2, merged: 1 },
      topOpportunities: [
        { ...opportunity(1), solutionCount: 1 },
        { ...opportunity(2, { zone: 'high', opportunity: 13.2 }), solutionCount: 0 },
      ],
    },
    solution: {
      byStatus: { idea: 2, testing: 1, shipped: 1, evaluated: 0, dropped: 1 },
      targeted: [{ solutionId: solutionId(1), title: 'Auto-match bank lines to invoices', status: 'shipped', outcomes: [opportunity(1)] }],
    },
    evaluation: {
      kpis: [kpi(1, { name: 'CSAT after bank connection' }), kpi(2, { name: 'Time to first close', type: 'ttv', unit: 'days', higherIsBetter: false, target: 10, latest: 8, status: 'meets' })],
      meets: 1,
      misses: 1,
      noData: 0,
    },
    gaps: {
      opportunitiesWithoutSolution: [opportunity(2, { zone: 'high', opportunity: 13.2 }), opportunity(3, { zone: 'solid', opportunity: 10.5 })],
      solutionsWithoutKpi: [{ solutionId: solutionId(2), title: 'Guided bank connection', status: 'testing' }],
      touchpointsMissingTarget: [
        {
          touchpointId,
          touchpoint: 'Connect the bank feed',
          journeyId,
          journey: 'Finance onboarding',
          stage: 'Onboard',
          kpiId: uuid(9, 1),
          kpi: 'CSAT after bank connection',
          latest: 71.4,
          target: 80,
        },
      ],
      jobStepsWithoutEvidence: [{ jobStepId: uuid(6, 2), name: 'Confirm' }],
    },
    ...overrides,
  };
}

const NO_GAPS: ControlCentreData['gaps'] = { opportunitiesWithoutSolution: [], solutionsWithoutKpi: [], touchpointsMissingTarget: [], jobStepsWithoutEvidence: [] };

function renderControlCentre(respond: () => Response | Promise<Response>) {
  const fetchMock = stubApi([{ method: 'GET', path: /\/projects\/[^/]+\/control-centre$/, respond }]);
  renderWithProviders(<ControlCentre projectId={projectId} />, { path: `/projects/${projectId}/control-centre`, routePath: '/projects/:projectId/control-centre' });
  return fetchMock;
}

const hrefOf = (element: HTMLElement) => new URL(element.getAttribute('href')!, 'http://localhost');
const outcomeLinkFor = (index: number) => `/projects/${projectId}/outcomes?outcome=${uuid(4, index)}`;
const section = (name: string | RegExp) => screen.getByRole('region', { name });

describe('Control centre', () => {
  it('says where the project stands in figures, per space', async () => {
    renderControlCentre(() => jsonResponse(controlCentre()));
    expect(await screen.findByLabelText('Where we stand')).toHaveTextContent('Interviews4Highlights14Accepted outcomes8Live solutions4KPIs on target1 of 2');

    const problem = section('Problem space');
    expect(within(problem).getByRole('img', { name: /^Interviews and highlights by persona\./ })).toHaveAccessibleName(
      'Interviews and highlights by persona. Finance lead: 3 interviews, 12 highlights; No persona: 1 interview, 2 highlights',
    );
    expect(within(problem).getByRole('img', { name: /^Highlights and outcomes by job step\./ })).toHaveAccessibleName(
      'Highlights and outcomes by job step. Locate inputs: 9 highlights, 4 accepted outcomes; Confirm: 0 highlights, 0 accepted outcomes',
    );
    expect(within(problem).getByRole('list', { name: 'Outcomes by status' })).toHaveTextContent('Proposed: 5Accepted: 8Rejected: 2Merged: 1');
    const top = within(within(problem).getByRole('list', { name: 'Top opportunities' })).getAllByRole('listitem');
    expect(top).toHaveLength(2);
    expect(top[0]).toHaveTextContent('O-1Minimize the time it takes to do step 115.4Extreme1 solution');
    expect(top[1]).toHaveTextContent('O-2Minimize the time it takes to do step 213.2HighNo solution yet');
    expect(within(top[1]!).getByText('High').closest('[data-zone]')).toHaveAttribute('data-zone', 'high');
    const topLink = within(top[0]!).getByRole('link', { name: 'Minimize the time it takes to do step 1' });
    expect(`${hrefOf(topLink).pathname}${hrefOf(topLink).search}`).toBe(outcomeLinkFor(1));

    const solution = section('Solution space');
    expect(within(solution).getByRole('list', { name: 'Solutions by status' })).toHaveTextContent('Idea: 2Testing: 1Shipped: 1Evaluated: 0Dropped: 1');
    expect(within(solution).getByRole('link', { name: 'Auto-match bank lines to invoices' })).toHaveAttribute('href', `/projects/${projectId}/solutions/${solutionId(1)}`);
    const targeted = within(solution).getByRole('list', { name: 'Opportunities targeted by Auto-match bank lines to invoices' });
    expect(within(targeted).getByRole('link', { name: 'Minimize the time it takes to do step 1' })).toHaveAttribute('href', outcomeLinkFor(1));

    const evaluation = section('Evaluation space');
    expect(within(evaluation).getByRole('list', { name: 'KPIs against target' })).toHaveTextContent('Miss target: 1Meet target: 1No data: 0');
    const csat = within(evaluation).getByRole('article', { name: 'CSAT after bank connection' });
    expect(within(csat).getByRole('link', { name: 'CSAT after bank connection' })).toHaveAttribute('href', `/projects/${projectId}/kpis/${uuid(9, 1)}`);
    expect(within(csat).getByText('Misses target')).toBeInTheDocument();
    expect(within(csat).getByTestId('kpi-latest')).toHaveTextContent('71.4%');
    expect(within(csat).getByText('Target 80%')).toBeInTheDocument();
    expect(within(csat).getByRole('img', { name: `Trend of CSAT after bank connection: 2 values, from 64% (${formatDay('2026-08-31')}) to 71.4% (${formatDay('2026-09-30')}); target 80%` })).toBeInTheDocument();
    const ttv = within(evaluation).getByRole('article', { name: 'Time to first close' });
    expect(within(ttv).getByText('Meets target')).toBeInTheDocument();
    expect(ttv).toHaveTextContent('TTV · Lower is better');
    expect(within(ttv).getByTestId('kpi-latest')).toHaveTextContent('8 days');
  });

  it('lists every gap with its count and a link to where it is fixed', async () => {
    renderControlCentre(() => jsonResponse(controlCentre()));
    const gaps = await screen.findByRole('region', { name: 'Gaps' });

    const noSolution = within(gaps).getByRole('region', { name: 'Top opportunities without a solution (2)' });
    expect(within(noSolution).getAllByRole('listitem')).toHaveLength(2);
    expect(within(noSolution).getByRole('link', { name: 'Minimize the time it takes to do step 3' })).toHaveAttribute('href', outcomeLinkFor(3));
    expect(within(noSolution).getByText('Solid').closest('[data-zone]')).toHaveAttribute('data-zone', 'solid');
    expect(within(noSolution).getByRole('link', { name: 'Propose a solution for O-2' })).toHaveAttribute('href', `/projects/${projectId}/solutions`);

    const noKpi = within(gaps).getByRole('region', { name: 'Solutions without a KPI (1)' });
    expect(within(noKpi).getByRole('link', { name: 'Guided bank connection' })).toHaveAttribute('href', `/projects/${projectId}/solutions/${solutionId(2)}`);
    expect(within(noKpi).getByText('Testing')).toBeInTheDocument();

    const missing = within(gaps).getByRole('region', { name: 'Touchpoints whose KPI misses target (1)' });
    const touchpoint = within(missing).getByRole('link', { name: 'Finance onboarding › Onboard › Connect the bank feed' });
    expect(hrefOf(touchpoint).pathname).toBe(`/projects/${projectId}/journeys/${journeyId}`);
    expect(hrefOf(touchpoint).searchParams.get('touchpoint')).toBe(touchpointId);
    expect(within(missing).getByRole('link', { name: 'CSAT after bank connection' })).toHaveAttribute('href', `/projects/${projectId}/kpis/${uuid(9, 1)}`);
    expect(within(missing).getByRole('listitem')).toHaveTextContent('CSAT after bank connection: 71.4% vs target 80%');

    const noEvidence = within(gaps).getByRole('region', { name: 'Job steps with no evidence (1)' });
    expect(within(noEvidence).getByRole('listitem')).toHaveTextContent('Confirm');
    expect(within(noEvidence).getByRole('link', { name: 'Find evidence in the interviews' })).toHaveAttribute('href', `/projects/${projectId}/interviews`);
    expect(within(gaps).queryByText('No gaps here')).toBeNull();
  });

  it('says "No gaps here" under each empty gap list', async () => {
    renderControlCentre(() => jsonResponse(controlCentre({ gaps: NO_GAPS })));
    const gaps = await screen.findByRole('region', { name: 'Gaps' });
    for (const name of ['Top opportunities without a solution (0)', 'Solutions without a KPI (0)', 'Touchpoints whose KPI misses target (0)', 'Job steps with no evidence (0)'])
      expect(within(within(gaps).getByRole('region', { name })).getByText('No gaps here')).toBeInTheDocument();
    expect(within(gaps).getByText('The chain from quote to KPI is complete.')).toBeInTheDocument();
    expect(within(gaps).queryByRole('link')).toBeNull();
  });

  it('shows a loading state, then an empty state for a project with nothing in it yet', async () => {
    const blank = controlCentre({
      problem: { byPersona: [], byJobStep: [], outcomesByStatus: { proposed: 0, accepted: 0, rejected: 0, merged: 0 }, topOpportunities: [] },
      solution: { byStatus: { idea: 0, testing: 0, shipped: 0, evaluated: 0, dropped: 0 }, targeted: [] },
      evaluation: { kpis: [], meets: 0, misses: 0, noData: 0 },
      gaps: NO_GAPS,
    });
    let answer: (response: Response) => void = () => {};
    renderControlCentre(() => new Promise<Response>((resolve) => (answer = resolve)));
    expect(await screen.findByRole('status', { name: 'Loading the control centre' })).toBeInTheDocument();
    answer(jsonResponse(blank));
    expect(await screen.findByText('Nothing to show yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the interviews' })).toHaveAttribute('href', `/projects/${projectId}/interviews`);
    expect(screen.queryByRole('region', { name: 'Gaps' })).toBeNull();
  });

  it('shows the error with a retry that asks again', async () => {
    let failures = 1;
    const fetchMock = renderControlCentre(() =>
      failures-- > 0 ? jsonResponse({ error: { code: 'INTERNAL', message: 'The database is unavailable' } }, 503) : jsonResponse(controlCentre()),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the control centre');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Gaps' })).toBeInTheDocument();
    await waitFor(() => expect(callsTo(fetchMock, 'GET', /\/control-centre$/)).toHaveLength(2));
  });

  it('renders names and statements as text, never as HTML', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    renderControlCentre(() =>
      jsonResponse(controlCentre({ solution: { byStatus: controlCentre().solution.byStatus, targeted: [{ solutionId: solutionId(1), title: hostile, status: 'idea', outcomes: [opportunity(1, { statement: hostile })] }] } })),
    );
    const solution = await screen.findByRole('region', { name: 'Solution space' });
    expect(within(solution).getAllByText(hostile)).toHaveLength(2);
    expect(solution.querySelector('img')).toBeNull();
  });
});
