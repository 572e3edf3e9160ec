import { describe, expect, it } from 'vitest';
import { PAIN_OPPORTUNITY_THRESHOLD, touchpointPain } from './touchpoint-pain.js';

describe('touchpointPain', () => {
  it.each([
    ['exactly the threshold (12) marks', [12], [], { marked: true, bestOpportunity: 12, reasons: ['opportunity'] }],
    ['just below (11.99) does not', [11.99], [], { marked: false, bestOpportunity: 11.99, reasons: [] }],
    ['the best of several counts: max(4, 106/9 ≈ 11.78, 16) = 16', [4, 106 / 9, 16], [], { marked: true, bestOpportunity: 16, reasons: ['opportunity'] }],
    ['unrated outcomes are skipped when finding the best', [null, 8, null], [], { marked: false, bestOpportunity: 8, reasons: [] }],
    ['only unrated outcomes: no best opportunity', [null, null], [], { marked: false, bestOpportunity: null, reasons: [] }],
    ['nothing linked', [], [], { marked: false, bestOpportunity: null, reasons: [] }],
  ] as const)('%s', (_name, opportunities, statuses, expected) => {
    expect(touchpointPain(opportunities, statuses)).toEqual(expected);
  });

  it.each([
    ['a KPI that misses its target marks even without opportunities', [], ['meets', 'misses'], { marked: true, bestOpportunity: null, reasons: ['kpi'] }],
    ['KPIs that meet, lack a target or lack data do not', [11.99], ['meets', 'no-target', 'no-data'], { marked: false, bestOpportunity: 11.99, reasons: [] }],
    ['both reasons, opportunity first', [12.5, null], ['misses', 'misses'], { marked: true, bestOpportunity: 12.5, reasons: ['opportunity', 'kpi'] }],
  ] as const)('%s', (_name, opportunities, statuses, expected) => {
    expect(touchpointPain(opportunities, statuses)).toEqual(expected);
  });

  it('uses the high-zone boundary of the opportunity algorithm', () => {
    expect(PAIN_OPPORTUNITY_THRESHOLD).toBe(12);
  });
});
