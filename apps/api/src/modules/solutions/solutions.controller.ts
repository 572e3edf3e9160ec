import { Controller } from '@nestjs/common';
import { endpoints, type createSolutionRequestSchema, type ListSolutionsQuery, type UpdateSolutionRequest } from '@outcome-atlas/contracts';
import type { z } from 'zod';
import { IdParam, Route, ValidBody, ValidQuery } from '../../common/route.decorator.js';
import { CurrentCaller, type Caller } from '../auth/caller.js';
import { SolutionEvaluationService } from './solution-evaluation.service.js';
import { SolutionsService } from './solutions.service.js';

const ProjectId = () => IdParam('projectId', 'project');
const SolutionId = () => IdParam('solutionId', 'solution');

@Controller()
export class SolutionsController {
  constructor(
    private readonly solutions: SolutionsService,
    private readonly evaluation: SolutionEvaluationService,
  ) {}

  @Route(endpoints.listSolutions)
  list(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidQuery(endpoints.listSolutions) query: ListSolutionsQuery) {
    return this.solutions.list(caller, projectId, query);
  }

  @Route(endpoints.createSolution)
  create(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidBody(endpoints.createSolution) body: z.output<typeof createSolutionRequestSchema>) {
    return this.solutions.create(caller, projectId, body);
  }

  @Route(endpoints.getSolution)
  get(@CurrentCaller() caller: Caller, @SolutionId() solutionId: string) {
    return this.solutions.get(caller, solutionId);
  }

  @Route(endpoints.updateSolution)
  update(@CurrentCaller() caller: Caller, @SolutionId() solutionId: string, @ValidBody(endpoints.updateSolution) body: UpdateSolutionRequest) {
    return this.solutions.update(caller, solutionId, body);
  }

  @Route(endpoints.deleteSolution)
  remove(@CurrentCaller() caller: Caller, @SolutionId() solutionId: string) {
    return this.solutions.remove(caller, solutionId);
  }

  @Route(endpoints.getSolutionEvaluation)
  evaluate(@CurrentCaller() caller: Caller, @SolutionId() solutionId: string) {
    return this.evaluation.evaluate(caller, solutionId);
  }
}
