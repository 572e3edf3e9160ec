import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../lib/format';
import { renderWithProviders } from '../testing/render-with-providers';
import { KpiSparkline, sparklineGeometry, sparklineLabel } from './kpi-sparkline';

const trend = [
  { periodEnd: '2026-08-31', value: 24 },
  { periodEnd: '2026-09-30', value: 28 },
  { periodEnd: '2026-10-31', value: 32 },
];

describe('sparklineGeometry', () => {
  it('spreads the values over the width and scales them between the lowest and the highest, 1px inset', () => {
    expect(sparklineGeometry([1, 2, 3], null, 100, 22).points).toEqual([
      { x: 0, y: 21 },
      { x: 50, y: 11 },
      { x: 100, y: 1 },
    ]);
  });

  it('takes the target into the scale', () => {
    const { points, targetY } = sparklineGeometry([10, 20], 30, 40, 22);
    expect(targetY).toBe(1);
    expect(points.map((point) => point.y)).toEqual([21, 11]);
  });

  it('puts a flat series and a single value in the middle, the single one at the right end', () => {
    expect(sparklineGeometry([5, 5], null, 40, 20).points.map((point) => point.y)).toEqual([10, 10]);
    expect(sparklineGeometry([5], null, 40, 20).points).toEqual([{ x: 40, y: 10 }]);
  });
});

describe('sparklineLabel', () => {
  it('says the first and the last value with their days, and the target', () => {
    expect(sparklineLabel('NPS', trend, 40, { type: 'nps', unit: 'NPS points' })).toBe(
      `Trend of NPS: 3 values, from +24 (${formatDay('2026-08-31')}) to +32 (${formatDay('2026-10-31')}); target +40`,
    );
  });

  it('says a single value once, without a target when there is none', () => {
    expect(sparklineLabel('Conversion', [{ periodEnd: '2026-09-30', value: 12 }], null, { unit: '%' })).toBe(`Trend of Conversion: one value, 12% (${formatDay('2026-09-30')})`);
  });
});

describe('KpiSparkline', () => {
  it('draws the line and the dashed target, named in words', () => {
    const { container } = renderWithProviders(<KpiSparkline name="NPS" trend={trend} target={40} format={{ type: 'nps', unit: 'NPS points' }} width={56} height={16} />);
    const image = screen.getByRole('img', { name: /^Trend of NPS: 3 values/ });
    expect(image).toHaveAttribute('width', '56');
    expect(container.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(3);
    expect(container.querySelector('line')).toHaveAttribute('stroke-dasharray', '3 3');
  });

  it('draws nothing without values', () => {
    const { container } = renderWithProviders(<KpiSparkline name="NPS" trend={[]} target={40} format={{ unit: '' }} />);
    expect(container.querySelector('svg')).toBeNull();
  });
});
