import { Controller, Req } from '@nestjs/common';
import { endpoints, type ListInterviewsQuery, type UpdateInterviewRequest } from '@outcome-atlas/contracts';
import type { FastifyRequest } from 'fastify';
import { IdParam, Route, ValidBody, ValidQuery } from '../../common/route.decorator.js';
import { CurrentCaller, type Caller } from '../auth/caller.js';
import { InterviewSearchService } from './interview-search.service.js';
import { InterviewsService } from './interviews.service.js';

const InterviewId = () => IdParam('interviewId', 'interview');

@Controller()
export class InterviewsController {
  constructor(
    private readonly interviews: InterviewsService,
    private readonly search: InterviewSearchService,
  ) {}

  @Route(endpoints.listInterviews)
  list(@CurrentCaller() caller: Caller, @IdParam('projectId', 'project') projectId: string, @ValidQuery(endpoints.listInterviews) query: ListInterviewsQuery) {
    return this.search.list(caller, projectId, query);
  }

  @Route(endpoints.createInterview)
  create(@CurrentCaller() caller: Caller, @IdParam('projectId', 'project') projectId: string, @Req() request: FastifyRequest) {
    return this.interviews.createFromRequest(caller, projectId, request);
  }

  @Route(endpoints.getInterview)
  get(@CurrentCaller() caller: Caller, @InterviewId() interviewId: string) {
    return this.interviews.get(caller, interviewId);
  }

  @Route(endpoints.updateInterview)
  update(@CurrentCaller() caller: Caller, @InterviewId() interviewId: string, @ValidBody(endpoints.updateInterview) body: UpdateInterviewRequest) {
    return this.interviews.update(caller, interviewId, body);
  }

  @Route(endpoints.deleteInterview)
  remove(@CurrentCaller() caller: Caller, @InterviewId() interviewId: string) {
    return this.interviews.remove(caller, interviewId);
  }
}
