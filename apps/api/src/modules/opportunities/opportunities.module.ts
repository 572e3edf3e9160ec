import { Module } from '@nestjs/common';
import { OpportunitiesController } from './opportunities.controller.js';
import { OpportunitiesService } from './opportunities.service.js';
import { OpportunityComparisonService } from './opportunity-comparison.service.js';
import { SegmentationService } from './segmentation.service.js';
import { SegmentsService } from './segments.service.js';

@Module({ controllers: [OpportunitiesController], providers: [OpportunitiesService, OpportunityComparisonService, SegmentsService, SegmentationService] })
export class OpportunitiesModule {}
