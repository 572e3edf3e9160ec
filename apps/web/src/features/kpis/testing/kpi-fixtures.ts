import type { Kpi, KpiDetail, KpiMeasurement } from '@outcome-atlas/contracts';
import { vi } from 'vitest';
import { projectId } from '../../../testing/extraction-fixtures';

/** A valid v4-shaped id per kind (the shared `uuid` helper takes one-digit kinds only). */
export const fixtureId = (kind: number, index: number) => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;

export const kpiId = fixtureId(0x20, 1);

export function kpi(overrides: Partial<Kpi> = {}): Kpi {
  return {
    id: kpiId,
    projectId,
    name: 'Relationship NPS',
    type: 'nps',
    level: 'relationship',
    unit: 'NPS',
    scale: null,
    higherIsBetter: true,
    target: 30,
    description: '',
    attachment: { kind: 'project', id: null, name: null, journeyId: null },
    outcomeIds: [],
    latest: 32,
    latestPeriodEnd: '2026-10-31',
    status: 'meets',
    trend: [
      { periodEnd: '2026-09-30', value: 24 },
      { periodEnd: '2026-10-31', value: 32 },
    ],
    measurementCount: 2,
    createdAt: '2026-10-02T09:00:00.000Z',
    updatedAt: '2026-10-02T09:00:00.000Z',
    ...overrides,
  };
}

export function kpiDetail(overrides: Partial<KpiDetail> = {}): KpiDetail {
  return { ...kpi(), shipMarkers: [], ...overrides };
}

export function measurement(index: number, overrides: Partial<KpiMeasurement> = {}): KpiMeasurement {
  const month = String(index).padStart(2, '0');
  return {
    id: fixtureId(0x21, index),
    kpiId,
    periodStart: `2026-${month}-01`,
    periodEnd: `2026-${month}-28`,
    value: 20 + index,
    sampleSize: 200,
    source: 'entered',
    inputs: null,
    createdAt: '2026-10-02T09:00:00.000Z',
    ...overrides,
  };
}

/** jsdom lays nothing out: give recharts' wrapper a size so it draws the chart. */
export function sizeCharts() {
  const measure = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('recharts-wrapper') ? ({ x: 0, y: 0, top: 0, left: 0, right: 800, bottom: 320, width: 800, height: 320 } as DOMRect) : measure.call(this);
  });
}
