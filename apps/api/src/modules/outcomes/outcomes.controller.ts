import { Controller } from '@nestjs/common';
import { endpoints, listInterviewOutcomesQuerySchema } from '@outcome-atlas/contracts';
import type { z } from 'zod';
import { IdParam, Route, ValidQuery } from '../../common/route.decorator.js';
import { CurrentCaller, type Caller } from '../auth/caller.js';
import { OutcomesService } from './outcomes.service.js';

@Controller()
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Route(endpoints.listInterviewOutcomes)
  listForInterview(
    @CurrentCaller() caller: Caller,
    @IdParam('interviewId', 'interview') interviewId: string,
    @ValidQuery(endpoints.listInterviewOutcomes) query: z.infer<typeof listInterviewOutcomesQuerySchema>,
  ) {
    return this.outcomes.listForInterview(caller, interviewId, query);
  }
}
