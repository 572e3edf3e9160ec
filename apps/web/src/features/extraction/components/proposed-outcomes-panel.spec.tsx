import type { Outcome } from '@outcome-atlas/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractionJob, interviewId, outcome, projectId, stubApi, uuid } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { resetFinishedJobNotices } from '../hooks/use-finished-job-notices';
import { ProposedOutcomesPanel } from './proposed-outcomes-panel';

const stepId = uuid(6, 1);

function renderPanel({ outcomes, jobs = [] }: { outcomes: Outcome[]; jobs?: ReturnType<typeof extractionJob>[] }) {
  stubApi([
    { method: 'GET', path: /\/interviews\/[^/]+\/outcomes$/, respond: () => jsonResponse({ items: outcomes, nextCursor: null }) },
    { method: 'GET', path: /\/projects\/[^/]+\/extraction-jobs$/, respond: () => jsonResponse({ items: jobs.slice(0, 1), nextCursor: null }) },
    { method: 'GET', path: /\/extraction-jobs\/[^/]+$/, respond: () => jsonResponse(jobs[0]) },
  ]);
  const onSelect = vi.fn();
  const onExtract = vi.fn();
  renderWithProviders(
    <ProposedOutcomesPanel
      interviewId={interviewId}
      projectId={projectId}
      jobStepNames={{ [stepId]: 'Verify totals' }}
      activeOutcomeId={null}
      onSelect={onSelect}
      canWrite
      onExtract={onExtract}
    />,
  );
  return { onSelect, onExtract };
}

afterEach(() => {
  resetFinishedJobNotices();
});

describe('Proposed outcomes panel', () => {
  it('lists outcomes with their step, confidence, duplicate, lint and offline badges', async () => {
    renderPanel({
      outcomes: [
        outcome(1, {
          jobStepId: stepId,
          confidence: 0.72,
          possibleDuplicateOf: { outcomeId: uuid(4, 9), key: 'O-3', similarity: 0.91 },
          lintIssues: [{ code: 'VAGUE_WORD', severity: 'warning', message: '“easily” is vague', suggestion: 'Name what is measured' }],
        }),
        outcome(2, { origin: { source: 'extraction', provider: 'openai', model: 'gpt-4o-mini', promptVersion: 'v1', extractionJobId: null } }),
      ],
    });

    const list = await screen.findByRole('list', { name: 'Proposed outcomes' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('O-1');
    expect(within(first!).getByText('Offline suggestion')).toBeInTheDocument();
    expect(within(first!).getByText('Step: Verify totals')).toBeInTheDocument();
    expect(within(first!).getByText('72% confidence')).toBeInTheDocument();
    expect(within(first!).getByText('Possible duplicate of O-3')).toBeInTheDocument();
    expect(within(first!).getByLabelText('Warning: “easily” is vague')).toHaveTextContent('Vague word');
    expect(within(second!).queryByText('Offline suggestion')).not.toBeInTheDocument();
  });

  it('shows the lint message in a tooltip on keyboard focus', async () => {
    renderPanel({ outcomes: [outcome(1, { lintIssues: [{ code: 'VAGUE_WORD', severity: 'warning', message: '“easily” is vague' }] })] });
    const badge = await screen.findByLabelText('Warning: “easily” is vague');

    badge.focus();

    expect(await screen.findByRole('tooltip')).toHaveTextContent('“easily” is vague');
  });

  it('selects an outcome by click, by Enter, and moves between outcomes with the arrow keys', async () => {
    const outcomes = [outcome(1), outcome(2), outcome(3)];
    const { onSelect } = renderPanel({ outcomes });
    const buttons = within(await screen.findByRole('list', { name: 'Proposed outcomes' })).getAllByRole('button', { name: /^O-\d/ });

    await userEvent.click(buttons[0]!);
    expect(onSelect).toHaveBeenLastCalledWith(outcomes[0]);

    await userEvent.keyboard('{ArrowDown}');
    expect(buttons[1]).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(buttons[2]).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(outcomes[2]);
    await userEvent.keyboard('{Home}');
    expect(buttons[0]).toHaveFocus();
  });

  it('links each outcome to its details on the outcomes page, where the rest of the chain is', async () => {
    renderPanel({ outcomes: [outcome(1), outcome(2)] });
    const [first] = within(await screen.findByRole('list', { name: 'Proposed outcomes' })).getAllByRole('listitem');

    expect(within(first!).getByRole('link', { name: 'Open O-1 details' })).toHaveAttribute('href', `/projects/${projectId}/outcomes?outcome=${uuid(4, 1)}`);
  });

  it('renders quotes and statements as text, never as HTML', async () => {
    const quote = '<img src=x onerror=alert(1)> it takes <b>days</b>';
    renderPanel({ outcomes: [outcome(1, { statement: 'Minimize <b>time</b>', evidence: [{ id: uuid(5, 1), interviewId, start: 0, end: quote.length, quote }] })] });
    const item = within(await screen.findByRole('list', { name: 'Proposed outcomes' })).getByRole('listitem');

    expect(item).toHaveTextContent(`“${quote}”`);
    expect(item).toHaveTextContent('Minimize <b>time</b>');
    expect(item.querySelector('img, b')).toBeNull();
  });

  it('invites an extraction when there are no outcomes yet', async () => {
    const { onExtract } = renderPanel({ outcomes: [] });

    expect(await screen.findByText('No outcomes yet')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Extract outcomes' }));
    expect(onExtract).toHaveBeenCalledOnce();
  });

  it('shows the live progress of a running extraction and its failure with Retry', async () => {
    renderPanel({ outcomes: [], jobs: [extractionJob({ status: 'failed', progress: { chunksDone: 1, chunksTotal: 3 }, error: { code: 'MODEL_ERROR', message: 'The model server answered 502' } })] });

    expect(await screen.findByRole('alert')).toHaveTextContent('Error: The model server answered 502');
    expect(screen.getByText('Failed at chunk 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Retry extraction of/ })).toBeInTheDocument();
  });

  it('offers to try again when the outcomes cannot be loaded', async () => {
    stubApi([
      { method: 'GET', path: /\/interviews\/[^/]+\/outcomes$/, respond: () => jsonResponse({ error: { code: 'INTERNAL', message: 'Database unavailable' } }, 503) },
      { method: 'GET', path: /\/projects\/[^/]+\/extraction-jobs$/, respond: () => jsonResponse({ items: [], nextCursor: null }) },
    ]);
    renderWithProviders(
      <ProposedOutcomesPanel interviewId={interviewId} projectId={projectId} jobStepNames={{}} activeOutcomeId={null} onSelect={() => {}} canWrite onExtract={() => {}} />,
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the outcomes');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
