/** Keys of the Gartner CX pyramid levels, bottom to top. */
export type CxPyramidLevelKey = 'communication' | 'accountability' | 'commitment' | 'proactivity' | 'evolution';

/** Level number on the pyramid: 1 is the base, 5 the top. */
export type CxPyramidLevelNumber = 1 | 2 | 3 | 4 | 5;

/** One level of the Gartner CX pyramid, on which a touchpoint or outcome can be placed. */
export type CxPyramidLevel = {
  readonly level: CxPyramidLevelNumber;
  readonly key: CxPyramidLevelKey;
  readonly name: string;
  /** What the customer expects at this level, in their words. */
  readonly expectation: string;
};

/**
 * The Gartner customer-experience pyramid (DOMAIN.md), bottom to top, so index + 1 is the level
 * number. Each level presumes the ones below it: proactive help is worthless to a customer whose
 * problems are not solved when they ask.
 */
export const GARTNER_CX_PYRAMID = [
  { level: 1, key: 'communication', name: 'Communication', expectation: 'Give me information I can use.' },
  { level: 2, key: 'accountability', name: 'Accountability', expectation: 'Solve problems when I ask.' },
  { level: 3, key: 'commitment', name: 'Commitment/Engagement', expectation: 'Meet my needs when I ask.' },
  { level: 4, key: 'proactivity', name: 'Proactivity', expectation: 'Give me what I need without asking.' },
  { level: 5, key: 'evolution', name: 'Evolution', expectation: 'Make me better, safer or stronger.' },
] as const satisfies readonly CxPyramidLevel[];
