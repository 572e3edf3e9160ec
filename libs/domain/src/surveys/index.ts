export {
  normalizeHeaderName,
  type SurveyHeaderError,
  type SurveyHeaderErrorCode,
  type SurveyOutcome,
  type SurveyQuestion,
} from './survey-header.js';
export {
  parseRatingHeader,
  planWideSurveyColumns,
  RESPONDENT_COLUMN_NAMES,
  type WideSurveyColumn,
  type WideSurveyColumnRole,
  type WideSurveyOutcomeColumns,
  type WideSurveyPlan,
} from './wide-survey-columns.js';
export { LONG_SURVEY_COLUMNS, planLongSurveyColumns, type LongSurveyColumn, type LongSurveyField, type LongSurveyPlan } from './long-survey-columns.js';
