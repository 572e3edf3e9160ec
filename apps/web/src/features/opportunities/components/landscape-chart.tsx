import { OPPORTUNITY_ZONES, type LandscapePoint } from '@outcome-atlas/contracts';
import { useNavigate } from 'react-router';
import { CartesianGrid, Legend, Scatter, ScatterChart, type ScatterShapeProps, Tooltip, XAxis, YAxis } from 'recharts';
import { useZoneColors } from '../../../components/use-zone-colors';
import { ZONE_STYLES } from '../../../components/zones';
import { paths } from '../../../config/paths';
import { LandscapeTooltip } from './landscape-tooltip';
import { LandscapeZones } from './landscape-zones';
import classes from './opportunities.module.css';

const TICKS = [0, 2, 4, 6, 8, 10];

type LandscapeChartProps = { projectId: string; points: LandscapePoint[] };

/** A point that names its outcome, so tests and tools can find it. */
function LandscapeDot({ cx, cy, fill, payload, isActive }: ScatterShapeProps & { fill?: string }) {
  if (cx === undefined || cy === undefined) return null;
  const point = payload as LandscapePoint;
  return <circle cx={cx} cy={cy} r={isActive ? 7 : 5} fill={fill} fillOpacity={0.85} stroke="white" strokeWidth={1} data-outcome-key={point.key} />;
}

/** Importance (y) against satisfaction (x), one series per zone; a click opens the outcome. */
export function LandscapeChart({ projectId, points }: LandscapeChartProps) {
  const navigate = useNavigate();
  const colors = useZoneColors();
  const open = (point: LandscapePoint | undefined) => {
    if (point) void navigate(paths.outcome(projectId, point.outcomeId));
  };

  return (
    <ScatterChart className={classes.chart} responsive accessibilityLayer={false} margin={{ top: 12, right: 24, bottom: 28, left: 8 }}>
      <CartesianGrid strokeDasharray="2 4" />
      <XAxis type="number" dataKey="satisfaction" name="Satisfaction" domain={[0, 10]} ticks={TICKS} label={{ value: 'Satisfaction', position: 'insideBottom', offset: -16 }} />
      <YAxis type="number" dataKey="importance" name="Importance" domain={[0, 10]} ticks={TICKS} width={48} label={{ value: 'Importance', angle: -90, position: 'insideLeft', offset: 12 }} />
      <LandscapeZones />
      <Tooltip content={LandscapeTooltip} cursor={{ strokeDasharray: '3 3' }} isAnimationActive={false} />
      <Legend verticalAlign="top" height={32} itemSorter={null} />
      {OPPORTUNITY_ZONES.map((zone) => {
        const data = points.filter((point) => point.zone === zone);
        return (
          <Scatter
            key={zone}
            name={`${ZONE_STYLES[zone].label} (${data.length})`}
            data={data}
            fill={colors[zone]}
            shape={LandscapeDot}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(item) => open(item.payload as LandscapePoint | undefined)}
          />
        );
      })}
    </ScatterChart>
  );
}
