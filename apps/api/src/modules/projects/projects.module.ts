import { Module } from '@nestjs/common';
import { JobMapService } from './job-map.service.js';
import { ProjectsController } from './projects.controller.js';
import { ProjectsService } from './projects.service.js';

@Module({ controllers: [ProjectsController], providers: [ProjectsService, JobMapService], exports: [ProjectsService] })
export class ProjectsModule {}
