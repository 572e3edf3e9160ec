import { useMantineTheme } from '@mantine/core';
import type { KpiGlance } from '@outcome-atlas/contracts';
import { formatDay } from '../lib/format';
import { formatKpiValue, type KpiValueFormat } from './kpi-value';

type Point = { x: number; y: number };

/**
 * The trend's points scaled into the box (1px inset so the stroke is not cut), and the target's height when
 * there is one; the scale spans the values and the target, and a flat series sits in the middle.
 */
export function sparklineGeometry(values: readonly number[], target: number | null, width: number, height: number): { points: Point[]; targetY: number | null } {
  const bounds = target === null ? values : [...values, target];
  const low = Math.min(...bounds);
  const span = Math.max(...bounds) - low;
  const y = (value: number) => (span === 0 ? height / 2 : height - 1 - ((value - low) / span) * (height - 2));
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  // A single value stands at the right end, where the latest value would be.
  const points = values.map((value, index) => ({ x: values.length > 1 ? index * step : width, y: y(value) }));
  return { points, targetY: target === null || values.length === 0 ? null : y(target) };
}

/** The trend in words, so it is not only visual: "Trend of NPS: 3 values, from +24 (1 Aug 2026) to +32 (1 Oct 2026); target +40". */
export function sparklineLabel(name: string, trend: KpiGlance['trend'], target: number | null, format: KpiValueFormat): string {
  const first = trend[0];
  const last = trend.at(-1);
  if (!first || !last) return `Trend of ${name}: no values yet`;
  const value = (point: { value: number; periodEnd: string }) => `${formatKpiValue(point.value, format)} (${formatDay(point.periodEnd)})`;
  const values = trend.length === 1 ? `one value, ${value(last)}` : `${trend.length} values, from ${value(first)} to ${value(last)}`;
  return `Trend of ${name}: ${values}${target === null ? '' : `; target ${formatKpiValue(target, format)}`}`;
}

type KpiSparklineProps = {
  name: string;
  trend: KpiGlance['trend'];
  target: number | null;
  format: KpiValueFormat;
  width?: number;
  height?: number;
  /** The line's colour; teal unless the caller colours it by status. */
  color?: string | undefined;
};

/**
 * The recent trend as a small line, the target dashed. Plain SVG rather than a chart component: cheap enough for
 * the thousands of cards of a large journey atlas.
 */
export function KpiSparkline({ name, trend, target, format, width = 140, height = 40, color }: KpiSparklineProps) {
  const theme = useMantineTheme();
  if (trend.length === 0) return null;
  const { points, targetY } = sparklineGeometry(
    trend.map((point) => point.value),
    target,
    width,
    height,
  );
  const stroke = color ?? theme.colors.teal[6];
  const last = points.at(-1);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={sparklineLabel(name, trend, target, format)} style={{ flexShrink: 0, overflow: 'visible' }}>
      {targetY === null ? null : <line x1={0} x2={width} y1={targetY} y2={targetY} stroke={theme.colors.gray[5]} strokeDasharray="3 3" strokeWidth={1} />}
      {points.length > 1 ? (
        <polyline points={points.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ')} fill="none" stroke={stroke} strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
      ) : last ? (
        <circle cx={last.x} cy={last.y} r={2} fill={stroke} />
      ) : null}
    </svg>
  );
}
