import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render-with-providers';
import { FigureList } from './figure-list';

describe('FigureList', () => {
  it('lists each figure under its label, with its hint on hover', () => {
    renderWithProviders(
      <FigureList
        label="Where we stand"
        figures={[
          { label: 'Interviews', value: '12' },
          { label: 'Live solutions', value: '4', hint: '1 dropped' },
        ]}
      />,
    );
    const list = screen.getByLabelText('Where we stand');
    expect(list.tagName).toBe('DL');
    expect(list).toHaveTextContent('Interviews12Live solutions4');
    expect(screen.getByText('Live solutions').parentElement).toHaveAttribute('title', '1 dropped');
  });
});
