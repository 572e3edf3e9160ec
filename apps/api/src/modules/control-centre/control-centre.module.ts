import { Module } from '@nestjs/common';
import { ControlCentreController } from './control-centre.controller.js';
import { ControlCentreService } from './control-centre.service.js';
import { OutcomeLinksService } from './outcome-links.service.js';

/** The views across the three spaces: the project's control centre and the chain from one outcome. */
@Module({ controllers: [ControlCentreController], providers: [ControlCentreService, OutcomeLinksService] })
export class ControlCentreModule {}
