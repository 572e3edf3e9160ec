import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsTo, outcome, stubApi } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { EditOutcomeModal } from './edit-outcome-modal';

describe('Edit outcome modal', () => {
  it('lints the statement live as it is typed', async () => {
    stubApi([]);
    renderWithProviders(<EditOutcomeModal outcome={outcome(1)} jobStepOptions={[]} onClose={() => {}} />);
    const dialog = await screen.findByRole('dialog', { name: 'Edit O-1' });
    const textarea = within(dialog).getByRole('textbox', { name: 'Statement' });
    expect(within(dialog).getByText(/No issues/)).toBeInTheDocument();

    await userEvent.clear(textarea);
    await userEvent.type(textarea, 'I want a dashboard');

    const issues = within(dialog).getByRole('list', { name: 'Statement issues' });
    expect(within(issues).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(issues).toHaveTextContent(/Problem:/);
    expect(within(dialog).getByRole('group', { name: 'Parsed parts' })).toHaveTextContent('Direction: —');

    await userEvent.clear(textarea);
    await userEvent.type(textarea, 'Minimize the time it takes to reconcile the bank feed');
    expect(within(dialog).getByText(/No issues/)).toBeInTheDocument();
    expect(within(dialog).getByRole('group', { name: 'Parsed parts' })).toHaveTextContent('Direction: Minimize');
  });

  it('on a stale version shows their text, keeps the draft and re-applies it over the latest version', async () => {
    const mine = outcome(1, { version: 1 });
    const theirs = outcome(1, { version: 4, statement: 'Minimize the time it takes to find the invoice' });
    let attempts = 0;
    const fetchMock = stubApi([
      {
        method: 'PATCH',
        path: /\/outcomes\/[^/]+$/,
        respond: (_url, init) => {
          attempts += 1;
          const body = JSON.parse(String(init?.body)) as { statement: string; version: number };
          if (attempts === 1) return jsonResponse({ error: { code: 'OUTCOME_STALE_VERSION', message: 'Stale', details: { current: theirs } } }, 409);
          return jsonResponse({ ...theirs, statement: body.statement, version: 5 });
        },
      },
    ]);
    let closed = false;
    renderWithProviders(<EditOutcomeModal outcome={mine} jobStepOptions={[]} onClose={() => (closed = true)} />);
    const dialog = await screen.findByRole('dialog', { name: 'Edit O-1' });
    const textarea = within(dialog).getByRole('textbox', { name: 'Statement' });
    await userEvent.clear(textarea);
    await userEvent.type(textarea, 'Minimize the time it takes to match the invoice');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Changed by someone else — showing the latest');
    expect(alert).toHaveTextContent('Minimize the time it takes to find the invoice');
    expect(textarea).toHaveValue('Minimize the time it takes to match the invoice');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(closed).toBe(true));
    const bodies = callsTo(fetchMock, 'PATCH', /\/outcomes\//).map(([, init]) => JSON.parse(String(init?.body)));
    expect(bodies).toEqual([
      { statement: 'Minimize the time it takes to match the invoice', version: 1 },
      { statement: 'Minimize the time it takes to match the invoice', version: 4 },
    ]);
  });
});
