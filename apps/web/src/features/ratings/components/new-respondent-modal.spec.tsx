import type { Respondent } from '@outcome-atlas/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { callsTo, projectId, stubApi, uuid } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { NewRespondentModal } from './new-respondent-modal';

const created: Respondent = {
  id: uuid(6, 3),
  projectId,
  externalId: 'Workshop participant 3',
  segment: 'SMB',
  attributes: { region: 'EU' },
  ratingCount: 0,
  createdAt: '2026-10-02T09:00:00.000Z',
  updatedAt: '2026-10-02T09:00:00.000Z',
};

function renderModal(respond: () => Response = () => jsonResponse(created, 201)) {
  const fetchMock = stubApi([{ method: 'POST', path: /\/respondents$/, respond }]);
  const onCreated = vi.fn();
  renderWithProviders(<NewRespondentModal projectId={projectId} opened onClose={() => {}} onCreated={onCreated} />);
  return { fetchMock, onCreated };
}

describe('NewRespondentModal', () => {
  it('sends the id, segment and attribute rows as the contract wants them', async () => {
    const { fetchMock, onCreated } = renderModal();
    await userEvent.type(screen.getByLabelText('Participant id', { exact: false }), 'Workshop participant 3');
    await userEvent.type(screen.getByLabelText('Segment', { exact: false }), 'SMB');
    await userEvent.type(screen.getByLabelText('Attribute 1 name'), 'region');
    await userEvent.type(screen.getByLabelText('Attribute 1 value'), 'EU');
    await userEvent.click(screen.getByRole('button', { name: 'Add attribute' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add participant' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
    const [[, init]] = callsTo(fetchMock, 'POST', /\/respondents$/) as [[unknown, RequestInit]];
    expect(JSON.parse(String(init.body))).toEqual({ externalId: 'Workshop participant 3', segment: 'SMB', attributes: { region: 'EU' } });
  });

  it('checks the rows and the id before sending, and shows a taken id on its field', async () => {
    const { fetchMock } = renderModal(() => jsonResponse({ error: { code: 'RESPONDENT_EXISTS', message: 'exists' } }, 409));
    await userEvent.click(screen.getByRole('button', { name: 'Add attribute' }));
    await userEvent.type(screen.getByLabelText('Attribute 1 name'), 'region');
    await userEvent.type(screen.getByLabelText('Attribute 2 name'), 'region');
    await userEvent.click(screen.getByRole('button', { name: 'Add participant' }));
    expect(await screen.findByText('This field is required')).toBeInTheDocument();
    expect(screen.getByText('This attribute is already listed')).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', /\/respondents$/)).toHaveLength(0);

    await userEvent.clear(screen.getByLabelText('Attribute 2 name'));
    await userEvent.type(screen.getByLabelText('Participant id', { exact: false }), 'R-1');
    await userEvent.click(screen.getByRole('button', { name: 'Add participant' }));
    expect(await screen.findByText(/A participant with this id already exists/)).toBeInTheDocument();
  });
});
