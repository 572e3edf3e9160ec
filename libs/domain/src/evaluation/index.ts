export {
  EVALUATION_WINDOW,
  evaluateSolution,
  evaluationMean,
  type EvaluationPoint,
  type EvaluationSideSummary,
  type EvaluationVerdict,
  type ExpectedDirection,
  type SolutionEvaluationInput,
  type SolutionEvaluationResult,
} from './solution-evaluation.js';
