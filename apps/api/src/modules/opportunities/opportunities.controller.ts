import { Controller, Req, Res } from '@nestjs/common';
import { endpoints, type CompareOpportunitiesQuery, type createSegmentationRequestSchema, type ListOpportunitiesQuery, type OpportunityLandscapeQuery, type PageQuery } from '@outcome-atlas/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { negotiateFormat, sendRepresentation } from '../../common/representation.js';
import { IdParam, Route, ValidBody, ValidQuery } from '../../common/route.decorator.js';
import { CurrentCaller, type Caller } from '../auth/caller.js';
import { OpportunitiesService } from './opportunities.service.js';
import { OpportunityComparisonService } from './opportunity-comparison.service.js';
import { SegmentationService } from './segmentation.service.js';
import { SegmentsService } from './segments.service.js';

const ProjectId = () => IdParam('projectId', 'project');

@Controller()
export class OpportunitiesController {
  constructor(
    private readonly opportunities: OpportunitiesService,
    private readonly comparison: OpportunityComparisonService,
    private readonly segments: SegmentsService,
    private readonly segmentations: SegmentationService,
  ) {}

  @Route(endpoints.listSegments)
  listSegments(@CurrentCaller() caller: Caller, @ProjectId() projectId: string) {
    return this.segments.list(caller, projectId);
  }

  // ETag and CSV need the raw reply: the body is serialised here so its hash is the hash of the bytes sent.
  @Route(endpoints.listOpportunities)
  async list(
    @CurrentCaller() caller: Caller,
    @ProjectId() projectId: string,
    @ValidQuery(endpoints.listOpportunities) query: ListOpportunitiesQuery,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const format = negotiateFormat(query.format, request.headers.accept);
    return sendRepresentation(request, reply, await this.opportunities.backlog(caller, projectId, query, format));
  }

  @Route(endpoints.getOpportunityLandscape)
  async landscape(
    @CurrentCaller() caller: Caller,
    @ProjectId() projectId: string,
    @ValidQuery(endpoints.getOpportunityLandscape) query: OpportunityLandscapeQuery,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return sendRepresentation(request, reply, await this.opportunities.landscape(caller, projectId, query));
  }

  @Route(endpoints.compareOpportunities)
  compare(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidQuery(endpoints.compareOpportunities) query: CompareOpportunitiesQuery) {
    return this.comparison.compare(caller, projectId, query);
  }

  @Route(endpoints.createSegmentation)
  createSegmentation(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidBody(endpoints.createSegmentation) body: z.output<typeof createSegmentationRequestSchema>) {
    return this.segmentations.create(caller, projectId, body);
  }

  @Route(endpoints.listSegmentations)
  listSegmentations(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidQuery(endpoints.listSegmentations) query: PageQuery) {
    return this.segmentations.list(caller, projectId, query);
  }
}
