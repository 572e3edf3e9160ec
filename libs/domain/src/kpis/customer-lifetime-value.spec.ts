import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerLifetimeValue, type CustomerLifetimeValueInput } from './index.js';

const workedExamples: { scenario: string; input: CustomerLifetimeValueInput; value: number; lifespan: number }[] = [
  // 50 × 4 = 200 revenue a year; × 0.3 = 60 gross profit a year; × 5 years = 300
  {
    scenario: 'purchase form, retail customer',
    input: { method: 'purchase', averageOrderValue: 50, purchaseFrequency: 4, grossMargin: 0.3, lifespanYears: 5 },
    value: 300,
    lifespan: 5,
  },
  // 120 × 0.5 = 60 a year; × 2.5 years = 150
  {
    scenario: 'purchase form, one order a year for two and a half years',
    input: { method: 'purchase', averageOrderValue: 120, purchaseFrequency: 1, grossMargin: 0.5, lifespanYears: 2.5 },
    value: 150,
    lifespan: 2.5,
  },
  // 30 × 0.8 = 24 margin a month; ÷ 0.05 churn a month = 480 (an expected 1 / 0.05 = 20 months)
  {
    scenario: 'churn form, monthly subscription',
    input: { method: 'churn', arpu: 30, grossMargin: 0.8, churnRate: 0.05 },
    value: 480,
    lifespan: 20,
  },
  // churn 1: everyone leaves after one period, so CLV is one period's margin: 100 × 0.25 / 1 = 25
  {
    scenario: 'churn form, everyone leaves after one period',
    input: { method: 'churn', arpu: 100, grossMargin: 0.25, churnRate: 1 },
    value: 25,
    lifespan: 1,
  },
  // a zero margin earns nothing however long the customer stays
  {
    scenario: 'zero gross margin',
    input: { method: 'purchase', averageOrderValue: 80, purchaseFrequency: 12, grossMargin: 0, lifespanYears: 10 },
    value: 0,
    lifespan: 10,
  },
];

const purchase = {
  method: 'purchase',
  averageOrderValue: 50,
  purchaseFrequency: 4,
  grossMargin: 0.3,
  lifespanYears: 5,
} as const;
const churn = { method: 'churn', arpu: 30, grossMargin: 0.8, churnRate: 0.05 } as const;

const invalidInputs: { scenario: string; input: CustomerLifetimeValueInput; code: string; field: string }[] = [
  { scenario: 'zero churn', input: { ...churn, churnRate: 0 }, code: 'OUT_OF_RANGE', field: 'churnRate' },
  { scenario: 'churn above 1', input: { ...churn, churnRate: 1.2 }, code: 'OUT_OF_RANGE', field: 'churnRate' },
  { scenario: 'negative churn', input: { ...churn, churnRate: -0.1 }, code: 'OUT_OF_RANGE', field: 'churnRate' },
  { scenario: 'NaN churn', input: { ...churn, churnRate: Number.NaN }, code: 'NOT_A_NUMBER', field: 'churnRate' },
  {
    scenario: 'churn so small the value overflows',
    input: { ...churn, churnRate: Number.MIN_VALUE },
    code: 'OUT_OF_RANGE',
    field: 'churnRate',
  },
  {
    scenario: 'margin given as a percentage',
    input: { ...churn, grossMargin: 40 },
    code: 'OUT_OF_RANGE',
    field: 'grossMargin',
  },
  {
    scenario: 'negative margin',
    input: { ...purchase, grossMargin: -0.1 },
    code: 'OUT_OF_RANGE',
    field: 'grossMargin',
  },
  { scenario: 'negative ARPU', input: { ...churn, arpu: -5 }, code: 'OUT_OF_RANGE', field: 'arpu' },
  {
    scenario: 'missing ARPU',
    input: { ...churn, arpu: undefined as unknown as number },
    code: 'NOT_A_NUMBER',
    field: 'arpu',
  },
  {
    scenario: 'negative order value',
    input: { ...purchase, averageOrderValue: -1 },
    code: 'OUT_OF_RANGE',
    field: 'averageOrderValue',
  },
  {
    scenario: 'infinite frequency',
    input: { ...purchase, purchaseFrequency: Number.POSITIVE_INFINITY },
    code: 'NOT_A_NUMBER',
    field: 'purchaseFrequency',
  },
  {
    scenario: 'negative lifespan',
    input: { ...purchase, lifespanYears: -1 },
    code: 'OUT_OF_RANGE',
    field: 'lifespanYears',
  },
  {
    scenario: 'product too large to represent',
    input: { ...purchase, averageOrderValue: 1e308, purchaseFrequency: 10, grossMargin: 1 },
    code: 'OUT_OF_RANGE',
    field: 'averageOrderValue',
  },
  {
    scenario: 'an unknown method',
    input: { ...churn, method: 'dcf' } as unknown as CustomerLifetimeValueInput,
    code: 'OUT_OF_RANGE',
    field: 'method',
  },
];

const money = fc.double({ min: 0, max: 1e6, noNaN: true });
const margin = fc.double({ min: 0, max: 1, noNaN: true });
const churnRate = fc.double({ min: 1e-6, max: 1, noNaN: true });

describe('customerLifetimeValue', () => {
  it.each(workedExamples)('$scenario', ({ input, value, lifespan }) => {
    const result = customerLifetimeValue(input);
    expect(result.method).toBe(input.method);
    expect(result.value).toBeCloseTo(value, 9);
    expect(result.lifespan).toBeCloseTo(lifespan, 12);
  });

  it.each(invalidInputs)('rejects $scenario with $code at $field', ({ input, code, field }) => {
    expect(() => customerLifetimeValue(input)).toThrow(
      expect.objectContaining({ name: 'DomainInputError', code, field }),
    );
  });

  it('churn form equals the purchase form over the expected lifetime of 1 / churn periods', () => {
    fc.assert(
      fc.property(money, margin, churnRate, (arpu, grossMargin, rate) => {
        const viaChurn = customerLifetimeValue({ method: 'churn', arpu, grossMargin, churnRate: rate }).value;
        const viaPurchase = customerLifetimeValue({
          method: 'purchase',
          averageOrderValue: arpu,
          purchaseFrequency: 1,
          grossMargin,
          lifespanYears: 1 / rate,
        }).value;
        expect(viaChurn).toBeGreaterThanOrEqual(0);
        expect(Math.abs(viaChurn - viaPurchase)).toBeLessThanOrEqual(1e-9 * Math.max(1, viaChurn));
      }),
    );
  });

  it('falls as churn rises', () => {
    fc.assert(
      fc.property(money, margin, churnRate, churnRate, (arpu, grossMargin, a, b) => {
        const [lower, higher] = a <= b ? [a, b] : [b, a];
        const atLower = customerLifetimeValue({ method: 'churn', arpu, grossMargin, churnRate: lower }).value;
        const atHigher = customerLifetimeValue({ method: 'churn', arpu, grossMargin, churnRate: higher }).value;
        expect(atHigher).toBeLessThanOrEqual(atLower);
      }),
    );
  });
});
