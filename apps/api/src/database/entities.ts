import { ApiTokenEntity } from '../modules/api-tokens/api-token.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { UserEntity } from '../modules/auth/user.entity.js';
import { ExtractionChunkEntity } from '../modules/extraction/extraction-chunk.entity.js';
import { ExtractionJobEntity } from '../modules/extraction/extraction-job.entity.js';
import { HighlightTagEntity } from '../modules/highlights/highlight-tag.entity.js';
import { HighlightEntity } from '../modules/highlights/highlight.entity.js';
import { InterviewPassageEntity } from '../modules/interviews/interview-passage.entity.js';
import { InterviewEntity } from '../modules/interviews/interview.entity.js';
import { JobStepEntity } from '../modules/projects/job-step.entity.js';
import { PersonaEntity } from '../modules/projects/persona.entity.js';
import { ProjectEntity } from '../modules/projects/project.entity.js';
import { OutcomeMergeEntity } from '../modules/outcomes/outcome-merge.entity.js';
import { OutcomeHistoryEntity } from '../modules/outcomes/outcome-history.entity.js';
import { OutcomeEvidenceEntity } from '../modules/outcomes/outcome-evidence.entity.js';
import { OutcomeEntity } from '../modules/outcomes/outcome.entity.js';
import { OutcomeAnswersEntity } from '../modules/ratings/outcome-answers.entity.js';
import { RespondentEntity } from '../modules/ratings/respondent.entity.js';
import { SavedSegmentEntity, SavedSegmentMemberEntity } from '../modules/opportunities/saved-segment.entity.js';
import { SegmentationEntity } from '../modules/opportunities/segmentation.entity.js';
import { JourneyEntity } from '../modules/journeys/journey.entity.js';
import { JourneyOutcomeLinkEntity, TouchpointHighlightEntity } from '../modules/journeys/journey-links.entity.js';
import { JourneyStageEntity } from '../modules/journeys/journey-stage.entity.js';
import { TouchpointEntity } from '../modules/journeys/touchpoint.entity.js';
import { KpiMeasurementEntity } from '../modules/kpis/kpi-measurement.entity.js';
import { KpiEntity, KpiOutcomeEntity } from '../modules/kpis/kpi.entity.js';
import { SolutionEntity, SolutionOutcomeEntity } from '../modules/solutions/solution.entity.js';
import { TagEntity } from '../modules/tags/tag.entity.js';
import { WorkspaceMemberEntity } from '../modules/workspaces/workspace-member.entity.js';
import { WorkspaceEntity } from '../modules/workspaces/workspace.entity.js';

export const entities = [
  UserEntity,
  SessionEntity,
  WorkspaceEntity,
  WorkspaceMemberEntity,
  ApiTokenEntity,
  ProjectEntity,
  JobStepEntity,
  PersonaEntity,
  InterviewEntity,
  InterviewPassageEntity,
  TagEntity,
  HighlightEntity,
  HighlightTagEntity,
  ExtractionJobEntity,
  ExtractionChunkEntity,
  OutcomeEntity,
  OutcomeEvidenceEntity,
  OutcomeHistoryEntity,
  OutcomeMergeEntity,
  RespondentEntity,
  OutcomeAnswersEntity,
  SegmentationEntity,
  SavedSegmentEntity,
  SavedSegmentMemberEntity,
  JourneyEntity,
  JourneyStageEntity,
  TouchpointEntity,
  JourneyOutcomeLinkEntity,
  TouchpointHighlightEntity,
  KpiEntity,
  KpiOutcomeEntity,
  KpiMeasurementEntity,
  SolutionEntity,
  SolutionOutcomeEntity,
];
