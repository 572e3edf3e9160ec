import { useMantineTheme } from '@mantine/core';
import type { KpiDetail, KpiMeasurement } from '@outcome-atlas/contracts';
import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatKpiValue, type KpiValueFormat } from '../../../components/kpi-value';
import { formatDay } from '../../../lib/format';
import { dayTime, formatPeriod } from '../utils/period';
import classes from './kpis.module.css';

export type ShipMarker = KpiDetail['shipMarkers'][number];

type KpiTrendChartProps = {
  name: string;
  measurements: KpiMeasurement[];
  target: number | null;
  markers: ShipMarker[];
  format: KpiValueFormat;
  /** Drawn stronger: the solution whose evaluation is shown. */
  highlightSolutionId?: string | undefined;
};

type Point = { time: number; value: number; period: string };

const MAX_LABEL = 26;
const shortLabel = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

/** The whole series over time, the target line and a vertical line on each date a linked solution shipped. */
export function KpiTrendChart({ name, measurements, target, markers, format, highlightSolutionId }: KpiTrendChartProps) {
  const theme = useMantineTheme();
  const data = useMemo<Point[]>(
    () => measurements.map((measurement) => ({ time: dayTime(measurement.periodEnd), value: measurement.value, period: formatPeriod(measurement.periodStart, measurement.periodEnd) })),
    [measurements],
  );
  const first = measurements[0];
  const last = measurements.at(-1);
  const summary = [
    `Trend of ${name}: ${measurements.length} value${measurements.length === 1 ? '' : 's'}`,
    first && last ? `from ${formatKpiValue(first.value, format)} (${formatDay(first.periodEnd)}) to ${formatKpiValue(last.value, format)} (${formatDay(last.periodEnd)})` : null,
    target !== null ? `target ${formatKpiValue(target, format)}` : 'no target',
    markers.length > 0 ? `${markers.length} solution${markers.length === 1 ? '' : 's'} shipped` : null,
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <div role="img" aria-label={summary}>
      <LineChart className={classes.trendChart} responsive accessibilityLayer={false} data={data} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="2 4" vertical={false} />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          padding={{ left: 16, right: 24 }}
          tickFormatter={(time: number) => formatDay(new Date(time).toISOString().slice(0, 10))}
          minTickGap={24}
        />
        {/* Padding keeps a target at the edge of the data clear of the axis; ticks leave out the CES "/ 7". */}
        <YAxis domain={['auto', 'auto']} padding={{ top: 20, bottom: 20 }} width={72} tickFormatter={(value: number) => formatKpiValue(value, { ...format, scale: null })} />
        <Tooltip
          isAnimationActive={false}
          labelFormatter={(_label, payload) => (payload[0]?.payload as Point | undefined)?.period ?? ''}
          formatter={(value) => [typeof value === 'number' ? formatKpiValue(value, format) : String(value), name]}
        />
        {target !== null ? (
          <ReferenceLine y={target} stroke={theme.colors.gray[6]} strokeDasharray="6 4" ifOverflow="extendDomain" label={{ value: 'Target', position: 'insideTopRight', fontSize: 12, fill: theme.colors.gray[7] }} />
        ) : null}
        {markers.map((marker) => {
          const highlighted = marker.solutionId === highlightSolutionId;
          return (
            <ReferenceLine
              key={marker.solutionId}
              x={dayTime(marker.shipDate)}
              stroke={theme.colors.grape[highlighted ? 7 : 4]}
              strokeWidth={highlighted ? 2 : 1}
              ifOverflow="extendDomain"
              label={{ value: shortLabel(marker.title), position: 'insideTopLeft', fontSize: 11, fill: theme.colors.grape[8] }}
            />
          );
        })}
        <Line type="monotone" dataKey="value" name={name} stroke={theme.colors.teal[6]} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
