import { Controller } from '@nestjs/common';
import { endpoints, type LinkOutcomeRequest, type PageQuery, type ReorderStagesRequest, type UpdateJourneyRequest, type UpdateStageRequest } from '@outcome-atlas/contracts';
import { IdParam, Route, ValidBody, ValidQuery } from '../../common/route.decorator.js';
import { CurrentCaller, type Caller } from '../auth/caller.js';
import { JourneyLinksService } from './journey-links.service.js';
import { JourneysService, type CreateJourney } from './journeys.service.js';
import { StagesService, type CreateStage } from './stages.service.js';

const JourneyId = () => IdParam('journeyId', 'journey');
const StageId = () => IdParam('stageId', 'stage');

/** Journeys and their stages, with the outcomes linked to a stage as a whole. */
@Controller()
export class JourneysController {
  constructor(
    private readonly journeys: JourneysService,
    private readonly stages: StagesService,
    private readonly links: JourneyLinksService,
  ) {}

  @Route(endpoints.listJourneys)
  list(@CurrentCaller() caller: Caller, @IdParam('projectId', 'project') projectId: string, @ValidQuery(endpoints.listJourneys) page: PageQuery) {
    return this.journeys.list(caller, projectId, page);
  }

  @Route(endpoints.createJourney)
  create(@CurrentCaller() caller: Caller, @IdParam('projectId', 'project') projectId: string, @ValidBody(endpoints.createJourney) body: CreateJourney) {
    return this.journeys.create(caller, projectId, body);
  }

  @Route(endpoints.getJourney)
  atlas(@CurrentCaller() caller: Caller, @JourneyId() journeyId: string) {
    return this.journeys.atlas(caller, journeyId);
  }

  @Route(endpoints.updateJourney)
  update(@CurrentCaller() caller: Caller, @JourneyId() journeyId: string, @ValidBody(endpoints.updateJourney) body: UpdateJourneyRequest) {
    return this.journeys.update(caller, journeyId, body);
  }

  @Route(endpoints.deleteJourney)
  remove(@CurrentCaller() caller: Caller, @JourneyId() journeyId: string) {
    return this.journeys.remove(caller, journeyId);
  }

  @Route(endpoints.createStage)
  createStage(@CurrentCaller() caller: Caller, @JourneyId() journeyId: string, @ValidBody(endpoints.createStage) body: CreateStage) {
    return this.stages.create(caller, journeyId, body);
  }

  @Route(endpoints.reorderStages)
  reorderStages(@CurrentCaller() caller: Caller, @JourneyId() journeyId: string, @ValidBody(endpoints.reorderStages) body: ReorderStagesRequest) {
    return this.stages.reorder(caller, journeyId, body.stageIds);
  }

  @Route(endpoints.updateStage)
  updateStage(@CurrentCaller() caller: Caller, @StageId() stageId: string, @ValidBody(endpoints.updateStage) body: UpdateStageRequest) {
    return this.stages.update(caller, stageId, body);
  }

  @Route(endpoints.deleteStage)
  removeStage(@CurrentCaller() caller: Caller, @StageId() stageId: string) {
    return this.stages.remove(caller, stageId);
  }

  @Route(endpoints.linkStageOutcome)
  linkOutcome(@CurrentCaller() caller: Caller, @StageId() stageId: string, @ValidBody(endpoints.linkStageOutcome) body: LinkOutcomeRequest) {
    return this.links.linkStageOutcome(caller, stageId, body.outcomeId);
  }

  @Route(endpoints.unlinkStageOutcome)
  unlinkOutcome(@CurrentCaller() caller: Caller, @StageId() stageId: string, @IdParam('outcomeId', 'outcome') outcomeId: string) {
    return this.links.unlinkStageOutcome(caller, stageId, outcomeId);
  }
}
