import { Module } from '@nestjs/common';
import { SolutionEvaluationService } from './solution-evaluation.service.js';
import { SolutionsController } from './solutions.controller.js';
import { SolutionsService } from './solutions.service.js';

@Module({ controllers: [SolutionsController], providers: [SolutionsService, SolutionEvaluationService] })
export class SolutionsModule {}
