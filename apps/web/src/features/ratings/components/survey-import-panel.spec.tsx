import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsTo, outcome, projectId, stubApi } from '../../../testing/extraction-fixtures';
import { stubXhr } from '../../../testing/fake-xhr';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { SurveyImportPanel } from './survey-import-panel';

const checked = { format: 'long', dryRun: true, lines: 4, respondents: { created: 2, updated: 0, unchanged: 0 }, ratings: { created: 4, updated: 0, unchanged: 0 } };
const rejected = {
  error: {
    code: 'RATINGS_IMPORT_REJECTED',
    message: '1 line was rejected',
    details: { rejectedCount: 1, rejected: [{ line: 4, column: 'importance', code: 'RATING_OUT_OF_RANGE', reason: 'importance must be a whole number from 1 to 5, got "7"' }] },
  },
};

describe('SurveyImportPanel', () => {
  it('checks and imports a long file as multipart `file` with format and dryRun, showing counts, then rejected lines', async () => {
    stubApi([{ method: 'GET', path: /\/projects\/[^/]+\/outcomes$/, respond: () => jsonResponse({ items: [outcome(1, { status: 'accepted' })], nextCursor: null }) }]);
    const sent = stubXhr([
      { status: 200, body: checked },
      { status: 422, body: rejected },
    ]);
    renderWithProviders(<SurveyImportPanel projectId={projectId} />);

    await userEvent.click(screen.getByText('Long: one row per answer'));
    const file = new File(['\uFEFFrespondent_id,outcome_id,importance,satisfaction\r\nR1,O-1,5,2\r\n'], 'workshop.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('Survey file'), file);
    expect(await screen.findByTestId('chosen-file')).toHaveTextContent('workshop.csv');
    const mapping = await screen.findByRole('table', { name: 'Column mapping' });
    expect(within(mapping).getAllByRole('row')).toHaveLength(5);
    expect(screen.getByText(/No problems found in the header/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Check file' }));
    const summary = await screen.findByRole('table', { name: 'What the import would do' });
    expect(screen.getByText('The file is fine: nothing was imported yet')).toBeInTheDocument();
    expect(within(summary).getByRole('row', { name: /Ratings/ })).toHaveTextContent('Ratings400');
    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.url.pathname).toBe(`/api/v1/projects/${projectId}/ratings/import`);
    expect(Object.fromEntries(sent[0]!.url.searchParams)).toEqual({ format: 'long', dryRun: 'true' });
    expect((sent[0]!.form.get('file') as File).name).toBe('workshop.csv');

    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('table', { name: 'Rejected lines' })).toHaveTextContent('importance must be a whole number from 1 to 5, got "7"');
    expect(screen.getByText('1 line rejected: nothing was imported')).toBeInTheDocument();
    expect(Object.fromEntries(sent[1]!.url.searchParams)).toEqual({ format: 'long', dryRun: 'false' });
  });

  it('previews a wide header against the project’s outcomes and imports only once the mapping is confirmed', async () => {
    const fetchMock = stubApi([
      { method: 'GET', path: /\/projects\/[^/]+\/outcomes$/, respond: () => jsonResponse({ items: [outcome(1, { status: 'accepted' }), outcome(2)], nextCursor: null }) },
    ]);
    const imported = { ...checked, format: 'wide', dryRun: false, lines: 1 };
    const sent = stubXhr([{ status: 200, body: imported }]);
    renderWithProviders(<SurveyImportPanel projectId={projectId} />);

    const file = new File(['respondent_id,"O-1 importance",O-1_sat,imp_O-2,region\nR1,5,2,4,EU\n'], 'survey.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText('Survey file'), file);
    const mapping = await screen.findByRole('table', { name: 'Column mapping' });
    expect(screen.getByText(/5 columns: 2 outcomes, 1 attribute\./)).toBeInTheDocument();
    expect(within(mapping).getAllByRole('row')[2]).toHaveTextContent('2O-1 importanceImportanceO-1');
    const [[input]] = callsTo(fetchMock, 'GET', /\/outcomes$/) as [[string]];
    expect(new URL(input, 'http://localhost').searchParams.get('status')).toBe('proposed,accepted,rejected');

    const importButton = screen.getByRole('button', { name: 'Import' });
    expect(importButton).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Check file' })).toBeEnabled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'These columns are read correctly' }));
    expect(importButton).toBeEnabled();
    await userEvent.click(importButton);

    expect(await screen.findByRole('table', { name: 'What the import did' })).toBeInTheDocument();
    expect(screen.getByText('Imported 1 line')).toBeInTheDocument();
    expect(Object.fromEntries(sent[0]!.url.searchParams)).toEqual({ format: 'wide', dryRun: 'false' });
  });

  it('refuses a file that is not CSV before uploading anything', async () => {
    stubApi([{ method: 'GET', path: /\/projects\/[^/]+\/outcomes$/, respond: () => jsonResponse({ items: [], nextCursor: null }) }]);
    const sent = stubXhr([]);
    renderWithProviders(<SurveyImportPanel projectId={projectId} />);
    await userEvent.upload(screen.getByLabelText('Survey file'), new File(['%PDF'], 'survey.pdf', { type: 'application/pdf' }), { applyAccept: false });
    expect(await screen.findByText('Not a CSV file')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check file' })).toBeDisabled();
    await waitFor(() => expect(sent).toHaveLength(0));
  });
});
