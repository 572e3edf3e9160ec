import type { ImportRejectionDetails } from '@outcome-atlas/contracts';
import { AppError, conflict, unprocessable } from '../../common/app-error.js';

export const respondentExists = (externalId: string, respondentId: string) =>
  conflict('RESPONDENT_EXISTS', `A respondent with the external id "${externalId}" already exists in this project`, { respondentId });

export const duplicatePairs = () =>
  new AppError(400, 'VALIDATION_FAILED', 'Invalid body: ratings: Each respondent and outcome may appear once per batch', [
    { path: 'ratings', message: 'Each respondent and outcome may appear once per batch' },
  ]);

export const ratingTargetsNotFound = (unknownOutcomeIds: string[], unknownRespondentIds: string[]) =>
  unprocessable('RATING_TARGET_NOT_FOUND', 'Some outcomes or respondents do not exist in this project; nothing was changed', {
    unknownOutcomeIds,
    unknownRespondentIds,
  });

export type MergedOutcomeRef = { outcomeId: string; key: string; mergedInto: { outcomeId: string; key: string } | null };

export const ratedOutcomesMerged = (merged: MergedOutcomeRef[]) =>
  unprocessable(
    'OUTCOME_MERGED',
    `${merged.map((outcome) => `${outcome.key} was merged into ${outcome.mergedInto?.key ?? 'an outcome that no longer exists'}`).join('; ')}: rate the outcome it was merged into; nothing was changed`,
    { merged },
  );

export const importRejected = (details: ImportRejectionDetails) =>
  unprocessable(
    'RATINGS_IMPORT_REJECTED',
    `${details.rejectedCount} problem${details.rejectedCount === 1 ? '' : 's'} in the file (first on line ${details.rejected[0]?.line ?? 1}); nothing was imported`,
    details,
  );

export const importTooLarge = (maxBytes: number) =>
  new AppError(413, 'RATINGS_IMPORT_TOO_LARGE', `The file is larger than ${maxBytes} bytes (RATINGS_IMPORT_MAX_BYTES); split it and import the parts`, { maxBytes });

export const importUnsupportedMediaType = () =>
  new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the CSV as the body (Content-Type: text/csv; charset=utf-8) or as the "file" part of a multipart upload');

export const importInvalidUpload = (message: string) => new AppError(400, 'INVALID_UPLOAD', message);
