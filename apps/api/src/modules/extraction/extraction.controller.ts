import { Controller } from '@nestjs/common';
import { endpoints, extractionEstimateQuerySchema, listExtractionJobsQuerySchema, type StartExtractionRequest } from '@outcome-atlas/contracts';
import type { z } from 'zod';
import { IdParam, Route, ValidBody, ValidQuery } from '../../common/route.decorator.js';
import { CurrentCaller, type Caller } from '../auth/caller.js';
import { ExtractionJobsService } from './extraction-jobs.service.js';

const InterviewId = () => IdParam('interviewId', 'interview');
const ProjectId = () => IdParam('projectId', 'project');
const JobId = () => IdParam('jobId', 'extraction job');
type EstimateQuery = z.infer<typeof extractionEstimateQuerySchema>;

@Controller()
export class ExtractionController {
  constructor(private readonly jobs: ExtractionJobsService) {}

  @Route(endpoints.estimateInterviewExtraction)
  estimateInterview(@CurrentCaller() caller: Caller, @InterviewId() interviewId: string, @ValidQuery(endpoints.estimateInterviewExtraction) query: EstimateQuery) {
    return this.jobs.estimate(caller, { interviewId }, query.provider);
  }

  @Route(endpoints.startInterviewExtraction)
  startInterview(@CurrentCaller() caller: Caller, @InterviewId() interviewId: string, @ValidBody(endpoints.startInterviewExtraction) body: StartExtractionRequest) {
    return this.jobs.startForInterview(caller, interviewId, body);
  }

  @Route(endpoints.estimateProjectExtraction)
  estimateProject(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidQuery(endpoints.estimateProjectExtraction) query: EstimateQuery) {
    return this.jobs.estimate(caller, { projectId }, query.provider);
  }

  @Route(endpoints.startProjectExtraction)
  startProject(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidBody(endpoints.startProjectExtraction) body: StartExtractionRequest) {
    return this.jobs.startForProject(caller, projectId, body);
  }

  @Route(endpoints.listExtractionJobs)
  list(@CurrentCaller() caller: Caller, @ProjectId() projectId: string, @ValidQuery(endpoints.listExtractionJobs) query: z.infer<typeof listExtractionJobsQuerySchema>) {
    return this.jobs.list(caller, projectId, query);
  }

  @Route(endpoints.getExtractionJob)
  get(@CurrentCaller() caller: Caller, @JobId() jobId: string) {
    return this.jobs.get(caller, jobId);
  }

  @Route(endpoints.cancelExtractionJob)
  cancel(@CurrentCaller() caller: Caller, @JobId() jobId: string) {
    return this.jobs.cancel(caller, jobId);
  }

  @Route(endpoints.retryExtractionJob)
  retry(@CurrentCaller() caller: Caller, @JobId() jobId: string) {
    return this.jobs.retry(caller, jobId);
  }
}
