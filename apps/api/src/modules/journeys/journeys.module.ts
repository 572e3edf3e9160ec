import { Module } from '@nestjs/common';
import { JourneyLinksService } from './journey-links.service.js';
import { JourneyReferencesService } from './journey-references.service.js';
import { JourneysController } from './journeys.controller.js';
import { JourneysService } from './journeys.service.js';
import { StagesService } from './stages.service.js';
import { TouchpointsController } from './touchpoints.controller.js';
import { TouchpointsService } from './touchpoints.service.js';

@Module({
  controllers: [JourneysController, TouchpointsController],
  providers: [JourneysService, StagesService, TouchpointsService, JourneyLinksService, JourneyReferencesService],
})
export class JourneysModule {}
