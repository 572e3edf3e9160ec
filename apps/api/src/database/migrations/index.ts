import { InitialSchema1763900000000 } from './1763900000000-initial-schema.js';
import { ExtractionAndOutcomes1764000000000 } from './1764000000000-extraction-and-outcomes.js';
import { OutcomeCuration1764100000000 } from './1764100000000-outcome-curation.js';
import { OutcomeMerge1764200000000 } from './1764200000000-outcome-merge.js';
import { RatingsAndSegments1764300000000 } from './1764300000000-ratings-and-segments.js';
import { RatingsAnswersIndex1764400000000 } from './1764400000000-ratings-answers-index.js';
import { RatingsBulkWrites1764500000000 } from './1764500000000-ratings-bulk-writes.js';
import { JourneysKpisSolutions1764600000000 } from './1764600000000-journeys-kpis-solutions.js';
import { MergeChainLinks1764700000000 } from './1764700000000-merge-chain-links.js';
import { AnswerBitmaps1764800000000 } from './1764800000000-answer-bitmaps.js';
import { RespondentsPrefixIndex1764900000000 } from './1764900000000-respondents-prefix-index.js';
import { PackedAnswers1765000000000 } from './1765000000000-packed-answers.js';

/** Every migration in order. New migrations are appended; landed ones are never edited. */
export const migrations = [InitialSchema1763900000000, ExtractionAndOutcomes1764000000000, OutcomeCuration1764100000000, OutcomeMerge1764200000000, RatingsAndSegments1764300000000, RatingsAnswersIndex1764400000000, RatingsBulkWrites1764500000000, JourneysKpisSolutions1764600000000, MergeChainLinks1764700000000, AnswerBitmaps1764800000000, RespondentsPrefixIndex1764900000000, PackedAnswers1765000000000];
