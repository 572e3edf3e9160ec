import type { ExtractionJob } from '@outcome-atlas/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callsTo, extractionJob, projectId, stubApi, uuid } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { resetFinishedJobNotices } from '../hooks/use-finished-job-notices';
import { ExtractionJobsTable } from './extraction-jobs-table';

const failed = extractionJob({
  id: uuid(3, 1),
  interviewTitle: 'Ana, card payments',
  provider: 'openai',
  model: 'gpt-4o-mini',
  status: 'failed',
  progress: { chunksDone: 2, chunksTotal: 5 },
  usage: { promptTokens: 5120, completionTokens: 830 },
  costEstimateUsd: 0.0013,
  error: { code: 'MODEL_ERROR', message: 'The model server answered 502' },
  attempts: 4,
});
const running = extractionJob({ id: uuid(3, 2), interviewTitle: 'Priya, month-end close', status: 'running', progress: { chunksDone: 3, chunksTotal: 7 } });

function renderTable(status: ExtractionJob['status'] | null = null) {
  const onStatusChange = vi.fn();
  renderWithProviders(<ExtractionJobsTable projectId={projectId} status={status} onStatusChange={onStatusChange} canWrite emptyAction={<button>Extract outcomes</button>} />);
  return { onStatusChange };
}

afterEach(() => {
  resetFinishedJobNotices();
});

describe('Extraction jobs table', () => {
  it('shows each job with provider, status, progress, counts, tokens, cost and error', async () => {
    stubApi([{ method: 'GET', path: /\/extraction-jobs$/, respond: () => jsonResponse({ items: [running, failed], nextCursor: null }) }]);
    renderTable();

    const table = await screen.findByRole('table', { name: 'Extraction jobs' });
    const [, runningRow, failedRow] = within(table).getAllByRole('row');
    expect(within(runningRow!).getByRole('link', { name: 'Priya, month-end close' })).toHaveAttribute('href', `/projects/${projectId}/interviews/${running.interviewId}`);
    expect(runningRow).toHaveTextContent('Offline suggestions');
    expect(runningRow).toHaveTextContent('Chunk 3 of 7');
    expect(runningRow).toHaveTextContent('Free, ran offline');
    expect(within(runningRow!).getByRole('button', { name: 'Cancel job for Priya, month-end close' })).toBeInTheDocument();
    expect(within(runningRow!).queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();

    expect(failedRow).toHaveTextContent('gpt-4o-mini');
    expect(failedRow).toHaveTextContent('Failed at chunk 2 of 5');
    expect(failedRow).toHaveTextContent('5,120 prompt · 830 completion tokens');
    expect(failedRow).toHaveTextContent('$0.0013');
    expect(failedRow).toHaveTextContent('4 attempts');
    expect(within(failedRow!).getByRole('alert')).toHaveTextContent('The model server answered 502');
  });

  it('retries a failed job and shows it queued again', async () => {
    let retried = false;
    const fetchMock = stubApi([
      { method: 'GET', path: /\/extraction-jobs$/, respond: () => jsonResponse({ items: [retried ? { ...failed, status: 'queued', error: null } : failed], nextCursor: null }) },
      {
        method: 'POST',
        path: /\/extraction-jobs\/[^/]+\/retry$/,
        respond: () => {
          retried = true;
          return jsonResponse({ ...failed, status: 'queued', error: null }, 202);
        },
      },
    ]);
    renderTable();

    await userEvent.click(await screen.findByRole('button', { name: 'Retry extraction of Ana, card payments' }));

    expect(callsTo(fetchMock, 'POST', new RegExp(`/extraction-jobs/${failed.id}/retry$`))).toHaveLength(1);
    expect(await screen.findByText('Queued at chunk 2 of 5')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel job for Ana, card payments' })).toBeInTheDocument();
  });

  it('polls the list while a job runs, and stops once none does', async () => {
    let listCalls = 0;
    stubApi([
      {
        method: 'GET',
        path: /\/extraction-jobs$/,
        respond: () => {
          listCalls += 1;
          return jsonResponse({ items: [listCalls === 1 ? running : { ...running, status: 'succeeded', progress: { chunksDone: 7, chunksTotal: 7 }, outcomesCreated: 4 }], nextCursor: null });
        },
      },
      { method: 'GET', path: /\/interviews\/[^/]+\/outcomes$/, respond: () => jsonResponse({ items: [], nextCursor: null }) },
    ]);
    renderTable();

    expect(await screen.findByText('Chunk 3 of 7')).toBeInTheDocument();
    expect(await screen.findByText('Done: 7 chunks · 4 outcomes proposed', {}, { timeout: 4000 })).toBeInTheDocument();
    const settled = listCalls;
    await new Promise((resolve) => setTimeout(resolve, 2500));
    // At most the one refresh the finished job triggers; no more polling.
    expect(listCalls - settled).toBeLessThanOrEqual(1);
  }, 10_000);

  it('asks for status in the query and reports a changed filter', async () => {
    const fetchMock = stubApi([{ method: 'GET', path: /\/extraction-jobs$/, respond: () => jsonResponse({ items: [], nextCursor: null }) }]);
    const { onStatusChange } = renderTable('failed');

    expect(await screen.findByText('No failed jobs')).toBeInTheDocument();
    const url = new URL(String(callsTo(fetchMock, 'GET', /\/extraction-jobs$/)[0]?.[0]), 'http://localhost');
    expect(url.searchParams.get('status')).toBe('failed');

    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    // jsdom never finishes the dropdown's transition, so the options stay display: none.
    await userEvent.click(await screen.findByRole('option', { name: 'Succeeded', hidden: true }));
    expect(onStatusChange).toHaveBeenCalledWith('succeeded');
  });

  it('invites a first extraction when the project has no jobs', async () => {
    stubApi([{ method: 'GET', path: /\/extraction-jobs$/, respond: () => jsonResponse({ items: [], nextCursor: null }) }]);
    renderTable();

    expect(await screen.findByText('No extractions yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Extract outcomes' })).toBeInTheDocument();
  });

  it('offers to try again when the list cannot be loaded', async () => {
    stubApi([{ method: 'GET', path: /\/extraction-jobs$/, respond: () => jsonResponse({ error: { code: 'INTERNAL', message: 'Database unavailable' } }, 503) }]);
    renderTable();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load extraction jobs');
    await waitFor(() => expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument());
  });
});
