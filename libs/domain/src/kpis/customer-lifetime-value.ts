import { assertFinite, assertInRange, DomainInputError } from '../validation/index.js';

/**
 * Inputs of the purchase-based (retail) CLV form. Money in one currency, any currency.
 */
export type PurchaseLifetimeValueInput = {
  readonly method: 'purchase';
  /** Average revenue per order, >= 0. */
  readonly averageOrderValue: number;
  /** Orders per customer per year, >= 0. */
  readonly purchaseFrequency: number;
  /** Gross margin as a proportion 0..1 (0.4 = 40%). */
  readonly grossMargin: number;
  /** Expected length of the relationship in years, >= 0. */
  readonly lifespanYears: number;
};

/**
 * Inputs of the churn-based (subscription) CLV form. ARPU and churn must refer to the same period
 * (both monthly or both yearly).
 */
export type ChurnLifetimeValueInput = {
  readonly method: 'churn';
  /** Average revenue per user per period, >= 0. */
  readonly arpu: number;
  /** Gross margin as a proportion 0..1 (0.4 = 40%). */
  readonly grossMargin: number;
  /** Share of customers lost per period, 0 < churnRate <= 1. */
  readonly churnRate: number;
};

export type CustomerLifetimeValueInput = PurchaseLifetimeValueInput | ChurnLifetimeValueInput;

/** Customer Lifetime Value in the input's currency, full precision. */
export type CustomerLifetimeValue = {
  method: CustomerLifetimeValueInput['method'];
  /** Gross profit expected from one customer over the relationship. */
  value: number;
  /**
   * Expected length of the relationship the value assumes: `lifespanYears` (years) for the purchase
   * form, 1 / churnRate (periods) for the churn form.
   */
  lifespan: number;
};

/**
 * Customer Lifetime Value (DOMAIN.md, relationship level) in its two common simple forms:
 *
 * - purchase (retail, repeat orders): CLV = AOV × purchase frequency per year × gross margin × lifespan
 *   in years — average annual gross profit per customer times the years they stay.
 * - churn (subscription): CLV = ARPU × gross margin / churn rate, both per period — the margin per
 *   period times the expected lifetime of 1 / churn periods of a customer who leaves with a constant
 *   probability each period (a geometric lifetime, the first period included).
 *
 * Neither form discounts future cash flows; both are projections for comparing segments and tracking
 * change, not valuations. Discounted retention models (Gupta & Lehmann 2003, "Customers as Assets",
 * Journal of Interactive Marketing) add a discount rate and differ in whether the first period counts. A churn rate of 0 is rejected rather than returning Infinity.
 *
 * @throws DomainInputError NOT_A_NUMBER for a missing, NaN or infinite input; OUT_OF_RANGE for
 *   negative money, frequency or lifespan, `grossMargin` outside 0..1, `churnRate` outside (0, 1], an
 *   unknown `method`, or inputs whose product is too large to represent. `field` names the input
 *   (`averageOrderValue`, `churnRate` ...).
 */
export function customerLifetimeValue(input: CustomerLifetimeValueInput): CustomerLifetimeValue {
  switch (input.method) {
    case 'purchase':
      return purchaseLifetimeValue(input);
    case 'churn':
      return churnLifetimeValue(input);
    default: {
      const method: unknown = (input as { method?: unknown }).method;
      throw new DomainInputError('OUT_OF_RANGE', 'method', `expected 'purchase' or 'churn', got ${String(method)}`);
    }
  }
}

function purchaseLifetimeValue(input: PurchaseLifetimeValueInput): CustomerLifetimeValue {
  const averageOrderValue = assertNonNegative(input.averageOrderValue, 'averageOrderValue');
  const purchaseFrequency = assertNonNegative(input.purchaseFrequency, 'purchaseFrequency');
  assertInRange(input.grossMargin, 0, 1, 'grossMargin');
  const lifespanYears = assertNonNegative(input.lifespanYears, 'lifespanYears');
  const value = averageOrderValue * purchaseFrequency * input.grossMargin * lifespanYears;
  assertRepresentable(value, 'averageOrderValue');
  return { method: 'purchase', value, lifespan: lifespanYears };
}

function churnLifetimeValue(input: ChurnLifetimeValueInput): CustomerLifetimeValue {
  const arpu = assertNonNegative(input.arpu, 'arpu');
  assertInRange(input.grossMargin, 0, 1, 'grossMargin');
  assertInRange(input.churnRate, 0, 1, 'churnRate');
  if (input.churnRate === 0) {
    throw new DomainInputError(
      'OUT_OF_RANGE',
      'churnRate',
      'expected a churn rate above 0 (no churn means an unbounded lifetime)',
    );
  }
  const lifespan = 1 / input.churnRate;
  // A churn rate near 0 (a denormal) can push the quotient past the largest double.
  assertRepresentable(lifespan, 'churnRate');
  const value = (arpu * input.grossMargin) / input.churnRate;
  assertRepresentable(value, 'churnRate');
  return { method: 'churn', value, lifespan };
}

function assertNonNegative(value: unknown, field: string): number {
  assertFinite(value, field);
  if (value < 0) {
    throw new DomainInputError('OUT_OF_RANGE', field, `expected 0 or more, got ${value}`);
  }
  return value;
}

function assertRepresentable(value: number, field: string): void {
  if (!Number.isFinite(value)) {
    throw new DomainInputError('OUT_OF_RANGE', field, 'the inputs give a lifetime value too large to represent');
  }
}
