import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/config.schema.js';
import { dataSourceOptions } from './database/data-source.js';
import type { DatabaseInfo } from './database/database-info.js';
import { ApiTokensModule } from './modules/api-tokens/api-tokens.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { ExtractionModule } from './modules/extraction/extraction.module.js';
import { HighlightsModule } from './modules/highlights/highlights.module.js';
import { InterviewsModule } from './modules/interviews/interviews.module.js';
import { OutcomesModule } from './modules/outcomes/outcomes.module.js';
import { OpportunitiesModule } from './modules/opportunities/opportunities.module.js';
import { JourneysModule } from './modules/journeys/journeys.module.js';
import { KpisModule } from './modules/kpis/kpis.module.js';
import { SolutionsModule } from './modules/solutions/solutions.module.js';
import { ControlCentreModule } from './modules/control-centre/control-centre.module.js';
import { ProjectsModule } from './modules/projects/projects.module.js';
import { DemoSeedService } from './modules/seed/demo-seed.service.js';
import { RatingsModule } from './modules/ratings/ratings.module.js';
import { TagsModule } from './modules/tags/tags.module.js';
import { AccessModule } from './modules/workspaces/access.service.js';
import { WorkspacesModule } from './modules/workspaces/workspaces.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseInfo): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, database),
        TypeOrmModule.forRoot({ ...dataSourceOptions(database.url, config.DB_POOL_SIZE), retryAttempts: 2, retryDelay: 500 }),
        AccessModule,
        AuthModule,
        WorkspacesModule,
        ApiTokensModule,
        ProjectsModule,
        InterviewsModule,
        TagsModule,
        HighlightsModule,
        ExtractionModule,
        OutcomesModule,
        RatingsModule,
        OpportunitiesModule,
        JourneysModule,
        KpisModule,
        SolutionsModule,
        ControlCentreModule,
      ],
      providers: [DemoSeedService],
    };
  }
}
