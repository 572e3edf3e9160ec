import type { AtlasOpportunity, AtlasStage, AtlasTouchpoint, JourneyAtlas, JourneySummary, KpiGlance, TouchpointDetail } from '@outcome-atlas/contracts';
import { projectId, uuid } from '../../../testing/extraction-fixtures';

export { projectId };
export const journeyId = uuid(7, 1);
export const stageId = (index: number) => uuid(8, index);
export const touchpointId = (stage: number, index: number) => uuid(9, stage * 1000 + index);
export const outcomeId = (index: number) => uuid(4, index);
export const kpiId = (index: number) => uuid(2, index);
export const highlightId = (index: number) => uuid(5, index);
export const interviewId = (index: number) => uuid(1, index);
const NOW = '2026-10-02T09:00:00.000Z';

export function atlasOpportunity(index: number, overrides: Partial<AtlasOpportunity> = {}): AtlasOpportunity {
  return { outcomeId: outcomeId(index), key: `O-${index}`, statement: `Minimize the time it takes to do step ${index}`, status: 'accepted', opportunity: 10, zone: 'solid', ...overrides };
}

export function kpiGlance(index: number, overrides: Partial<KpiGlance> = {}): KpiGlance {
  return {
    kpiId: kpiId(index),
    name: `KPI ${index}`,
    type: 'custom',
    unit: '',
    higherIsBetter: true,
    target: 4.2,
    latest: 3.9,
    status: 'misses',
    trend: [
      { periodEnd: '2026-07-31', value: 3.5 },
      { periodEnd: '2026-08-31', value: 3.7 },
      { periodEnd: '2026-09-30', value: 3.9 },
    ],
    ...overrides,
  };
}

export function atlasTouchpoint(stage: number, index: number, overrides: Partial<AtlasTouchpoint> = {}): AtlasTouchpoint {
  return {
    id: touchpointId(stage, index),
    journeyId,
    stageId: stageId(stage),
    name: `Touchpoint ${stage}.${index}`,
    channel: 'web',
    ownerTeam: '',
    description: '',
    cxLevel: null,
    expectation: '',
    position: index,
    opportunities: [],
    kpis: [],
    quotes: [],
    quoteCount: 0,
    pain: { marked: false, bestOpportunity: null, reasons: [] },
    ...overrides,
  };
}

export function atlasStage(index: number, name: string, touchpoints: AtlasTouchpoint[], overrides: Partial<AtlasStage> = {}): AtlasStage {
  return { id: stageId(index), journeyId, name, description: '', position: index, opportunities: [], kpis: [], touchpoints, ...overrides };
}

export function journeyAtlas(stages: AtlasStage[], overrides: Partial<JourneyAtlas> = {}): JourneyAtlas {
  return {
    id: journeyId,
    projectId,
    name: 'Finance team onboarding',
    description: '',
    persona: { id: uuid(1, 100), name: 'Accounts payable clerk' },
    stageCount: stages.length,
    touchpointCount: stages.reduce((sum, stage) => sum + stage.touchpoints.length, 0),
    createdAt: NOW,
    updatedAt: NOW,
    kpis: [],
    stages,
    ...overrides,
  };
}

export function journeySummary(index: number, overrides: Partial<JourneySummary> = {}): JourneySummary {
  return {
    id: uuid(7, index),
    projectId,
    name: `Journey ${index}`,
    description: '',
    persona: null,
    stageCount: 5,
    touchpointCount: 12,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

/** `stages` stages of `perStage` touchpoints each, every card with an opportunity, a KPI and a pain marker. */
export function largeAtlas(stages: number, perStage: number): JourneyAtlas {
  return journeyAtlas(
    Array.from({ length: stages }, (_, stage) =>
      atlasStage(
        stage,
        `Stage ${stage + 1}`,
        Array.from({ length: perStage }, (_, index) =>
          atlasTouchpoint(stage, index, {
            channel: 'app',
            cxLevel: (index % 5) + 1,
            ownerTeam: 'Onboarding squad',
            opportunities: [atlasOpportunity(index + 1, { opportunity: 13.2, zone: 'high' })],
            kpis: [kpiGlance(index + 1)],
            quoteCount: 2,
            pain: { marked: true, bestOpportunity: 13.2, reasons: ['opportunity', 'kpi'] },
          }),
        ),
      ),
    ),
  );
}

export function touchpointDetail(atlasTouchpointValue: AtlasTouchpoint, overrides: Partial<TouchpointDetail> = {}): TouchpointDetail {
  const { opportunities, kpis, quotes, id, journeyId: journey, stageId: stage, name, channel, ownerTeam, description, cxLevel, expectation, position } = atlasTouchpointValue;
  return {
    id,
    journeyId: journey,
    stageId: stage,
    name,
    channel,
    ownerTeam,
    description,
    cxLevel,
    expectation,
    position,
    stageName: 'Onboard',
    journeyName: 'Finance team onboarding',
    opportunities,
    kpis,
    quotes,
    ...overrides,
  };
}
