import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render-with-providers';
import { FormActions } from './form-actions';

describe('FormActions', () => {
  it('shows the server error above Cancel and the submit button', async () => {
    const onCancel = vi.fn();
    renderWithProviders(<FormActions error="The journey no longer exists" errorTitle="Could not save" submitLabel="Save journey" submitting={false} onCancel={onCancel} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not saveThe journey no longer exists');
    expect(screen.getByRole('button', { name: 'Save journey' })).toHaveAttribute('type', 'submit');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('has no alert without an error and no Cancel without a handler', () => {
    renderWithProviders(<FormActions error={undefined} submitLabel="Add value" submitting={false} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add value' })).toBeEnabled();
  });
});
