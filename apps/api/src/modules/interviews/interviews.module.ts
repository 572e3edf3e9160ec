import { Module } from '@nestjs/common';
import { InterviewSearchService } from './interview-search.service.js';
import { InterviewsController } from './interviews.controller.js';
import { InterviewsService } from './interviews.service.js';

@Module({ controllers: [InterviewsController], providers: [InterviewsService, InterviewSearchService], exports: [InterviewsService] })
export class InterviewsModule {}
