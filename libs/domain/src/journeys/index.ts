export { PAIN_OPPORTUNITY_THRESHOLD, touchpointPain, type PainReason, type TouchpointPain } from './touchpoint-pain.js';
export { stageOrderMismatch, type StageOrderMismatch } from './stage-order.js';
