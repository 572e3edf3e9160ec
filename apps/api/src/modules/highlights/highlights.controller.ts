import { Controller } from '@nestjs/common';
import { endpoints, listHighlightsQuerySchema, type CreateHighlightRequest, type UpdateHighlightRequest } from '@outcome-atlas/contracts';
import type { z } from 'zod';
import { IdParam, Route, ValidBody, ValidQuery } from '../../common/route.decorator.js';
import { CurrentCaller, type Caller } from '../auth/caller.js';
import { HighlightsService } from './highlights.service.js';

const InterviewId = () => IdParam('interviewId', 'interview');
const HighlightId = () => IdParam('highlightId', 'highlight');

@Controller()
export class HighlightsController {
  constructor(private readonly highlights: HighlightsService) {}

  @Route(endpoints.listHighlights)
  list(@CurrentCaller() caller: Caller, @InterviewId() interviewId: string, @ValidQuery(endpoints.listHighlights) query: z.infer<typeof listHighlightsQuerySchema>) {
    return this.highlights.list(caller, interviewId, query);
  }

  @Route(endpoints.createHighlight)
  create(@CurrentCaller() caller: Caller, @InterviewId() interviewId: string, @ValidBody(endpoints.createHighlight) body: Required<CreateHighlightRequest>) {
    return this.highlights.create(caller, interviewId, body);
  }

  @Route(endpoints.updateHighlight)
  update(@CurrentCaller() caller: Caller, @HighlightId() highlightId: string, @ValidBody(endpoints.updateHighlight) body: UpdateHighlightRequest) {
    return this.highlights.update(caller, highlightId, body);
  }

  @Route(endpoints.deleteHighlight)
  remove(@CurrentCaller() caller: Caller, @HighlightId() highlightId: string) {
    return this.highlights.remove(caller, highlightId);
  }
}
