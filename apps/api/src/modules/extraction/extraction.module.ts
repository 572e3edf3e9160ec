import { Module } from '@nestjs/common';
import { ExtractionJobsService } from './extraction-jobs.service.js';
import { ExtractionQueue } from './extraction-queue.service.js';
import { ExtractionRunner } from './extraction-runner.service.js';
import { ExtractionController } from './extraction.controller.js';
import { ExtractorRegistry } from './extractor-registry.service.js';
import { OutcomeWriter } from './outcome-writer.service.js';

@Module({
  controllers: [ExtractionController],
  providers: [ExtractorRegistry, ExtractionQueue, ExtractionRunner, OutcomeWriter, ExtractionJobsService],
  exports: [ExtractionQueue],
})
export class ExtractionModule {}
