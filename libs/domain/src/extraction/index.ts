export {
  JOB_MAP_STEPS,
  OUTCOME_CUES,
  type JobMapStep,
  type OfflineEvidence,
  type OfflineExtractionOptions,
  type OfflineExtractionResult,
  type OfflineOutcome,
  type OfflineTranscript,
  type OutcomeCue,
} from './extraction-types.js';
export { extractOutcomesOffline, OFFLINE_MIN_CONFIDENCE, OFFLINE_EXTRACTOR_DEFAULTS } from './offline-extractor.js';
export { CUE_LEXICON, type CueEntry } from './cue-lexicon.js';
export { assignJobStep, JOB_STEP_LEXICON } from './job-step-lexicon.js';
export { toGerund } from './gerund.js';
export { isInterviewerSpeakerName } from './speaker-roles.js';
export { OFFLINE_MAX_STATEMENT_WORDS } from './odi-rewriter.js';
