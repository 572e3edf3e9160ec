import { useXAxisScale, useYAxisScale } from 'recharts';
import { useZoneColors } from '../../../components/use-zone-colors';
import { OPPORTUNITY_THRESHOLDS, opportunityLine, REGION_LABELS, SCALE_MAX, svgPoints, ZONE_REGIONS } from '../utils/landscape-geometry';

/** Drawn inside the ScatterChart behind the points: shaded zones, their boundary lines and the region labels. */
export function LandscapeZones() {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const colors = useZoneColors();
  if (!xScale || !yScale) return null;
  const x = (satisfaction: number) => xScale(satisfaction) ?? 0;
  const y = (importance: number) => yScale(importance) ?? 0;

  return (
    <g aria-hidden pointerEvents="none">
      {ZONE_REGIONS.map((region) => (
        <polygon key={region.zone} points={svgPoints(region.polygon, x, y)} fill={colors[region.zone]} fillOpacity={region.zone === 'served' ? 0.04 : 0.1} />
      ))}
      <line x1={x(0)} y1={y(0)} x2={x(SCALE_MAX)} y2={y(SCALE_MAX)} stroke={colors.overserved} strokeDasharray="4 4" />
      {OPPORTUNITY_THRESHOLDS.map((threshold) => {
        const [start, end] = opportunityLine(threshold);
        return (
          <line key={threshold} x1={x(start.satisfaction)} y1={y(start.importance)} x2={x(end.satisfaction)} y2={y(end.importance)} stroke={colors.extreme} strokeOpacity={threshold === 10 ? 0.7 : 0.35} strokeDasharray="4 4" />
        );
      })}
      {REGION_LABELS.map((label) => (
        <text key={label.text} x={x(label.at.satisfaction)} y={y(label.at.importance)} textAnchor="middle" dominantBaseline="middle" fontSize={13} fontWeight={600} fill="var(--mantine-color-dimmed)">
          {label.text}
        </text>
      ))}
    </g>
  );
}
