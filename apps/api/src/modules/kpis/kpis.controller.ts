import { Controller, Req } from '@nestjs/common';
import {
  endpoints,
  type CreateMeasurementRequest,
  type ImportMeasurementsQuery,
  type ListKpisQuery,
  type ListMeasurementsQuery,
  type UpdateKpiRequest,
} from '@outcome-atlas/contracts';
import type { FastifyRequest } from 'fastify';
import { IdParam, Route, ValidBody, ValidQuery } from '../../common/route.decorator.js';
import { CurrentCaller, type Caller } from '../auth/caller.js';
import { KpiImportService } from './kpi-import.service.js';
import { KpiMeasurementsService } from './kpi-measurements.service.js';
import { KpisService, type NewKpiRequest } from './kpis.service.js';

const ProjectId = () => IdParam('projectId', 'project');
const KpiId = () => IdParam('kpiId', 'KPI');

@Controller()
export class KpisController {
  constructor(
    private readonly kpis: KpisService,
    private readonly measurements: KpiMeasurementsService,
    private readonly imports: KpiImportService,
  ) {}

  @Route(endpoints.listKpis)
  list(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidQuery(endpoints.listKpis) query: ListKpisQuery) {
    return this.kpis.list(caller, projectId, query);
  }

  @Route(endpoints.createKpi)
  create(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidBody(endpoints.createKpi) body: NewKpiRequest) {
    return this.kpis.create(caller, projectId, body);
  }

  @Route(endpoints.getKpi)
  get(@CurrentCaller() caller: Caller, @KpiId() kpiId: string) {
    return this.kpis.get(caller, kpiId);
  }

  @Route(endpoints.updateKpi)
  update(@CurrentCaller() caller: Caller, @KpiId() kpiId: string, @ValidBody(endpoints.updateKpi) body: UpdateKpiRequest) {
    return this.kpis.update(caller, kpiId, body);
  }

  @Route(endpoints.deleteKpi)
  remove(@CurrentCaller() caller: Caller, @KpiId() kpiId: string) {
    return this.kpis.remove(caller, kpiId);
  }

  @Route(endpoints.listKpiMeasurements)
  listMeasurements(@CurrentCaller() caller: Caller, @KpiId() kpiId: string, @ValidQuery(endpoints.listKpiMeasurements) query: ListMeasurementsQuery) {
    return this.measurements.list(caller, kpiId, query);
  }

  @Route(endpoints.createKpiMeasurement)
  createMeasurement(@CurrentCaller() caller: Caller, @KpiId() kpiId: string, @ValidBody(endpoints.createKpiMeasurement) body: Required<CreateMeasurementRequest>) {
    return this.measurements.create(caller, kpiId, body);
  }

  @Route(endpoints.importKpiMeasurements)
  importMeasurements(@CurrentCaller() caller: Caller, @KpiId() kpiId: string, @ValidQuery(endpoints.importKpiMeasurements) query: ImportMeasurementsQuery, @Req() request: FastifyRequest) {
    return this.imports.importFromRequest(caller, kpiId, query, request);
  }

  @Route(endpoints.deleteKpiMeasurement)
  removeMeasurement(@CurrentCaller() caller: Caller, @IdParam('measurementId', 'measurement') measurementId: string) {
    return this.measurements.remove(caller, measurementId);
  }
}
