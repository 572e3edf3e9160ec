import { Module } from '@nestjs/common';
import { ImportSlots } from './import-slots.js';
import { RatingsImportService } from './ratings-import.service.js';
import { RatingsController } from './ratings.controller.js';
import { RatingsService } from './ratings.service.js';
import { RespondentsService } from './respondents.service.js';

@Module({ controllers: [RatingsController], providers: [RespondentsService, RatingsService, RatingsImportService, ImportSlots] })
export class RatingsModule {}
