import { Controller, Req } from '@nestjs/common';
import {
  endpoints,
  type CreateRespondentRequest,
  type ImportRatingsQuery,
  type ListRatingsQuery,
  type ListRespondentsQuery,
  type RatingSource,
  type UpsertRatingsRequest,
} from '@outcome-atlas/contracts';
import type { FastifyRequest } from 'fastify';
import { IdParam, Route, ValidBody, ValidQuery } from '../../common/route.decorator.js';
import { CurrentCaller, type Caller } from '../auth/caller.js';
import { RatingsImportService } from './ratings-import.service.js';
import { RatingsService } from './ratings.service.js';
import { RespondentsService } from './respondents.service.js';

const ProjectId = () => IdParam('projectId', 'project');

@Controller()
export class RatingsController {
  constructor(
    private readonly respondents: RespondentsService,
    private readonly ratings: RatingsService,
    private readonly imports: RatingsImportService,
  ) {}

  @Route(endpoints.listRespondents)
  listRespondents(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidQuery(endpoints.listRespondents) query: ListRespondentsQuery) {
    return this.respondents.list(caller, projectId, query);
  }

  @Route(endpoints.createRespondent)
  createRespondent(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidBody(endpoints.createRespondent) body: Required<CreateRespondentRequest>) {
    return this.respondents.create(caller, projectId, body);
  }

  @Route(endpoints.listRatings)
  listRatings(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidQuery(endpoints.listRatings) query: ListRatingsQuery) {
    return this.ratings.list(caller, projectId, query);
  }

  @Route(endpoints.upsertRatings)
  upsertRatings(
    @CurrentCaller() caller: Caller,
    @ProjectId() projectId: string,
    @ValidBody(endpoints.upsertRatings) body: { source: RatingSource; ratings: UpsertRatingsRequest['ratings'] },
  ) {
    return this.ratings.upsert(caller, projectId, body);
  }

  @Route(endpoints.importRatings)
  importRatings(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidQuery(endpoints.importRatings) query: ImportRatingsQuery, @Req() request: FastifyRequest) {
    return this.imports.importFromRequest(caller, projectId, query, request);
  }
}
