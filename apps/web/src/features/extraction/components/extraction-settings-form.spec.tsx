import type { Project } from '@outcome-atlas/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsTo, projectId, stubApi } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { ExtractionSettingsForm } from './extraction-settings-form';

const project: Project = {
  id: projectId,
  workspaceId: '0d7e4a1b-8f7c-4b2a-9e6d-3c5f1a2b7d90',
  name: 'Month-end close',
  description: '',
  jobStatement: '',
  interviewCount: 2,
  extraction: { model: null, redactPii: false },
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
};

describe('Extraction settings form', () => {
  it('checks the model name with the contract, then saves model and redaction', async () => {
    const fetchMock = stubApi([
      {
        method: 'PATCH',
        path: /\/projects\/[^/]+$/,
        respond: (_url, init) => jsonResponse({ ...project, extraction: (JSON.parse(String(init?.body)) as { extraction: Project['extraction'] }).extraction }),
      },
      { method: 'GET', path: /\/workspaces\/[^/]+\/projects$/, respond: () => jsonResponse({ items: [], nextCursor: null }) },
    ]);
    renderWithProviders(<ExtractionSettingsForm project={project} canWrite />);

    const model = screen.getByRole('textbox', { name: 'Model' });
    await userEvent.type(model, 'gpt 4o; drop');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/Model names contain letters, digits/)).toBeInTheDocument();
    expect(callsTo(fetchMock, 'PATCH', /\/projects\//)).toHaveLength(0);

    await userEvent.clear(model);
    await userEvent.type(model, 'gpt-4o-mini');
    await userEvent.click(screen.getByRole('switch', { name: /Redact personal data/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(() => expect(callsTo(fetchMock, 'PATCH', /\/projects\//)).toHaveLength(1));
    const [, init] = callsTo(fetchMock, 'PATCH', /\/projects\//)[0] ?? [];
    expect(JSON.parse(String(init?.body))).toEqual({ extraction: { model: 'gpt-4o-mini', redactPii: true } });
  });

  it('is read-only for viewers', () => {
    renderWithProviders(<ExtractionSettingsForm project={{ ...project, extraction: { model: 'gpt-4o', redactPii: true } }} canWrite={false} />);
    expect(screen.getByRole('textbox', { name: 'Model' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Model' })).toHaveValue('gpt-4o');
    expect(screen.getByRole('switch', { name: /Redact personal data/ })).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();
  });
});
