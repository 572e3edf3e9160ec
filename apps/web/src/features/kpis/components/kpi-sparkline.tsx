import { useMantineTheme } from '@mantine/core';
import type { Kpi } from '@outcome-atlas/contracts';
import { Line, LineChart, ReferenceLine, YAxis } from 'recharts';
import { formatKpiValue, type KpiValueFormat } from '../utils/format-kpi-value';
import { formatDay } from '../utils/period';

type KpiSparklineProps = { trend: Kpi['trend']; target: number | null; format: KpiValueFormat };

/** The last values at a glance, with the target as a dashed line; the label says the same in words. */
export function KpiSparkline({ trend, target, format }: KpiSparklineProps) {
  const theme = useMantineTheme();
  const first = trend[0];
  const last = trend.at(-1);
  if (!first || !last) return null;
  const label =
    trend.length === 1
      ? `Trend: one value, ${formatKpiValue(last.value, format)} (${formatDay(last.periodEnd)})`
      : `Trend over the last ${trend.length} values: from ${formatKpiValue(first.value, format)} (${formatDay(first.periodEnd)}) to ${formatKpiValue(last.value, format)} (${formatDay(last.periodEnd)})`;
  return (
    <div role="img" aria-label={label}>
      <LineChart width={140} height={40} data={trend} margin={{ top: 4, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <YAxis hide domain={['auto', 'auto']} />
        {target !== null ? <ReferenceLine y={target} stroke={theme.colors.gray[5]} strokeDasharray="3 3" ifOverflow="extendDomain" /> : null}
        <Line type="monotone" dataKey="value" stroke={theme.colors.teal[6]} strokeWidth={2} dot={trend.length === 1} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
