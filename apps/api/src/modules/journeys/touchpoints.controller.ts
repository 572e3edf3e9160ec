import { Controller } from '@nestjs/common';
import { endpoints, type LinkHighlightRequest, type LinkOutcomeRequest, type UpdateTouchpointRequest } from '@outcome-atlas/contracts';
import { IdParam, Route, ValidBody } from '../../common/route.decorator.js';
import { CurrentCaller, type Caller } from '../auth/caller.js';
import { JourneyLinksService } from './journey-links.service.js';
import { TouchpointsService, type CreateTouchpoint } from './touchpoints.service.js';

const TouchpointId = () => IdParam('touchpointId', 'touchpoint');

/** Touchpoints of a stage, and the outcomes and quotes linked to them. */
@Controller()
export class TouchpointsController {
  constructor(
    private readonly touchpoints: TouchpointsService,
    private readonly links: JourneyLinksService,
  ) {}

  @Route(endpoints.createTouchpoint)
  create(@CurrentCaller() caller: Caller, @IdParam('stageId', 'stage') stageId: string, @ValidBody(endpoints.createTouchpoint) body: CreateTouchpoint) {
    return this.touchpoints.create(caller, stageId, body);
  }

  @Route(endpoints.getTouchpoint)
  detail(@CurrentCaller() caller: Caller, @TouchpointId() touchpointId: string) {
    return this.touchpoints.detail(caller, touchpointId);
  }

  @Route(endpoints.updateTouchpoint)
  update(@CurrentCaller() caller: Caller, @TouchpointId() touchpointId: string, @ValidBody(endpoints.updateTouchpoint) body: UpdateTouchpointRequest) {
    return this.touchpoints.update(caller, touchpointId, body);
  }

  @Route(endpoints.deleteTouchpoint)
  remove(@CurrentCaller() caller: Caller, @TouchpointId() touchpointId: string) {
    return this.touchpoints.remove(caller, touchpointId);
  }

  @Route(endpoints.linkTouchpointOutcome)
  linkOutcome(@CurrentCaller() caller: Caller, @TouchpointId() touchpointId: string, @ValidBody(endpoints.linkTouchpointOutcome) body: LinkOutcomeRequest) {
    return this.links.linkTouchpointOutcome(caller, touchpointId, body.outcomeId);
  }

  @Route(endpoints.unlinkTouchpointOutcome)
  unlinkOutcome(@CurrentCaller() caller: Caller, @TouchpointId() touchpointId: string, @IdParam('outcomeId', 'outcome') outcomeId: string) {
    return this.links.unlinkTouchpointOutcome(caller, touchpointId, outcomeId);
  }

  @Route(endpoints.linkTouchpointHighlight)
  linkHighlight(@CurrentCaller() caller: Caller, @TouchpointId() touchpointId: string, @ValidBody(endpoints.linkTouchpointHighlight) body: LinkHighlightRequest) {
    return this.links.linkHighlight(caller, touchpointId, body.highlightId);
  }

  @Route(endpoints.unlinkTouchpointHighlight)
  unlinkHighlight(@CurrentCaller() caller: Caller, @TouchpointId() touchpointId: string, @IdParam('highlightId', 'highlight') highlightId: string) {
    return this.links.unlinkHighlight(caller, touchpointId, highlightId);
  }
}
