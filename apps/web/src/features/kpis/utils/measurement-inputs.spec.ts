import { describe, expect, it } from 'vitest';
import { describeInputs, formatInputs } from './measurement-inputs';

describe('the counts behind a computed value', () => {
  it('lists NPS counts in reading order with short labels', () => {
    expect(formatInputs({ n: 190, detractors: 30, promoters: 120, passives: 40 })).toBe('P 120 · Pa 40 · D 30 · n 190');
    expect(describeInputs({ n: 190, detractors: 30, promoters: 120, passives: 40 })).toBe('120 promoters, 40 passives, 30 detractors, 190 answers');
  });

  it('keeps unknown keys by name, after the known ones', () => {
    expect(formatInputs({ zeta: 2, active: 40, eligible: 120, alpha: 1 })).toBe('active 40 · eligible 120 · alpha 1 · zeta 2');
  });

  it('has nothing to show for entered values', () => {
    expect(formatInputs(null)).toBeNull();
    expect(formatInputs({})).toBeNull();
    expect(describeInputs(null)).toBeNull();
  });
});
