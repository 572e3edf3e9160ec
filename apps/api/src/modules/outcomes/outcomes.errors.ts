import type { Outcome } from '@outcome-atlas/contracts';
import { conflict, unprocessable } from '../../common/app-error.js';

export const staleVersion = (current: Outcome) =>
  conflict('OUTCOME_STALE_VERSION', `Someone changed this outcome since you read it (now at version ${current.version}); review their change and try again`, {
    current,
  });

export const mergedStatusNotSettable = () =>
  unprocessable('OUTCOME_STATUS_NOT_SETTABLE', 'An outcome becomes merged only by merging it into another outcome');

export const outcomeMerged = () => unprocessable('OUTCOME_MERGED', 'This outcome was merged into another and can no longer be changed');

export const mergeIntoSelf = () => unprocessable('OUTCOME_MERGE_SELF', 'An outcome cannot be merged into itself');

export const mergeAcrossProjects = () => unprocessable('OUTCOME_MERGE_ACROSS_PROJECTS', 'Both outcomes must belong to the same project');

export const mergeTargetMerged = () =>
  unprocessable('OUTCOME_MERGED', 'The outcome to merge into was itself merged into another; merge into that one, or undo its merge first');

export const mergeCycle = () =>
  unprocessable('OUTCOME_MERGE_CYCLE', 'The outcome to merge into was merged into this one; undo that merge instead');

export const outcomeNotMerged = () => unprocessable('OUTCOME_NOT_MERGED', 'This outcome is not merged into another, so there is nothing to undo');

export const jobStepNotInProject = () => unprocessable('JOB_STEP_NOT_FOUND', 'The job step does not exist in this project');

export const outcomesNotInProject = (missingOutcomeIds: string[]) =>
  unprocessable('OUTCOME_NOT_FOUND', 'Some outcomes do not exist in this project; nothing was changed', { missingOutcomeIds });

export const evidenceInterviewsNotInProject = (missingInterviewIds: string[]) =>
  unprocessable('OUTCOME_EVIDENCE_INTERVIEW_NOT_FOUND', 'Some evidence names an interview that does not exist in this project', { missingInterviewIds });

export const evidenceOutOfRange = (index: number, end: number, length: number) =>
  unprocessable('OUTCOME_EVIDENCE_OUT_OF_RANGE', `Evidence ${index} ends at ${end} but the transcript has ${length} characters`, { index });

export const evidenceEmpty = (index: number) => unprocessable('OUTCOME_EVIDENCE_EMPTY', `Evidence ${index} contains only whitespace`, { index });
