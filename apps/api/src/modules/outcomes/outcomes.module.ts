import { Module } from '@nestjs/common';
import { OutcomeBulkService } from './outcome-bulk.service.js';
import { OutcomeCurationService } from './outcome-curation.service.js';
import { OutcomeDuplicatesService } from './outcome-duplicates.service.js';
import { OutcomeHistoryService } from './outcome-history.service.js';
import { OutcomeMergeService } from './outcome-merge.service.js';
import { OutcomesController } from './outcomes.controller.js';
import { OutcomesService } from './outcomes.service.js';

@Module({ controllers: [OutcomesController], providers: [OutcomesService, OutcomeCurationService, OutcomeBulkService, OutcomeHistoryService, OutcomeMergeService, OutcomeDuplicatesService] })
export class OutcomesModule {}
