import { useMantineTheme } from '@mantine/core';
import type { KpiGlance } from '@outcome-atlas/contracts';
import { Line, LineChart, ReferenceLine, YAxis } from 'recharts';
import { formatKpiValue } from './kpi-value';

type KpiSparklineProps = Pick<KpiGlance, 'name' | 'trend' | 'target' | 'unit'> & { width?: number; height?: number };

/** The recent trend as a small line with the target as a dashed line; the label says the same in words. */
export function KpiSparkline({ name, trend, target, unit, width = 140, height = 40 }: KpiSparklineProps) {
  const theme = useMantineTheme();
  if (trend.length === 0) return null;
  const values = trend.map((point) => point.value);
  const bounds = target === null ? values : [...values, target];
  const low = Math.min(...bounds);
  const high = Math.max(...bounds);
  const pad = high === low ? 1 : (high - low) * 0.1;
  const first = trend[0]!;
  const last = trend.at(-1)!;
  const label =
    `Trend of ${name}: ${trend.length === 1 ? 'one measurement' : `${trend.length} measurements`}, ` +
    `${formatKpiValue(first.value, unit)} on ${first.periodEnd} to ${formatKpiValue(last.value, unit)} on ${last.periodEnd}` +
    (target === null ? '' : `; target ${formatKpiValue(target, unit)}`);
  return (
    <div role="img" aria-label={label} style={{ width, height }}>
      <LineChart width={width} height={height} data={trend} margin={{ top: 4, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <YAxis hide domain={[low - pad, high + pad]} />
        {target === null ? null : <ReferenceLine y={target} stroke={theme.colors.gray[6]} strokeDasharray="3 3" ifOverflow="extendDomain" />}
        <Line type="monotone" dataKey="value" stroke={theme.colors.teal[6]} strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
