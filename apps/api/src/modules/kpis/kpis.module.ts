import { Module } from '@nestjs/common';
import { KpiImportService } from './kpi-import.service.js';
import { KpiMeasurementsService } from './kpi-measurements.service.js';
import { KpisController } from './kpis.controller.js';
import { KpisService } from './kpis.service.js';

@Module({ controllers: [KpisController], providers: [KpisService, KpiMeasurementsService, KpiImportService] })
export class KpisModule {}
