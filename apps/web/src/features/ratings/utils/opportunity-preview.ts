import type { OpportunityItem } from '@outcome-atlas/contracts';
import { type OpportunityZone, opportunityZone, scoreFromCounts } from '@outcome-atlas/domain';
import { formatScore } from '../../../lib/format';

/** One respondent's two answers to one outcome; null when not answered. */
export type Answers = { importance: number | null; satisfaction: number | null };
export const NO_ANSWERS: Answers = { importance: null, satisfaction: null };

/** The project-wide scores of one outcome, as the opportunity backlog lists them. */
export type AggregateScores = Pick<OpportunityItem, 'importance' | 'satisfaction' | 'nImportance' | 'nSatisfaction'>;

/** Answers per question and how many of them are top-two-box (4 or 5). */
export type AnswerCounts = { nImportance: number; importantCount: number; nSatisfaction: number; satisfiedCount: number };

export type PreviewScore = {
  /** 0..10, full precision; null when nobody answered the question. */
  importance: number | null;
  satisfaction: number | null;
  /** 0..20; null unless both questions have answers (one question alone is not a score). */
  opportunity: number | null;
  zone: OpportunityZone | null;
  nImportance: number;
  nSatisfaction: number;
};

const EMPTY_COUNTS: AnswerCounts = { nImportance: 0, importantCount: 0, nSatisfaction: 0, satisfiedCount: 0 };

/**
 * The counts behind a backlog item: importance = 10 × importantCount / nImportance, so
 * importantCount = round(importance / 10 × nImportance); likewise satisfaction. An outcome the backlog
 * does not list (nobody rated it yet) has no answers.
 */
export function countsFromAggregate(aggregate: AggregateScores | undefined): AnswerCounts {
  if (!aggregate) return EMPTY_COUNTS;
  return {
    nImportance: aggregate.nImportance,
    importantCount: Math.round((aggregate.importance / 10) * aggregate.nImportance),
    nSatisfaction: aggregate.nSatisfaction,
    satisfiedCount: Math.round((aggregate.satisfaction / 10) * aggregate.nSatisfaction),
  };
}

const answered = (value: number | null) => (value === null ? 0 : 1);
const topTwo = (value: number | null) => (value !== null && value >= 4 ? 1 : 0);

function swapQuestion(n: number, count: number, saved: number | null, pending: number | null): [number, number] {
  const nextN = Math.max(0, n - answered(saved) + answered(pending));
  const nextCount = Math.max(0, count - topTwo(saved) + topTwo(pending));
  return [nextN, Math.min(nextCount, nextN)];
}

/**
 * The counts with this respondent's answer replaced: `saved` is the answer the aggregate already holds,
 * `pending` the one on screen. Never below zero, even if the aggregate is older than `saved`.
 */
export function swapAnswers(counts: AnswerCounts, saved: Answers, pending: Answers): AnswerCounts {
  const [nImportance, importantCount] = swapQuestion(counts.nImportance, counts.importantCount, saved.importance, pending.importance);
  const [nSatisfaction, satisfiedCount] = swapQuestion(counts.nSatisfaction, counts.satisfiedCount, saved.satisfaction, pending.satisfaction);
  return { nImportance, importantCount, nSatisfaction, satisfiedCount };
}

/** Scores the counts with the domain's opportunity algorithm; null when neither question has an answer. */
export function scoreCounts(counts: AnswerCounts): PreviewScore | null {
  const { nImportance, nSatisfaction } = counts;
  if (nImportance === 0 && nSatisfaction === 0) return null;
  const score = scoreFromCounts({ n: Math.max(nImportance, nSatisfaction), ...counts });
  const both = nImportance > 0 && nSatisfaction > 0;
  return {
    importance: nImportance > 0 ? score.importance : null,
    satisfaction: nSatisfaction > 0 ? score.satisfaction : null,
    opportunity: both ? score.opportunity : null,
    zone: both ? opportunityZone(score.importance, score.satisfaction, score.opportunity) : null,
    nImportance,
    nSatisfaction,
  };
}

/** The preview beside an outcome: the project aggregate with this respondent's saved answer swapped for the pending one. */
export function previewOpportunity(aggregate: AggregateScores | undefined, saved: Answers, pending: Answers): PreviewScore | null {
  return scoreCounts(swapAnswers(countsFromAggregate(aggregate), saved, pending));
}

/** "5.0", or "—" for a question nobody answered. Display only: zones use the full-precision score. */
export function formatOptionalScore(value: number | null): string {
  return value === null ? '—' : formatScore(value);
}
