/** How to read a mean silhouette (−1..1): above 0.5 clear segments, above 0.25 some structure, else weak. */
export function silhouetteVerdict(silhouette: number): { label: string; color: string } {
  if (silhouette > 0.5) return { label: 'Clear segments', color: 'teal' };
  if (silhouette > 0.25) return { label: 'Some structure', color: 'yellow' };
  return { label: 'Weak structure', color: 'gray' };
}

/** 0.4321 → "0.43". */
export const formatSilhouette = (silhouette: number) => silhouette.toFixed(2);

/** A segment's share of the respondents: 0.375 → "38%". */
export const formatShare = (share: number) => `${Math.round(share * 100)}%`;
