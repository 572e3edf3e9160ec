import { Controller, Res } from '@nestjs/common';
import {
  endpoints,
  type bulkOutcomesRequestSchema,
  type createOutcomeRequestSchema,
  type listInterviewOutcomesQuerySchema,
  type ListOutcomeDuplicatesQuery,
  type ListProjectOutcomesQuery,
  type MergeOutcomeRequest,
  type PageQuery,
  type UnmergeOutcomeRequest,
  type updateOutcomeRequestSchema,
} from '@outcome-atlas/contracts';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { IdParam, Route, ValidBody, ValidQuery } from '../../common/route.decorator.js';
import { CurrentCaller, type Caller } from '../auth/caller.js';
import { OutcomeBulkService } from './outcome-bulk.service.js';
import { OutcomeCurationService } from './outcome-curation.service.js';
import { OutcomeDuplicatesService } from './outcome-duplicates.service.js';
import { OutcomeHistoryService } from './outcome-history.service.js';
import { IfMatch, outcomeETag, withVersion } from './if-match-version.js';
import { OutcomeMergeService } from './outcome-merge.service.js';
import { OutcomesService } from './outcomes.service.js';

const InterviewId = () => IdParam('interviewId', 'interview');
const ProjectId = () => IdParam('projectId', 'project');
const OutcomeId = () => IdParam('outcomeId', 'outcome');

@Controller()
export class OutcomesController {
  constructor(
    private readonly outcomes: OutcomesService,
    private readonly curation: OutcomeCurationService,
    private readonly bulkCuration: OutcomeBulkService,
    private readonly history: OutcomeHistoryService,
    private readonly merges: OutcomeMergeService,
    private readonly duplicates: OutcomeDuplicatesService,
  ) {}

  @Route(endpoints.listInterviewOutcomes)
  listForInterview(
    @CurrentCaller() caller: Caller,
    @InterviewId() interviewId: string,
    @ValidQuery(endpoints.listInterviewOutcomes) query: z.infer<typeof listInterviewOutcomesQuerySchema>,
  ) {
    return this.outcomes.listForInterview(caller, interviewId, query);
  }

  @Route(endpoints.listProjectOutcomes)
  listForProject(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidQuery(endpoints.listProjectOutcomes) query: ListProjectOutcomesQuery) {
    return this.outcomes.listForProject(caller, projectId, query);
  }

  @Route(endpoints.createOutcome)
  create(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidBody(endpoints.createOutcome) body: z.infer<typeof createOutcomeRequestSchema>) {
    return this.curation.create(caller, projectId, body);
  }

  @Route(endpoints.bulkUpdateOutcomes)
  bulk(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidBody(endpoints.bulkUpdateOutcomes) body: z.infer<typeof bulkOutcomesRequestSchema>) {
    return this.bulkCuration.apply(caller, projectId, body);
  }

  @Route(endpoints.getOutcome)
  async get(@CurrentCaller() caller: Caller, @OutcomeId() outcomeId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const outcome = await this.outcomes.get(caller, outcomeId);
    reply.header('etag', outcomeETag(outcome.version));
    return outcome;
  }

  @Route(endpoints.updateOutcome)
  update(
    @CurrentCaller() caller: Caller,
    @OutcomeId() outcomeId: string,
    @ValidBody(endpoints.updateOutcome) body: z.infer<typeof updateOutcomeRequestSchema>,
    @IfMatch() ifMatch: string | undefined,
  ) {
    return this.curation.update(caller, outcomeId, withVersion(body, ifMatch));
  }

  @Route(endpoints.deleteOutcome)
  remove(@CurrentCaller() caller: Caller, @OutcomeId() outcomeId: string) {
    return this.curation.remove(caller, outcomeId);
  }

  @Route(endpoints.listOutcomeHistory)
  listHistory(@CurrentCaller() caller: Caller, @OutcomeId() outcomeId: string, @ValidQuery(endpoints.listOutcomeHistory) query: PageQuery) {
    return this.history.list(caller, outcomeId, query);
  }

  @Route(endpoints.listOutcomeDuplicates)
  listDuplicates(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidQuery(endpoints.listOutcomeDuplicates) query: ListOutcomeDuplicatesQuery) {
    return this.duplicates.find(caller, projectId, query);
  }

  @Route(endpoints.mergeOutcome)
  merge(@CurrentCaller() caller: Caller, @OutcomeId() outcomeId: string, @ValidBody(endpoints.mergeOutcome) body: MergeOutcomeRequest, @IfMatch() ifMatch: string | undefined) {
    return this.merges.merge(caller, outcomeId, withVersion(body, ifMatch));
  }

  @Route(endpoints.unmergeOutcome)
  unmerge(
    @CurrentCaller() caller: Caller,
    @OutcomeId() outcomeId: string,
    @ValidBody(endpoints.unmergeOutcome) body: UnmergeOutcomeRequest,
    @IfMatch() ifMatch: string | undefined,
  ) {
    return this.merges.unmerge(caller, outcomeId, withVersion(body, ifMatch));
  }
}
