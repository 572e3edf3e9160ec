import type { RejectedLine } from '@outcome-atlas/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api-error';
import { renderWithProviders } from '../testing/render-with-providers';
import { ImportError, type ImportWording } from './import-error';

const survey: ImportWording = {
  rejectedCode: 'RATINGS_IMPORT_REJECTED',
  rejectedTitle: (count) => `${count} ${count === 1 ? 'line' : 'lines'} rejected: nothing was imported`,
  rejectedTableLabel: 'Rejected lines',
  nothingSaved: 'no respondent or rating',
  tooLargeHint: 'Split the survey into smaller files (for example by respondent) and import them one after the other.',
  notCsvHint: 'Export the survey as CSV (comma-separated, UTF-8) and choose that file.',
};

const rejection = (rejected: RejectedLine[], rejectedCount = rejected.length) =>
  new ApiError({ status: 422, code: 'RATINGS_IMPORT_REJECTED', message: 'Some lines were rejected', details: { rejectedCount, rejected } });

describe('ImportError', () => {
  it('lists the rejected lines with line, column and reason, and says nothing was imported', () => {
    renderWithProviders(
      <ImportError
        dryRun={false}
        wording={survey}
        error={rejection([
          { line: 3, column: 'O-2 importance', code: 'RATING_OUT_OF_RANGE', reason: 'importance must be a whole number from 1 to 5, got "6"' },
          { line: 7, column: null, code: 'DUPLICATE_RESPONDENT', reason: 'R-7 appears twice <b>bold</b>' },
        ])}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('2 lines rejected: nothing was imported');
    const table = screen.getByRole('table', { name: 'Rejected lines' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('3O-2 importanceimportance must be a whole number from 1 to 5, got "6"');
    expect(second).toHaveTextContent('7—R-7 appears twice <b>bold</b>');
    expect(table.querySelector('b')).toBeNull();
  });

  it('virtualizes a long list and says only the first lines are listed', () => {
    const lines = Array.from({ length: 1000 }, (_, index) => ({ line: index + 2, column: 'importance', code: 'RATING_OUT_OF_RANGE', reason: 'importance must be 1 to 5' }));
    renderWithProviders(<ImportError dryRun error={rejection(lines, 4321)} wording={survey} />);
    expect(screen.getByRole('alert')).toHaveTextContent('4321 lines rejected: nothing was imported');
    expect(screen.getByRole('alert')).toHaveTextContent('The first 1000 are listed.');
    const table = screen.getByRole('table', { name: 'Rejected lines' });
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    const rendered = within(table).getAllByRole('row').length - 1;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    expect(within(table).getByText('2')).toBeInTheDocument();
  });

  it.each([
    { status: 413, code: 'PAYLOAD_TOO_LARGE', title: 'The file is too large', hint: /Split the survey/ },
    { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', title: 'This is not a CSV file the server can read', hint: /Export the survey as CSV/ },
  ])('explains a $status', ({ status, code, title, hint }) => {
    renderWithProviders(<ImportError dryRun={false} error={new ApiError({ status, code, message: 'Rejected by the server' })} wording={survey} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(title)).toBeInTheDocument();
    expect(alert).toHaveTextContent('Rejected by the server');
    expect(alert).toHaveTextContent(hint);
    expect(alert).toHaveTextContent('no respondent or rating was saved');
  });

  it('shows the rejected lines only for its own code, and any other error as it is', () => {
    const otherCode = new ApiError({ status: 422, code: 'KPI_IMPORT_REJECTED', message: 'Rejected elsewhere', details: { rejectedCount: 1, rejected: [] } });
    renderWithProviders(<ImportError dryRun error={otherCode} wording={survey} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('The file could not be checked')).toBeInTheDocument();
    expect(alert).toHaveTextContent('Rejected elsewhere');
    expect(alert).not.toHaveTextContent('was saved');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
