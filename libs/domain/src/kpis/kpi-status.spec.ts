import { describe, expect, it } from 'vitest';
import { kpiTargetStatus } from './kpi-status.js';

describe('kpiTargetStatus', () => {
  it('judges against the target in the KPI direction, equal counting as meeting', () => {
    expect(kpiTargetStatus(80, 80, true)).toBe('meets');
    expect(kpiTargetStatus(79.9, 80, true)).toBe('misses');
    expect(kpiTargetStatus(2.1, 2.5, false)).toBe('meets');
    expect(kpiTargetStatus(2.6, 2.5, false)).toBe('misses');
    expect(kpiTargetStatus(-10, -5, true)).toBe('misses');
  });

  it('says no-data before no-target', () => {
    expect(kpiTargetStatus(null, null, true)).toBe('no-data');
    expect(kpiTargetStatus(null, 50, true)).toBe('no-data');
    expect(kpiTargetStatus(40, null, false)).toBe('no-target');
  });
});
