import type { Rating } from '@outcome-atlas/contracts';
import { type Answers, NO_ANSWERS } from './opportunity-preview';

export type Question = 'importance' | 'satisfaction';
export const QUESTIONS: readonly Question[] = ['importance', 'satisfaction'];
export const QUESTION_LABELS: Record<Question, string> = { importance: 'Importance', satisfaction: 'Satisfaction' };

export function answersByOutcome(ratings: readonly Rating[] | undefined): ReadonlyMap<string, Answers> {
  return new Map((ratings ?? []).map((rating) => [rating.outcomeId, { importance: rating.importance, satisfaction: rating.satisfaction }]));
}

export function answerOf(ratings: readonly Rating[] | undefined, outcomeId: string, question: Question): number | null {
  return ratings?.find((rating) => rating.outcomeId === outcomeId)?.[question] ?? null;
}

/**
 * The ratings with one answer set (null clears it), as the server stores them: a rating left with
 * neither answer is gone.
 */
export function withAnswer(ratings: readonly Rating[], respondentId: string, outcomeId: string, question: Question, value: number | null, now: string): Rating[] {
  const existing = ratings.find((rating) => rating.outcomeId === outcomeId);
  const base: Rating = existing ?? { respondentId, outcomeId, ...NO_ANSWERS, source: 'workshop', updatedAt: now };
  const next: Rating = { ...base, [question]: value, updatedAt: now };
  const rest = ratings.filter((rating) => rating.outcomeId !== outcomeId);
  return next.importance === null && next.satisfaction === null ? rest : [...rest, next];
}
