import { pageOf } from './common.js';
import { controlCentreSchema } from './control-centre.js';
import { authErrors, created, noContent, ok, v1, type Endpoint } from './endpoint-kit.js';
import { outcomeLinksSchema } from './journeys.js';
import {
  createKpiRequestSchema,
  createMeasurementRequestSchema,
  importMeasurementsQuerySchema,
  importMeasurementsResponseSchema,
  kpiDetailSchema,
  kpiMeasurementSchema,
  kpiSchema,
  listKpisQuerySchema,
  listMeasurementsQuerySchema,
  updateKpiRequestSchema,
} from './kpis.js';
import {
  createSolutionRequestSchema,
  listSolutionsQuerySchema,
  solutionEvaluationSchema,
  solutionSchema,
  updateSolutionRequestSchema,
} from './solutions.js';

const write = [400, ...authErrors, 422] as const;

/** The evaluation and solution spaces: KPIs and their measurements, solutions, and the control centre over all of it. */
export const evaluationEndpoints = {
  listKpis: { method: 'GET', path: `${v1}/projects/:projectId/kpis`, summary: 'KPIs of a project with their latest value against target', tag: 'kpis', auth: 'user', query: listKpisQuerySchema, success: ok(pageOf(kpiSchema)), errors: [400, ...authErrors] },
  createKpi: { method: 'POST', path: `${v1}/projects/:projectId/kpis`, summary: 'Define a KPI, attach it and name the outcomes it measures', tag: 'kpis', auth: 'user', body: createKpiRequestSchema, success: created(kpiDetailSchema), errors: write },
  getKpi: { method: 'GET', path: `${v1}/kpis/:kpiId`, summary: 'A KPI with its trend and the ship dates of linked solutions', tag: 'kpis', auth: 'user', success: ok(kpiDetailSchema), errors: authErrors },
  updateKpi: { method: 'PATCH', path: `${v1}/kpis/:kpiId`, summary: 'Change a KPI\'s definition, target, attachment or measured outcomes', tag: 'kpis', auth: 'user', body: updateKpiRequestSchema, success: ok(kpiDetailSchema), errors: write },
  deleteKpi: { method: 'DELETE', path: `${v1}/kpis/:kpiId`, summary: 'Delete a KPI and its measurements', tag: 'kpis', auth: 'user', success: noContent, errors: authErrors },
  listKpiMeasurements: { method: 'GET', path: `${v1}/kpis/:kpiId/measurements`, summary: 'The KPI\'s time series, oldest period first', tag: 'kpis', auth: 'user', query: listMeasurementsQuerySchema, success: ok(pageOf(kpiMeasurementSchema)), errors: [400, ...authErrors] },
  createKpiMeasurement: { method: 'POST', path: `${v1}/kpis/:kpiId/measurements`, summary: 'Record a value for a period (replaces that period\'s value)', tag: 'kpis', auth: 'user', body: createMeasurementRequestSchema, success: created(kpiMeasurementSchema), errors: write },
  importKpiMeasurements: {
    method: 'POST',
    path: `${v1}/kpis/:kpiId/measurements/import`,
    summary: 'Import aggregates, or raw responses to compute one value per period, from CSV',
    description:
      'All periods land or none: a rejected file answers 422 KPI_IMPORT_REJECTED with every problem (line, column, code, reason; first 1,000). ' +
      'A period already recorded is replaced.',
    tag: 'kpis',
    auth: 'user',
    query: importMeasurementsQuerySchema,
    csvBody: true,
    success: ok(importMeasurementsResponseSchema),
    errors: [400, ...authErrors, 408, 413, 415, 422],
  },
  deleteKpiMeasurement: { method: 'DELETE', path: `${v1}/kpi-measurements/:measurementId`, summary: 'Delete one measurement', tag: 'kpis', auth: 'user', success: noContent, errors: authErrors },

  listSolutions: { method: 'GET', path: `${v1}/projects/:projectId/solutions`, summary: 'Solution ideas and experiments, newest first', tag: 'solutions', auth: 'user', query: listSolutionsQuerySchema, success: ok(pageOf(solutionSchema)), errors: [400, ...authErrors] },
  createSolution: { method: 'POST', path: `${v1}/projects/:projectId/solutions`, summary: 'Record a solution idea aimed at opportunities', tag: 'solutions', auth: 'user', body: createSolutionRequestSchema, success: created(solutionSchema), errors: write },
  getSolution: { method: 'GET', path: `${v1}/solutions/:solutionId`, summary: 'A solution with the opportunities it targets', tag: 'solutions', auth: 'user', success: ok(solutionSchema), errors: authErrors },
  updateSolution: { method: 'PATCH', path: `${v1}/solutions/:solutionId`, summary: 'Edit a solution, move its status, or change what it targets', tag: 'solutions', auth: 'user', body: updateSolutionRequestSchema, success: ok(solutionSchema), errors: write },
  deleteSolution: { method: 'DELETE', path: `${v1}/solutions/:solutionId`, summary: 'Delete a solution', tag: 'solutions', auth: 'user', success: noContent, errors: authErrors },
  getSolutionEvaluation: { method: 'GET', path: `${v1}/solutions/:solutionId/evaluation`, summary: 'The expected KPI before and after the ship date, side by side', tag: 'solutions', auth: 'user', success: ok(solutionEvaluationSchema), errors: authErrors },

  getOutcomeLinks: { method: 'GET', path: `${v1}/outcomes/:outcomeId/links`, summary: 'Where an outcome shows in the journeys, the KPIs that measure it and the solutions aimed at it', tag: 'outcomes', auth: 'user', success: ok(outcomeLinksSchema), errors: authErrors },
  getControlCentre: { method: 'GET', path: `${v1}/projects/:projectId/control-centre`, summary: 'Where the project stands: problem, solution and evaluation space, and the gaps', tag: 'projects', auth: 'user', success: ok(controlCentreSchema), errors: authErrors },
} as const satisfies Record<string, Endpoint>;
