import type { KpiGlance } from '@outcome-atlas/contracts';

const WIDTH = 56;
const HEIGHT = 16;

/** The points of a small trend line, scaled into the box; a flat series sits in the middle. */
export function sparklinePoints(values: readonly number[], width = WIDTH, height = HEIGHT): string {
  if (values.length < 2) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  const step = width / (values.length - 1);
  return values
    .map((value, index) => {
      const y = span === 0 ? height / 2 : height - 1 - ((value - min) / span) * (height - 2);
      return `${(index * step).toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/**
 * A few-point inline SVG instead of a chart component: cheap enough for thousands of cards. The values are
 * in the label, so the trend is not only visual.
 */
export function Sparkline({ trend, color, name }: { trend: KpiGlance['trend']; color: string; name: string }) {
  const values = trend.map((point) => point.value);
  const points = sparklinePoints(values);
  if (!points) return null;
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Trend of ${name}: ${values.join(', ')}`} style={{ flexShrink: 0 }}>
      <polyline points={points} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}
