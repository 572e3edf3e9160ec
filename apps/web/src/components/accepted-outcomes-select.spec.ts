import { describe, expect, it } from 'vitest';
import { acceptedOutcomeOptions } from './accepted-outcomes-select';

const accepted = [
  { id: 'o1', key: 'O-1', statement: 'Minimize the time to close' },
  { id: 'o2', key: 'O-2', statement: 'Minimize the errors' },
];

describe('acceptedOutcomeOptions', () => {
  it('lists the accepted outcomes by key and statement', () => {
    expect(acceptedOutcomeOptions(accepted, [], ['o1'])).toEqual([
      { value: 'o1', label: 'O-1 Minimize the time to close' },
      { value: 'o2', label: 'O-2 Minimize the errors' },
    ]);
  });

  it('keeps a linked outcome that is no longer accepted, by its name when known', () => {
    const known = [{ outcomeId: 'o9', key: 'O-9', statement: 'Minimize the rework' }, { outcomeId: 'o1', key: 'O-1', statement: 'Minimize the time to close' }];
    expect(acceptedOutcomeOptions(accepted, known, ['o9', 'o7']).slice(2)).toEqual([
      { value: 'o9', label: 'O-9 Minimize the rework' },
      { value: 'o7', label: 'An outcome that is no longer accepted' },
    ]);
  });

  it('does not call a chosen outcome missing before the list has loaded', () => {
    expect(acceptedOutcomeOptions(undefined, [], ['o1'])).toEqual([]);
  });
});
