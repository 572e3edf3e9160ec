import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubXhr } from '../../../testing/fake-xhr';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { kpiDetail, kpiId } from '../testing/kpi-fixtures';
import { ImportMeasurementsPanel } from './import-measurements-panel';

const computed = (month: string, replaced: boolean) => ({
  kpiId,
  periodStart: `2026-${month}-01`,
  periodEnd: `2026-${month}-30`,
  value: 40,
  sampleSize: 190,
  source: 'computed',
  inputs: { promoters: 120, passives: 40, detractors: 30, n: 190 },
  replaced,
});

const csv = () => new File(['period_start,period_end,score\n2026-09-01,2026-09-30,10\n'], 'nps.csv', { type: 'text/csv' });

describe('ImportMeasurementsPanel', () => {
  it('shows the expected columns for the kind and the KPI type', async () => {
    stubXhr([]);
    renderWithProviders(<ImportMeasurementsPanel kpi={kpiDetail({ type: 'adoption', unit: '%' })} />);
    expect(screen.getByTestId('expected-header')).toHaveTextContent('period_start,period_end,value[,sample_size]');
    await userEvent.click(screen.getByRole('radio', { name: 'Raw responses' }));
    expect(screen.getByTestId('expected-header')).toHaveTextContent('period_start,period_end,active,eligible');
    expect(within(screen.getByRole('table', { name: 'Expected columns' })).getByText('Customers who could use it (summed per period).')).toBeInTheDocument();
  });

  it('offers only aggregates for CLV', () => {
    renderWithProviders(<ImportMeasurementsPanel kpi={kpiDetail({ type: 'clv', unit: 'EUR' })} />);
    expect(screen.getByRole('radio', { name: 'Raw responses' })).toBeDisabled();
    expect(screen.getByText(/CLV is imported as values per period only/)).toBeInTheDocument();
  });

  it('checks raw NPS answers (dry run) showing the periods, then lists the line errors of a rejected import', async () => {
    const sent = stubXhr([
      { status: 200, body: { dryRun: true, rows: 190, periods: [computed('09', false), computed('10', true)] } },
      {
        status: 422,
        body: {
          error: {
            code: 'KPI_IMPORT_REJECTED',
            message: '2 problems in the file',
            details: {
              rejectedCount: 2,
              rejected: [
                { line: 4, column: 'score', code: 'OUT_OF_RANGE', reason: 'score must be a whole number from 0 to 10, got "11"' },
                { line: 9, column: 'period_end', code: 'MEASUREMENT_EMPTY_PERIOD', reason: 'The period ends before it starts' },
              ],
            },
          },
        },
      },
    ]);
    renderWithProviders(<ImportMeasurementsPanel kpi={kpiDetail()} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Raw responses' }));
    expect(screen.getByTestId('expected-header')).toHaveTextContent('period_start,period_end,score');
    await userEvent.upload(screen.getByLabelText('CSV file', { exact: false }), csv());

    await userEvent.click(screen.getByRole('button', { name: 'Check (dry run)' }));
    const periods = await screen.findByRole('table', { name: 'Periods the import would record' });
    expect(screen.getByText('The file is ready to import')).toBeInTheDocument();
    expect(screen.getByText(/190 lines read, 2 periods, 1 replacing recorded values/)).toBeInTheDocument();
    const rows = within(periods).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('+40');
    expect(rows[1]).toHaveTextContent('P 120 · Pa 40 · D 30 · n 190');
    expect(rows[1]).toHaveTextContent('New');
    expect(rows[2]).toHaveTextContent('Will be replaced');
    expect(sent[0]!.url.pathname).toBe(`/api/v1/kpis/${kpiId}/measurements/import`);
    expect(Object.fromEntries(sent[0]!.url.searchParams)).toEqual({ kind: 'responses', dryRun: 'true' });
    expect((sent[0]!.form.get('file') as File).name).toBe('nps.csv');

    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    const problems = await screen.findByRole('table', { name: 'Problems in the file' });
    expect(screen.getByText('2 problems in the file: nothing was imported')).toBeInTheDocument();
    const lines = within(problems).getAllByRole('row');
    expect(lines[1]).toHaveTextContent('4score');
    expect(lines[1]).toHaveTextContent('score must be a whole number from 0 to 10, got "11"');
    expect(lines[2]).toHaveTextContent('The period ends before it starts');
    expect(Object.fromEntries(sent[1]!.url.searchParams)).toEqual({ kind: 'responses', dryRun: 'false' });
  });

  it('reports an import that landed', async () => {
    stubXhr([{ status: 200, body: { dryRun: false, rows: 2, periods: [computed('09', true)] } }]);
    renderWithProviders(<ImportMeasurementsPanel kpi={kpiDetail()} />);
    await userEvent.upload(screen.getByLabelText('CSV file', { exact: false }), csv());
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported 1 period')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Imported periods' })).getByText('Replaced')).toBeInTheDocument();
  });
});
