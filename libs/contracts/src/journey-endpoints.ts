import { z } from 'zod';
import { pageOf, pageQuerySchema } from './common.js';
import { authErrors, created, noContent, ok, v1, type Endpoint } from './endpoint-kit.js';
import {
  createJourneyRequestSchema,
  createStageRequestSchema,
  createTouchpointRequestSchema,
  journeyAtlasSchema,
  journeyStageSchema,
  journeySummarySchema,
  linkHighlightRequestSchema,
  linkOutcomeRequestSchema,
  reorderStagesRequestSchema,
  touchpointDetailSchema,
  touchpointSchema,
  updateJourneyRequestSchema,
  updateStageRequestSchema,
  updateTouchpointRequestSchema,
} from './journeys.js';

const tag = 'journeys';
const write = [400, ...authErrors] as const;
const link = [400, ...authErrors, 422] as const;

/** Journeys, their ordered stages and touchpoints, and the links from outcomes and quotes to them. */
export const journeyEndpoints = {
  listJourneys: { method: 'GET', path: `${v1}/projects/:projectId/journeys`, summary: 'Journeys of a project, by name', tag, auth: 'user', query: pageQuerySchema, success: ok(pageOf(journeySummarySchema)), errors: write },
  createJourney: { method: 'POST', path: `${v1}/projects/:projectId/journeys`, summary: 'Create a journey for a persona, optionally with its first stages', tag, auth: 'user', body: createJourneyRequestSchema, success: created(journeyAtlasSchema), errors: link },
  getJourney: {
    method: 'GET',
    path: `${v1}/journeys/:journeyId`,
    summary: 'The journey atlas: stages, touchpoints, linked opportunities by zone, quotes, KPIs and pain markers',
    tag,
    auth: 'user',
    success: ok(journeyAtlasSchema),
    errors: authErrors,
  },
  updateJourney: { method: 'PATCH', path: `${v1}/journeys/:journeyId`, summary: 'Rename a journey or change its persona', tag, auth: 'user', body: updateJourneyRequestSchema, success: ok(journeySummarySchema), errors: link },
  deleteJourney: { method: 'DELETE', path: `${v1}/journeys/:journeyId`, summary: 'Delete a journey with its stages, touchpoints and links (outcomes and quotes stay)', tag, auth: 'user', success: noContent, errors: authErrors },

  createStage: { method: 'POST', path: `${v1}/journeys/:journeyId/stages`, summary: 'Add a stage', tag, auth: 'user', body: createStageRequestSchema, success: created(journeyStageSchema), errors: write },
  reorderStages: { method: 'POST', path: `${v1}/journeys/:journeyId/stages/order`, summary: 'Put the stages in a new order', tag, auth: 'user', body: reorderStagesRequestSchema, success: ok(z.object({ items: z.array(journeyStageSchema) })), errors: link },
  updateStage: { method: 'PATCH', path: `${v1}/stages/:stageId`, summary: 'Rename or describe a stage', tag, auth: 'user', body: updateStageRequestSchema, success: ok(journeyStageSchema), errors: write },
  deleteStage: { method: 'DELETE', path: `${v1}/stages/:stageId`, summary: 'Delete a stage with its touchpoints', tag, auth: 'user', success: noContent, errors: authErrors },
  linkStageOutcome: { method: 'POST', path: `${v1}/stages/:stageId/outcomes`, summary: 'Link an outcome to the stage as a whole', tag, auth: 'user', body: linkOutcomeRequestSchema, success: noContent, errors: link },
  unlinkStageOutcome: { method: 'DELETE', path: `${v1}/stages/:stageId/outcomes/:outcomeId`, summary: 'Unlink an outcome from the stage', tag, auth: 'user', success: noContent, errors: authErrors },

  createTouchpoint: { method: 'POST', path: `${v1}/stages/:stageId/touchpoints`, summary: 'Add a touchpoint to a stage', tag, auth: 'user', body: createTouchpointRequestSchema, success: created(touchpointSchema), errors: write },
  getTouchpoint: { method: 'GET', path: `${v1}/touchpoints/:touchpointId`, summary: 'A touchpoint with every linked outcome, KPI and quote', tag, auth: 'user', success: ok(touchpointDetailSchema), errors: authErrors },
  updateTouchpoint: { method: 'PATCH', path: `${v1}/touchpoints/:touchpointId`, summary: 'Edit a touchpoint, or move it within or across stages of its journey', tag, auth: 'user', body: updateTouchpointRequestSchema, success: ok(touchpointSchema), errors: link },
  deleteTouchpoint: { method: 'DELETE', path: `${v1}/touchpoints/:touchpointId`, summary: 'Delete a touchpoint and its links', tag, auth: 'user', success: noContent, errors: authErrors },
  linkTouchpointOutcome: { method: 'POST', path: `${v1}/touchpoints/:touchpointId/outcomes`, summary: 'Link an outcome to the touchpoint where it shows', tag, auth: 'user', body: linkOutcomeRequestSchema, success: noContent, errors: link },
  unlinkTouchpointOutcome: { method: 'DELETE', path: `${v1}/touchpoints/:touchpointId/outcomes/:outcomeId`, summary: 'Unlink an outcome from the touchpoint', tag, auth: 'user', success: noContent, errors: authErrors },
  linkTouchpointHighlight: { method: 'POST', path: `${v1}/touchpoints/:touchpointId/highlights`, summary: 'Link a quote (highlight) to the touchpoint', tag, auth: 'user', body: linkHighlightRequestSchema, success: noContent, errors: link },
  unlinkTouchpointHighlight: { method: 'DELETE', path: `${v1}/touchpoints/:touchpointId/highlights/:highlightId`, summary: 'Unlink a quote from the touchpoint', tag, auth: 'user', success: noContent, errors: authErrors },
} as const satisfies Record<string, Endpoint>;
