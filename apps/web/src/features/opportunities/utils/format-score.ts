import { roundScore } from '@outcome-atlas/domain';

/** A difference with its sign: "+2.3", "−1.4", "0.0". */
export function formatDifference(value: number): string {
  const rounded = roundScore(value);
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}

/** "p < 0.001" for tiny values, otherwise three decimals: "p = 0.034". */
export const formatPValue = (value: number): string => (value < 0.001 ? 'p < 0.001' : `p = ${value.toFixed(3)}`);
