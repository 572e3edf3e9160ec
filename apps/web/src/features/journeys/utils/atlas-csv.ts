import type { AtlasTouchpoint, JourneyAtlas } from '@outcome-atlas/contracts';
import { formatOptionalKpiValue } from '../../../components/kpi-value';
import { formatScore } from '../../../lib/format';
import { toCsv } from './csv';

export const ATLAS_CSV_HEADER = [
  'Journey',
  'Stage',
  'Stage position',
  'Touchpoint',
  'Touchpoint position',
  'Channel',
  'Owner team',
  'CX level',
  'Expectation',
  'Opportunities',
  'Best opportunity',
  'KPIs',
  'Pain',
  'Quotes',
] as const;

const opportunitiesCell = (touchpoint: AtlasTouchpoint) =>
  touchpoint.opportunities
    .map((item) => (item.opportunity === null ? `${item.key} (not rated)` : `${item.key} ${formatScore(item.opportunity)} (${item.zone ?? 'no zone'})`))
    .join('; ');

const kpisCell = (touchpoint: AtlasTouchpoint) =>
  touchpoint.kpis.map((kpi) => `${kpi.name} ${formatOptionalKpiValue(kpi.latest, kpi)}/${formatOptionalKpiValue(kpi.target, kpi)} ${kpi.status}`).join('; ');

const painCell = (touchpoint: AtlasTouchpoint) => (touchpoint.pain.marked ? `yes (${touchpoint.pain.reasons.join(', ')})` : 'no');

/**
 * The atlas as a spreadsheet: one row per touchpoint, in board order (positions are 1-based, as a reader
 * counts). A stage without touchpoints still gets one row with the touchpoint cells empty, so the map's
 * structure survives the round trip.
 */
export function atlasToCsv(atlas: JourneyAtlas): string {
  const rows: (string | number | null)[][] = [[...ATLAS_CSV_HEADER]];
  atlas.stages.forEach((stage, stageIndex) => {
    if (stage.touchpoints.length === 0) {
      rows.push([atlas.name, stage.name, stageIndex + 1, '', '', '', '', '', '', '', '', '', '', '']);
      return;
    }
    stage.touchpoints.forEach((touchpoint, index) => {
      rows.push([
        atlas.name,
        stage.name,
        stageIndex + 1,
        touchpoint.name,
        index + 1,
        touchpoint.channel,
        touchpoint.ownerTeam,
        touchpoint.cxLevel,
        touchpoint.expectation,
        opportunitiesCell(touchpoint),
        touchpoint.pain.bestOpportunity === null ? '' : formatScore(touchpoint.pain.bestOpportunity),
        kpisCell(touchpoint),
        painCell(touchpoint),
        touchpoint.quoteCount,
      ]);
    });
  });
  return toCsv(rows);
}
