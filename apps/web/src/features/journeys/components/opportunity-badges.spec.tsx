import { render, screen, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { theme } from '../../../app/theme';
import { atlasOpportunity } from '../testing/atlas-fixtures';
import { OpportunityBadgeList } from './opportunity-badges';

describe('OpportunityBadgeList', () => {
  it('names each zone in words as well as in colour, and says when an outcome is not rated', () => {
    render(
      <MantineProvider theme={theme}>
        <OpportunityBadgeList
          label="Opportunities at Pricing page"
          opportunities={[atlasOpportunity(3, { opportunity: 13.24, zone: 'high' }), atlasOpportunity(7, { opportunity: null, zone: null })]}
        />
      </MantineProvider>,
    );
    const items = within(screen.getByRole('list', { name: 'Opportunities at Pricing page' })).getAllByRole('listitem');

    expect(items.map((item) => item.textContent)).toEqual(['O-3 13.2, High zone', 'O-7, not rated yet']);
  });
});
