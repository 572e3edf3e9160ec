import type { AtlasOpportunity, KpiMeasurement, Solution, SolutionEvaluation } from '@outcome-atlas/contracts';
import { projectId } from '../../../testing/extraction-fixtures';

/** A valid v4-shaped id per kind (the shared `uuid` helper takes one-digit kinds only). */
export const fixtureId = (kind: number, index: number) => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;

export const solutionId = fixtureId(0x40, 1);
export const expectedKpiId = fixtureId(0x41, 1);

export function opportunity(index: number, overrides: Partial<AtlasOpportunity> = {}): AtlasOpportunity {
  return {
    outcomeId: fixtureId(0x42, index),
    key: `O-${index}`,
    statement: `Minimize the time it takes to do step ${index}`,
    status: 'accepted',
    opportunity: 13.25,
    zone: 'high',
    ...overrides,
  };
}

export function solution(overrides: Partial<Solution> = {}): Solution {
  return {
    id: solutionId,
    projectId,
    title: 'Auto-match bank lines to invoices',
    description: '',
    hypothesis: 'If we pre-match bank lines, then CSAT after bank connection rises by 10 points',
    status: 'testing',
    shipDate: null,
    expectedKpi: { kpiId: expectedKpiId, name: 'CSAT after bank connection' },
    expectedDirection: 'increase',
    outcomes: [opportunity(1, { opportunity: 16.04, zone: 'extreme' }), opportunity(2)],
    createdAt: '2026-10-02T09:00:00.000Z',
    updatedAt: '2026-10-02T09:00:00.000Z',
    ...overrides,
  };
}

function measurement(index: number, periodStart: string, periodEnd: string, value: number): KpiMeasurement {
  return { id: fixtureId(0x43, index), kpiId: expectedKpiId, periodStart, periodEnd, value, sampleSize: 200, source: 'entered', inputs: null, createdAt: '2026-10-02T09:00:00.000Z' };
}

export function evaluation(overrides: Partial<SolutionEvaluation> = {}): SolutionEvaluation {
  return {
    solutionId,
    shipDate: '2026-09-15',
    kpi: {
      kpiId: expectedKpiId,
      name: 'CSAT after bank connection',
      type: 'csat',
      unit: '%',
      higherIsBetter: true,
      target: 80,
      latest: 78,
      status: 'misses',
      trend: [],
    },
    expectedDirection: 'increase',
    before: {
      measurements: [measurement(1, '2026-07-01', '2026-07-31', 62), measurement(2, '2026-08-01', '2026-08-31', 66)],
      mean: 64,
      latest: 66,
    },
    after: {
      measurements: [measurement(3, '2026-09-15', '2026-09-30', 74), measurement(4, '2026-10-01', '2026-10-31', 78), measurement(5, '2026-11-01', '2026-11-30', 76)],
      mean: 76,
      latest: 76,
    },
    change: 12,
    verdict: 'improved',
    expectedMet: true,
    ...overrides,
  };
}
