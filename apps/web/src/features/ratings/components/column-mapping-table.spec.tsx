import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { planColumnMapping } from '../utils/column-mapping';
import { ColumnMappingTable } from './column-mapping-table';

const outcomes = [{ id: '00000004-0000-4000-8000-000000000001', key: 'O-1' }];
const rowTexts = () => within(screen.getByRole('table', { name: 'Column mapping' })).getAllByRole('row').slice(1);

describe('ColumnMappingTable', () => {
  it('shows how each column of a wide file is read and lets the researcher confirm', async () => {
    const onChange = vi.fn();
    const mapping = planColumnMapping('wide', ['respondent_id', 'segment', 'region', 'O-1 importance', 'O-1_sat'], outcomes);
    renderWithProviders(<ColumnMappingTable mapping={mapping} confirmation={{ confirmed: false, onChange }} />);

    expect(screen.getByText(/5 columns: 1 outcome, 1 attribute, segment\./)).toBeInTheDocument();
    expect(rowTexts().map((row) => row.textContent)).toEqual([
      '1respondent_idRespondent id—',
      '2segmentSegment—',
      '3regionAttribute—',
      '4O-1 importanceImportanceO-1',
      '5O-1_satSatisfactionO-1',
    ]);
    await userEvent.click(screen.getByRole('checkbox', { name: 'These columns are read correctly' }));
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('marks the columns with problems, lists header-wide ones, and blocks the confirmation', () => {
    const mapping = planColumnMapping('wide', ['O-9 importance', '', '<img src=x onerror=alert(1)>'], outcomes);
    renderWithProviders(<ColumnMappingTable mapping={mapping} confirmation={{ confirmed: true, onChange: () => {} }} />);

    expect(screen.getByText('3 problems to fix.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/No respondent id column/);
    const [unknown, unnamed, html] = rowTexts();
    expect(unknown).toHaveAttribute('aria-invalid', 'true');
    expect(unknown).toHaveTextContent('"O-9 importance" rates O-9, which is not an outcome of this project');
    expect(unnamed).toHaveAttribute('aria-invalid', 'true');
    expect(unnamed).toHaveTextContent('(empty)');
    expect(html).not.toHaveAttribute('aria-invalid');
    expect(html).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(screen.getByRole('table', { name: 'Column mapping' }).querySelector('img')).toBeNull();
    const confirm = screen.getByRole('checkbox', { name: 'These columns are read correctly' });
    expect(confirm).toBeDisabled();
    expect(confirm).not.toBeChecked();
  });

  it('shows a long file’s columns without asking for confirmation', () => {
    renderWithProviders(<ColumnMappingTable mapping={planColumnMapping('long', ['respondent_id', 'outcome_id', 'importance', 'satisfaction', 'notes'], [])} />);
    expect(rowTexts().map((row) => row.textContent)).toEqual([
      '1respondent_idRespondent id—',
      '2outcome_idOutcome id or key—',
      '3importanceImportance—',
      '4satisfactionSatisfaction—',
      expect.stringMatching(/^5notesNot a column of this format—"notes" is not a column of the long format/),
    ]);
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});
