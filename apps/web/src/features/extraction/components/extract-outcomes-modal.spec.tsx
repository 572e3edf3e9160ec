import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callsTo, extractionEstimate, extractionJob, interviewId, projectId, stubApi } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { resetFinishedJobNotices } from '../hooks/use-finished-job-notices';
import { ExtractOutcomesModal, type ExtractionScope } from './extract-outcomes-modal';

const interviewScope: ExtractionScope = { kind: 'interview', projectId, interviewId, title: 'Priya, month-end close' };

function renderModal(scope: ExtractionScope, onStarted = vi.fn()) {
  renderWithProviders(<ExtractOutcomesModal scope={scope} opened onClose={() => {}} canWrite onStarted={onStarted} />);
  return screen.findByRole('dialog', { name: 'Extract outcomes' });
}

afterEach(() => {
  resetFinishedJobNotices();
});

describe('Extract outcomes dialog', () => {
  it('shows an offline estimate as free, starts the job and follows it until it has finished', async () => {
    const queued = extractionJob();
    let polls = 0;
    const fetchMock = stubApi([
      { method: 'GET', path: /\/interviews\/[^/]+\/extraction-estimate$/, respond: () => jsonResponse(extractionEstimate()) },
      { method: 'POST', path: /\/interviews\/[^/]+\/extractions$/, respond: () => jsonResponse({ jobs: [queued], skipped: 0 }, 202) },
      {
        method: 'GET',
        path: /\/extraction-jobs\/[^/]+$/,
        respond: () => {
          polls += 1;
          return jsonResponse(
            polls === 1
              ? { ...queued, status: 'running', progress: { chunksDone: 1, chunksTotal: 2 } }
              : { ...queued, status: 'succeeded', progress: { chunksDone: 2, chunksTotal: 2 }, outcomesCreated: 12, duplicatesFound: 2, ungroundedDropped: 1 },
          );
        },
      },
      { method: 'GET', path: /\/extraction-jobs$/, respond: () => jsonResponse({ items: [], nextCursor: null }) },
    ]);
    const onStarted = vi.fn();
    const dialog = await renderModal(interviewScope, onStarted);

    const estimate = await within(dialog).findByRole('table', { name: 'Extraction estimate' });
    expect(within(estimate).getByRole('row', { name: /Cost/ })).toHaveTextContent('Free, runs offline');
    expect(within(estimate).getByRole('row', { name: /Words/ })).toHaveTextContent('1,234');
    expect(within(estimate).getByRole('row', { name: /Chunks/ })).toHaveTextContent('2');
    expect(dialog).toHaveTextContent('Offline suggestions, not AI');
    expect(dialog).toHaveTextContent('cue lexicon');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Start extraction' }));

    const [, init] = callsTo(fetchMock, 'POST', /\/extractions$/)[0] ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({});
    expect(onStarted).toHaveBeenCalledWith({ jobs: [queued], skipped: 0 });
    await within(dialog).findByText('Chunk 1 of 2');
    expect(within(dialog).getByRole('button', { name: `Cancel job for ${queued.interviewTitle}` })).toBeInTheDocument();
    await within(dialog).findByText('Done: 2 chunks · 12 outcomes proposed, 2 possible duplicates, 1 dropped without evidence', {}, { timeout: 3000 });
    expect(within(dialog).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');

    // Finished: polling stops.
    const finalPolls = polls;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(polls).toBe(finalPolls);
  }, 10_000);

  it('says so and disables Start when every interview of the project is already extracted', async () => {
    stubApi([{ method: 'GET', path: /\/projects\/[^/]+\/extraction-estimate$/, respond: () => jsonResponse(extractionEstimate({ interviews: 0, words: 0, chunks: 0 })) }]);
    const dialog = await renderModal({ kind: 'project', projectId });

    expect(await within(dialog).findByText(/Nothing to extract/)).toBeInTheDocument();
    expect(within(dialog).getByRole('row', { name: /Interviews not yet extracted/ })).toHaveTextContent('0');
    expect(within(dialog).getByRole('button', { name: 'Start extraction' })).toBeDisabled();
  });

  it('shows tokens and cost for the AI model, and explains when the server has no key for it', async () => {
    stubApi([
      {
        method: 'GET',
        path: /\/projects\/[^/]+\/extraction-estimate$/,
        respond: (url) =>
          url.searchParams.get('provider') === 'openai'
            ? jsonResponse({ error: { code: 'OPENAI_NOT_CONFIGURED', message: 'No OPENAI_API_KEY is configured on the server' } }, 422)
            : jsonResponse(extractionEstimate({ interviews: 3 })),
      },
    ]);
    const dialog = await renderModal({ kind: 'project', projectId });
    await within(dialog).findByRole('table', { name: 'Extraction estimate' });

    await userEvent.click(within(dialog).getByText('AI model'));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('No AI model is configured');
    expect(within(dialog).getByRole('button', { name: 'Start extraction' })).toBeDisabled();
    await userEvent.click(within(dialog).getByText('Offline suggestions'));
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Start extraction' })).toBeEnabled());
  });

  it('prices an AI extraction from the estimate', async () => {
    stubApi([
      {
        method: 'GET',
        path: /\/interviews\/[^/]+\/extraction-estimate$/,
        respond: () => jsonResponse(extractionEstimate({ provider: 'openai', model: 'gpt-4o-mini', promptTokens: 7400, completionTokens: 900, costUsd: 0.00172 })),
      },
    ]);
    const dialog = await renderModal(interviewScope);
    const estimate = await within(dialog).findByRole('table', { name: 'Extraction estimate' });

    expect(within(estimate).getByRole('row', { name: /Model calls/ })).toHaveTextContent('2');
    expect(within(estimate).getByRole('row', { name: /Prompt tokens/ })).toHaveTextContent('≈ 7,400');
    expect(within(estimate).getByRole('row', { name: /Completion tokens/ })).toHaveTextContent('≈ 900');
    expect(within(estimate).getByRole('row', { name: /Cost/ })).toHaveTextContent('≈ $0.0017');
    expect(dialog).not.toHaveTextContent('Offline suggestions, not AI');
  });
});
