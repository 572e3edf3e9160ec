import { describe, expect, it } from 'vitest';
import { describeUnit, formatKpiChange, formatKpiValue, formatLatestVsTarget, formatOptionalKpiValue, kpiTypeLabel, kpiValueFormatter } from './kpi-value';

describe('formatKpiValue', () => {
  it.each([
    { name: 'NPS is signed points', kpi: { type: 'nps', unit: 'NPS' }, value: 32, expected: '+32' },
    { name: 'a negative NPS gets a real minus', kpi: { type: 'nps', unit: 'NPS' }, value: -8.25, expected: '−8.3' },
    { name: 'an NPS of zero has no sign', kpi: { type: 'nps', unit: 'NPS' }, value: 0, expected: '0' },
    { name: 'CSAT is a percentage', kpi: { type: 'csat', unit: '%', scale: 5 }, value: 81.456, expected: '81.5%' },
    { name: 'TCR is a percentage', kpi: { type: 'tcr', unit: '%' }, value: 92, expected: '92%' },
    { name: 'adoption is a percentage', kpi: { type: 'adoption', unit: 'percent' }, value: 35.04, expected: '35%' },
    { name: 'CES is a mean with one decimal on its scale', kpi: { type: 'ces', unit: 'scale mean', scale: 7 }, value: 3.44, expected: '3.4 / 7' },
    { name: 'CES keeps the decimal of a whole mean', kpi: { type: 'ces', unit: 'scale mean', scale: 5 }, value: 3, expected: '3.0 / 5' },
    { name: 'CES without a known scale shows the mean only', kpi: { type: 'ces', unit: 'scale mean', scale: null }, value: 2.25, expected: '2.3' },
    { name: 'TTV carries its time unit', kpi: { type: 'ttv', unit: 'days' }, value: 12.5, expected: '12.5 days' },
    { name: 'CLV in a currency code is money', kpi: { type: 'clv', unit: 'EUR' }, value: 1234.6, expected: '€1,235' },
    { name: 'CLV in another unit keeps it', kpi: { type: 'clv', unit: 'credits' }, value: 1200, expected: '1,200 credits' },
    { name: 'a custom KPI keeps its unit', kpi: { type: 'custom', unit: 'invoices' }, value: 17, expected: '17 invoices' },
    { name: 'a custom % unit sticks to the number', kpi: { type: 'custom', unit: '%' }, value: 4.5, expected: '4.5%' },
    { name: 'an unknown type reads like a custom KPI', kpi: { type: 'mystery', unit: 'pts' }, value: 3, expected: '3 pts' },
    { name: 'without a type the unit decides', kpi: { unit: 'days' }, value: 8, expected: '8 days' },
  ])('$name', ({ kpi, value, expected }) => {
    expect(formatKpiValue(value, kpi)).toBe(expected);
  });

  it('shows a placeholder for a missing value', () => {
    expect(formatOptionalKpiValue(null, { type: 'nps', unit: 'NPS' })).toBe('—');
    expect(formatOptionalKpiValue(null, { type: 'nps', unit: 'NPS' }, 'No value yet')).toBe('No value yet');
    expect(formatOptionalKpiValue(40, { type: 'nps', unit: 'NPS' })).toBe('+40');
  });
});

describe('formatLatestVsTarget', () => {
  it.each([
    { name: 'latest against target', latest: 71.4, target: 80, kpi: { type: 'csat', unit: '%' }, expected: '71.4% (target 80%)' },
    { name: 'signed NPS points', latest: 32, target: 40, kpi: { type: 'nps', unit: 'NPS points' }, expected: '+32 (target +40)' },
    { name: 'no value yet', latest: null, target: 40, kpi: { unit: '%' }, expected: 'no data yet (target 40%)' },
    { name: 'no target', latest: 8, target: null, kpi: { unit: 'days' }, expected: '8 days (no target)' },
    { name: 'neither', latest: null, target: null, kpi: { type: 'ces', unit: 'scale mean', scale: 7 }, expected: 'no data yet (no target)' },
  ])('$name', ({ latest, target, kpi, expected }) => {
    expect(formatLatestVsTarget(latest, target, kpi)).toBe(expected);
  });
});

describe('kpiTypeLabel', () => {
  it('uses the method\'s abbreviation and shows an unknown type as it is', () => {
    expect(kpiTypeLabel('ttv')).toBe('TTV');
    expect(kpiTypeLabel('nps')).toBe('NPS');
    expect(kpiTypeLabel('mystery')).toBe('mystery');
  });
});

describe('formatKpiChange', () => {
  it.each([
    { kpi: { type: 'nps', unit: 'NPS' }, change: 5.24, expected: '+5.2 points' },
    { kpi: { type: 'csat', unit: '%' }, change: -3.1, expected: '−3.1 pp' },
    { kpi: { type: 'ces', unit: 'mean', scale: 7 }, change: -0.4, expected: '−0.4' },
    { kpi: { type: 'ttv', unit: 'days' }, change: -2, expected: '−2 days' },
    { kpi: { type: 'clv', unit: 'USD' }, change: 100, expected: '+$100' },
    { kpi: { type: 'custom', unit: 'invoices' }, change: 0, expected: '0 invoices' },
  ])('$kpi.type: $change → $expected', ({ kpi, change, expected }) => {
    expect(formatKpiChange(change, kpi)).toBe(expected);
  });

  it('binds both formatters to one KPI', () => {
    const format = kpiValueFormatter({ type: 'csat', unit: '%', scale: 5 });
    expect(format.value(80)).toBe('80%');
    expect(format.change(2)).toBe('+2 pp');
  });
});

describe('describeUnit', () => {
  it.each([
    { kpi: { type: 'nps', unit: 'NPS' }, expected: 'NPS points, −100 to +100' },
    { kpi: { type: 'tcr', unit: '%' }, expected: 'percent, 0 to 100' },
    { kpi: { type: 'ces', unit: '', scale: 7 }, expected: 'mean on the 1–7 answer scale' },
    { kpi: { type: 'ttv', unit: 'hours' }, expected: 'time in hours' },
    { kpi: { type: 'clv', unit: 'EUR' }, expected: 'money in EUR' },
    { kpi: { type: 'custom', unit: '' }, expected: 'no unit' },
  ])('$kpi.type', ({ kpi, expected }) => {
    expect(describeUnit(kpi)).toBe(expected);
  });
});
