import { Notifications } from '@mantine/notifications';
import type { Segmentation } from '@outcome-atlas/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsTo, projectId, stubApi, uuid } from '../../../testing/extraction-fixtures';
import { segmentation } from '../../../testing/opportunity-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { SegmentationPanel } from './segmentation-panel';

function renderPanel({ saved = [], created = segmentation(), canWrite = true }: { saved?: Segmentation[]; created?: Segmentation | Response; canWrite?: boolean } = {}) {
  const fetchMock = stubApi([
    { method: 'GET', path: /\/segmentations$/, respond: () => jsonResponse({ items: saved, nextCursor: null }) },
    { method: 'GET', path: /\/segments$/, respond: () => jsonResponse({ items: [] }) },
    { method: 'POST', path: /\/segmentation$/, respond: () => (created instanceof Response ? created : jsonResponse(created, 201)) },
  ]);
  const view = renderWithProviders(
    <>
      <Notifications />
      <SegmentationPanel projectId={projectId} canWrite={canWrite} />
    </>,
    { path: `/projects/${projectId}/opportunities?view=segmentation`, routePath: '/projects/:projectId/opportunities' },
  );
  return { fetchMock, ...view };
}

const form = () => screen.getByRole('form', { name: 'New segmentation' });

describe('Segmentation', () => {
  it('validates the form with the shared contract before calling the API', async () => {
    const { fetchMock } = renderPanel();
    await userEvent.click(within(form()).getByRole('button', { name: 'Run segmentation' }));
    expect(await within(form()).findByText('This field is required')).toBeInTheDocument();

    await userEvent.type(within(form()).getByRole('textbox', { name: 'Name' }), 'x'.repeat(81));
    await userEvent.click(within(form()).getByRole('button', { name: 'Run segmentation' }));
    expect(await within(form()).findByText(/at most 80|<=80/)).toBeInTheDocument();
    expect(callsTo(fetchMock, 'POST', /\/segmentation$/)).toHaveLength(0);
  });

  it('runs a segmentation and shows its sizes, silhouette and each segment with a link to its backlog', async () => {
    const { fetchMock } = renderPanel();
    expect(await screen.findByText('No segmentations yet')).toBeInTheDocument();

    await userEvent.type(within(form()).getByRole('textbox', { name: 'Name' }), 'Unmet needs, November');
    await userEvent.click(within(form()).getByRole('combobox', { name: 'Number of segments' }));
    await userEvent.click(await screen.findByRole('option', { name: '3 segments', hidden: true }));
    await userEvent.clear(within(form()).getByRole('textbox', { name: 'Seed' }));
    await userEvent.type(within(form()).getByRole('textbox', { name: 'Seed' }), '7');
    await userEvent.click(within(form()).getByRole('button', { name: 'Run segmentation' }));

    await waitFor(() => expect(callsTo(fetchMock, 'POST', /\/segmentation$/)).toHaveLength(1));
    expect(JSON.parse(String(callsTo(fetchMock, 'POST', /\/segmentation$/)[0]![1]?.body))).toEqual({ name: 'Unmet needs, November', k: 3, seed: 7 });

    expect(await screen.findByRole('heading', { name: 'Unmet needs, November', level: 3 })).toBeInTheDocument();
    expect(screen.getByText('Silhouette 0.56')).toBeInTheDocument();
    expect(screen.getByText('Clear segments')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Segment sizes: Segment 1 50 respondents (63%), Segment 2 30 respondents (38%)' })).toBeInTheDocument();

    const first = screen.getByRole('region', { name: 'Unmet needs, November · 1' });
    expect(first).toHaveTextContent('50 respondents · 63%');
    expect(within(first).getByRole('list', { name: 'Top opportunities of Unmet needs, November · 1' })).toHaveTextContent('16.0O-1 Minimize the time it takes to do step 1Extreme');
    const link = within(first).getByRole('link', { name: 'View backlog for Unmet needs, November · 1' });
    expect(link).toHaveAttribute('href', `/projects/${projectId}/opportunities?segment=saved%3A${uuid(8, 1)}`);
  });

  it('puts the server reason above the button when the segmentation cannot run', async () => {
    renderPanel({ created: jsonResponse({ error: { code: 'TOO_FEW_RESPONDENTS', message: 'At least 10 respondents with ratings are needed' } }, 422) });
    await userEvent.type(within(form()).getByRole('textbox', { name: 'Name' }), 'Too early');
    await userEvent.click(within(form()).getByRole('button', { name: 'Run segmentation' }));
    expect(await within(form()).findByRole('alert')).toHaveTextContent('At least 10 respondents with ratings are needed');
  });

  it('shows the newest saved segmentation to viewers, without the form', async () => {
    renderPanel({ saved: [segmentation({ name: 'Spring survey', chosenBy: 'given', silhouette: 0.2 })], canWrite: false });
    expect(await screen.findByRole('heading', { name: 'Spring survey', level: 3 })).toBeInTheDocument();
    expect(screen.getByText('Weak structure')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'New segmentation' })).toBeNull();
  });
});
