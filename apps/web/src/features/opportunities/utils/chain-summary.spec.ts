import type { OpportunityItem } from '@outcome-atlas/contracts';
import { describe, expect, it } from 'vitest';
import { summarizeJourneys, summarizeKpis, summarizeSolutions } from './chain-summary';

const id = (index: number) => `00000001-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;

describe('summarizeJourneys', () => {
  it.each<[string, OpportunityItem['journeys'], string]>([
    ['nothing linked', [], 'Not in a journey'],
    ['one touchpoint', [{ journeyId: id(1), stageId: id(2), touchpointId: id(3) }], 'Shows at 1 touchpoint'],
    ['a whole stage', [{ journeyId: id(1), stageId: id(2), touchpointId: null }], 'Shows at 1 stage'],
    [
      'touchpoints and a stage',
      [
        { journeyId: id(1), stageId: id(2), touchpointId: id(3) },
        { journeyId: id(1), stageId: id(2), touchpointId: id(4) },
        { journeyId: id(5), stageId: id(6), touchpointId: null },
      ],
      'Shows at 2 touchpoints and 1 stage',
    ],
  ])('%s', (_scenario, journeys, label) => {
    expect(summarizeJourneys(journeys)).toEqual({ count: journeys.length, label });
  });
});

describe('summarizeKpis', () => {
  const csat = { kpiId: id(1), name: 'CSAT', type: 'csat' as const, unit: '%', scale: 5, latest: 71.4, target: 80, status: 'misses' as const };
  // Lower is better: 8 days against a 10-day target meets it, though 8 < 10.
  const ttv = { kpiId: id(2), name: 'Time to value', type: 'ttv' as const, unit: 'days', scale: null, latest: 8, target: 10, status: 'meets' as const };
  const fresh = { kpiId: id(3), name: 'Adoption', type: 'adoption' as const, unit: '%', scale: null, latest: null, target: 40, status: 'no-data' as const };

  it('no KPI', () => {
    expect(summarizeKpis([])).toEqual({ count: 0, missing: 0, label: 'No KPI', details: [] });
  });

  it('counts the KPIs that miss their target by their status, not by comparing the numbers', () => {
    expect(summarizeKpis([csat, ttv, fresh])).toEqual({
      count: 3,
      missing: 1,
      label: '3 KPIs, 1 missing target',
      details: ['CSAT: 71.4% (target 80%), missing target', 'Time to value: 8 days (target 10 days)', 'Adoption: no data yet (target 40%)'],
    });
  });

  it('reads each value by its KPI type: NPS as signed points, CES on its scale', () => {
    const nps = { kpiId: id(4), name: 'NPS', type: 'nps' as const, unit: 'NPS points', scale: null, latest: -12, target: 10, status: 'misses' as const };
    const ces = { kpiId: id(5), name: 'Effort', type: 'ces' as const, unit: 'score', scale: 7, latest: 3.25, target: 3, status: 'misses' as const };
    expect(summarizeKpis([nps, ces]).details).toEqual(['NPS: −12 (target +10), missing target', 'Effort: 3.3 / 7 (target 3.0 / 7), missing target']);
  });

});

describe('summarizeSolutions', () => {
  const solution = (index: number, status: OpportunityItem['solutions'][number]['status']) => ({ solutionId: id(index), title: `Solution ${index}`, status });

  it.each<[string, OpportunityItem['solutions'], string | null, string]>([
    ['none', [], null, 'No solution'],
    ['an idea', [solution(1, 'idea')], 'idea', '1 solution, furthest: Idea'],
    ['shipped beats testing and idea', [solution(1, 'idea'), solution(2, 'shipped'), solution(3, 'testing')], 'shipped', '3 solutions, furthest: Shipped'],
    ['evaluated beats shipped', [solution(1, 'shipped'), solution(2, 'evaluated')], 'evaluated', '2 solutions, furthest: Evaluated'],
    ['dropped is the least progress', [solution(1, 'dropped'), solution(2, 'idea')], 'idea', '2 solutions, furthest: Idea'],
    ['only dropped', [solution(1, 'dropped')], 'dropped', '1 solution, furthest: Dropped'],
  ])('%s', (_scenario, solutions, furthest, label) => {
    const summary = summarizeSolutions(solutions);
    expect(summary.furthest).toBe(furthest);
    expect(summary.label).toBe(label);
    expect(summary.details).toHaveLength(solutions.length);
  });
});
