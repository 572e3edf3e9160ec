import type { SolutionEvaluation } from '@outcome-atlas/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { projectId, stubApi } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { evaluation, solutionId } from '../testing/solution-fixtures';
import { SolutionEvaluationPanel } from './solution-evaluation-panel';

function renderPanel(answer: SolutionEvaluation) {
  stubApi([{ method: 'GET', path: /\/solutions\/[^/]+\/evaluation$/, respond: () => jsonResponse(answer) }]);
  renderWithProviders(<SolutionEvaluationPanel projectId={projectId} solutionId={solutionId} chart={<div data-testid="trend-chart" />} />);
}

describe('SolutionEvaluationPanel', () => {
  it('puts before and after side by side with the change and the verdict in words', async () => {
    renderPanel(evaluation());
    expect(await screen.findByTestId('evaluation-verdict')).toHaveTextContent('Improved');
    const before = screen.getByRole('region', { name: 'Before' });
    expect(within(before).getByText(/Periods ending before/)).toBeInTheDocument();
    expect(within(before).getByText('Mean').nextSibling).toHaveTextContent('64%');
    expect(within(before).getByText('Latest').nextSibling).toHaveTextContent('66%');
    expect(within(before).getByText('Periods').nextSibling).toHaveTextContent('2 periods');
    const after = screen.getByRole('region', { name: 'After' });
    expect(within(after).getByText('Mean').nextSibling).toHaveTextContent('76%');
    expect(within(after).getByText('Periods').nextSibling).toHaveTextContent('3 periods');
    expect(screen.getByTestId('evaluation-change')).toHaveTextContent('+12 pp');
    expect(screen.getByTestId('evaluation-expectation')).toHaveTextContent('Moved as expected (expected to increase).');
    expect(screen.getByTestId('trend-chart')).toBeInTheDocument();
  });

  it('says when the KPI worsened against the hypothesis', async () => {
    renderPanel(evaluation({ change: -4, verdict: 'worsened', expectedMet: false }));
    expect(await screen.findByTestId('evaluation-verdict')).toHaveTextContent('Worsened');
    expect(screen.getByTestId('evaluation-change')).toHaveTextContent('−4 pp');
    expect(screen.getByTestId('evaluation-expectation')).toHaveTextContent('Did not move as expected');
  });

  it.each([
    { answer: evaluation({ verdict: 'not-shipped', shipDate: null, change: null, expectedMet: null }), verdict: 'Not shipped yet', hint: /Set the status to shipped/ },
    { answer: evaluation({ verdict: 'not-enough-data', change: null, expectedMet: null }), verdict: 'Not enough data', hint: /at least one value before and one after/ },
  ])('explains "$verdict"', async ({ answer, verdict, hint }) => {
    renderPanel(answer);
    expect(await screen.findByTestId('evaluation-verdict')).toHaveTextContent(verdict);
    expect(screen.getByText(hint)).toBeInTheDocument();
    expect(screen.getByTestId('evaluation-change')).toHaveTextContent('No change to show');
  });

  it('asks for a KPI when none is chosen, without columns or chart', async () => {
    renderPanel(evaluation({ kpi: null, verdict: 'no-kpi', change: null, expectedMet: null, expectedDirection: null, before: { measurements: [], mean: null, latest: null }, after: { measurements: [], mean: null, latest: null } }));
    expect(await screen.findByTestId('evaluation-verdict')).toHaveTextContent('No KPI chosen');
    expect(screen.getByText(/Choose the KPI this solution is expected to move/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Before' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('trend-chart')).not.toBeInTheDocument();
  });
});
