import { Controller } from '@nestjs/common';
import { endpoints } from '@outcome-atlas/contracts';
import { IdParam, Route } from '../../common/route.decorator.js';
import { CurrentCaller, type Caller } from '../auth/caller.js';
import { ControlCentreService } from './control-centre.service.js';
import { OutcomeLinksService } from './outcome-links.service.js';

@Controller()
export class ControlCentreController {
  constructor(
    private readonly controlCentre: ControlCentreService,
    private readonly outcomeLinks: OutcomeLinksService,
  ) {}

  @Route(endpoints.getControlCentre)
  get(@CurrentCaller() caller: Caller, @IdParam('projectId', 'project') projectId: string) {
    return this.controlCentre.get(caller, projectId);
  }

  @Route(endpoints.getOutcomeLinks)
  links(@CurrentCaller() caller: Caller, @IdParam('outcomeId', 'outcome') outcomeId: string) {
    return this.outcomeLinks.get(caller, outcomeId);
  }
}
