import { Notifications } from '@mantine/notifications';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsTo, outcome, stubApi, uuid } from '../../../testing/extraction-fixtures';
import { jsonResponse, renderWithProviders } from '../../../testing/render-with-providers';
import { UnmergeSection } from './unmerge-section';

const merged = outcome(2, { status: 'merged', version: 6, mergedInto: { outcomeId: uuid(4, 1), key: 'O-1' } });

describe('UnmergeSection', () => {
  it('says where a merged outcome went and unmerges it with its version', async () => {
    const fetchMock = stubApi([
      {
        method: 'POST',
        path: /\/outcomes\/[^/]+\/unmerge$/,
        respond: () => jsonResponse({ outcome: { ...merged, status: 'proposed', mergedInto: null, version: 7 }, from: outcome(1, { version: 3 }), evidenceNotReturned: [uuid(5, 9)] }),
      },
    ]);
    renderWithProviders(
      <>
        <Notifications />
        <UnmergeSection outcome={merged} canWrite />
      </>,
    );
    expect(screen.getByTestId('merged-into')).toHaveTextContent('Merged into O-1.');
    await userEvent.click(screen.getByRole('button', { name: 'Unmerge' }));
    expect(await screen.findByText('O-2 is no longer merged. 1 quote could not come back.')).toBeInTheDocument();
    await waitFor(() => expect(callsTo(fetchMock, 'POST', /\/unmerge$/).map(([, init]) => JSON.parse(String(init?.body)))).toEqual([{ version: 6 }]));
  });

  it('shows nothing for an outcome that is not merged, and no button for viewers', () => {
    const { unmount } = renderWithProviders(<UnmergeSection outcome={outcome(1)} canWrite />);
    expect(screen.queryByTestId('merged-into')).toBeNull();
    unmount();
    renderWithProviders(<UnmergeSection outcome={merged} canWrite={false} />);
    expect(screen.getByTestId('merged-into')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Unmerge' })).toBeNull();
  });
});
