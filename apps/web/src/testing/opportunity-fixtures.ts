import type { LandscapePoint, OpportunityBacklog, OpportunityComparison, OpportunityItem, OpportunityScore, Segmentation, SegmentOption } from '@outcome-atlas/contracts';
import { projectId, uuid } from './extraction-fixtures';

export function opportunityScore(overrides: Partial<OpportunityScore> = {}): OpportunityScore {
  return {
    importance: 8.2,
    satisfaction: 3.1,
    opportunity: 13.3,
    zone: 'high',
    interval: {
      importance: { low: 7.1, high: 9 },
      satisfaction: { low: 2.2, high: 4.3 },
      opportunity: { low: 10.04, high: 15.76 },
      lowSample: false,
    },
    nImportance: 120,
    nSatisfaction: 120,
    lowSample: false,
    ...overrides,
  };
}

export function opportunityItem(index: number, overrides: Partial<OpportunityItem> = {}): OpportunityItem {
  return {
    outcomeId: uuid(4, index),
    key: `O-${index}`,
    statement: `Minimize the time it takes to do step ${index}`,
    jobStep: null,
    ...opportunityScore(),
    rank: index,
    tied: false,
    evidenceCount: 2,
    updatedAt: '2026-10-02T09:00:00.000Z',
    journeys: [],
    kpis: [],
    solutions: [],
    ...overrides,
  };
}

export function opportunityBacklog(items: OpportunityItem[], overrides: Partial<OpportunityBacklog> = {}): OpportunityBacklog {
  return { items, nextCursor: null, total: items.length, unrated: 0, respondents: 120, ...overrides };
}

export function landscapePoint(index: number, overrides: Partial<LandscapePoint> = {}): LandscapePoint {
  return { outcomeId: uuid(4, index), key: `O-${index}`, statement: `Minimize the time it takes to do step ${index}`, jobStepId: null, rank: index, ...opportunityScore(), ...overrides };
}

export function segmentOption(overrides: Partial<SegmentOption> = {}): SegmentOption {
  return { filter: 'SMB', kind: 'label', label: 'SMB', respondents: 42, ...overrides };
}

export const SEGMENT_OPTIONS: SegmentOption[] = [
  segmentOption(),
  segmentOption({ filter: 'Enterprise', label: 'Enterprise', respondents: 30 }),
  segmentOption({ filter: 'region=EU', kind: 'attribute', label: 'region = EU', respondents: 51 }),
];

export function comparisonItem(index: number, a: Partial<OpportunityScore>, b: Partial<OpportunityScore>): OpportunityComparison['outcomes'][number] {
  const scoreA = opportunityScore(a);
  const scoreB = opportunityScore(b);
  return {
    outcomeId: uuid(4, index),
    key: `O-${index}`,
    statement: `Minimize the time it takes to do step ${index}`,
    a: scoreA,
    b: scoreB,
    difference: {
      importance: scoreA.importance - scoreB.importance,
      satisfaction: scoreA.satisfaction - scoreB.satisfaction,
      opportunity: scoreA.opportunity - scoreB.opportunity,
    },
    importance: { z: 2.4, pValue: 0.0164, significant: true },
    satisfaction: { z: 0.3, pValue: 0.7642, significant: false },
  };
}

export function segmentation(overrides: Partial<Segmentation> = {}): Segmentation {
  const id = uuid(7, 1);
  return {
    id,
    projectId,
    name: 'Unmet needs, November',
    k: 2,
    seed: 1,
    chosenBy: 'silhouette',
    silhouette: 0.56,
    silhouetteByK: [
      { k: 2, silhouette: 0.56 },
      { k: 3, silhouette: 0.41 },
    ],
    respondents: 80,
    outcomes: 12,
    segments: [0, 1].map((index) => ({
      id: uuid(8, index + 1),
      name: `Unmet needs, November · ${index + 1}`,
      index,
      size: index === 0 ? 50 : 30,
      share: index === 0 ? 0.625 : 0.375,
      filter: `saved:${uuid(8, index + 1)}`,
      topOpportunities: [
        { outcomeId: uuid(4, index + 1), key: `O-${index + 1}`, statement: `Minimize the time it takes to do step ${index + 1}`, rank: 1, importance: 9, satisfaction: 2, opportunity: 16, zone: 'extreme' },
      ],
    })),
    createdAt: '2026-11-02T09:00:00.000Z',
    ...overrides,
  };
}
