import type { OutcomeLinks } from '@outcome-atlas/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { outcome, projectId, stubApi, uuid } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { OutcomeDetailDrawer } from './outcome-detail-drawer';

const linked = outcome(1, { status: 'accepted' });
const journeyId = uuid(1, 41);
const stageId = uuid(1, 42);
const touchpointId = uuid(1, 43);
const kpiId = uuid(9, 1);
const solutionId = uuid(8, 41);

const LINKS: OutcomeLinks = {
  journeys: [
    { journeyId, journeyName: 'Finance onboarding', stageId, stageName: 'Onboard', touchpointId, touchpointName: 'Connect the bank feed' },
    { journeyId, journeyName: 'Finance onboarding', stageId: uuid(1, 44), stageName: 'Use', touchpointId: null, touchpointName: null },
  ],
  kpis: [
    {
      kpiId,
      name: 'CSAT after bank connection',
      type: 'csat',
      unit: '%',
      higherIsBetter: true,
      target: 80,
      latest: 71.4,
      status: 'misses',
      trend: [{ periodEnd: '2026-09-30', value: 71.4 }],
    },
  ],
  solutions: [
    { solutionId, title: 'Auto-match bank lines to invoices', status: 'shipped', shipDate: '2026-07-01' },
    { solutionId: uuid(8, 42), title: 'Import statements by email', status: 'idea', shipDate: null },
  ],
};

const EMPTY: OutcomeLinks = { journeys: [], kpis: [], solutions: [] };

function renderDrawer(links: OutcomeLinks) {
  stubApi([
    { method: 'GET', path: new RegExp(`/outcomes/${linked.id}/links$`), respond: () => jsonResponse(links) },
    { method: 'GET', path: new RegExp(`/outcomes/${linked.id}$`), respond: () => jsonResponse(linked) },
    { method: 'GET', path: /\/history$/, respond: () => jsonResponse({ items: [], nextCursor: null }) },
  ]);
  renderWithProviders(<OutcomeDetailDrawer outcome={linked} jobStepNames={{}} canWrite onEdit={() => {}} onClose={() => {}} />, {
    path: `/projects/${projectId}/outcomes`,
    routePath: '/projects/:projectId/outcomes',
  });
}

const chainSection = async () => (await screen.findByRole('heading', { name: 'Where it shows and how it is measured' })).closest('section')!;

describe('Outcome details: the chain', () => {
  it('links each journey place, KPI and solution, with the KPI against target and the solution status', async () => {
    renderDrawer(LINKS);
    const section = await chainSection();

    const journeys = await within(section).findByRole('list', { name: 'Journeys' });
    const atTouchpoint = within(journeys).getByRole('link', { name: 'Finance onboarding › Onboard › Connect the bank feed' });
    expect(atTouchpoint).toHaveAttribute('href', `/projects/${projectId}/journeys/${journeyId}?touchpoint=${touchpointId}`);
    expect(within(journeys).getByRole('link', { name: 'Finance onboarding › Use' })).toHaveAttribute('href', `/projects/${projectId}/journeys/${journeyId}`);

    const kpis = within(section).getByRole('list', { name: 'KPIs' });
    expect(within(kpis).getByRole('link', { name: 'CSAT after bank connection' })).toHaveAttribute('href', `/projects/${projectId}/kpis/${kpiId}`);
    expect(within(kpis).getByRole('listitem')).toHaveTextContent('CSAT after bank connection71.4% (target 80%)Misses target');

    const solutions = within(section).getByRole('list', { name: 'Solutions' });
    const [shipped, idea] = within(solutions).getAllByRole('listitem');
    expect(within(shipped!).getByRole('link', { name: 'Auto-match bank lines to invoices' })).toHaveAttribute('href', `/projects/${projectId}/solutions/${solutionId}`);
    expect(shipped).toHaveTextContent(/Shippedship date \w+ 1, 2026/);
    expect(idea).toHaveTextContent('Import statements by emailIdea');
    expect(idea).not.toHaveTextContent(/ship date/i);
  });

  it('says what is missing when only part of the chain exists', async () => {
    renderDrawer({ ...EMPTY, solutions: LINKS.solutions });
    const section = await chainSection();
    expect(await within(section).findByText('Not placed in a journey.')).toBeInTheDocument();
    expect(within(section).getByText('No KPI measures it.')).toBeInTheDocument();
    expect(within(section).getAllByRole('link')).toHaveLength(2);
  });

  it('says the outcome is not linked yet and points to the Journeys, KPIs and Solutions pages', async () => {
    renderDrawer(EMPTY);
    const section = await chainSection();
    expect(await within(section).findByText(/Not linked to a journey, KPI or solution yet/)).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Journeys' })).toHaveAttribute('href', `/projects/${projectId}/journeys`);
    expect(within(section).getByRole('link', { name: 'KPIs' })).toHaveAttribute('href', `/projects/${projectId}/kpis`);
    expect(within(section).getByRole('link', { name: 'Solutions' })).toHaveAttribute('href', `/projects/${projectId}/solutions`);
    // The rest of the drawer is unchanged.
    expect(screen.getByRole('heading', { name: /Evidence/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'History' })).toBeInTheDocument();
  });

  it('renders titles and names as text, never as HTML', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    renderDrawer({ ...EMPTY, solutions: [{ solutionId, title: hostile, status: 'idea', shipDate: null }] });
    const section = await chainSection();
    expect(await within(section).findByRole('link', { name: hostile })).toBeInTheDocument();
    expect(section.querySelector('img')).toBeNull();
  });
});
