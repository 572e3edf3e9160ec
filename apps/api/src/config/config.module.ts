import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DATABASE_INFO, type DatabaseInfo } from '../database/database-info.js';
import type { AppConfig } from './config.schema.js';

export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, database: DatabaseInfo): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_INFO, useValue: database },
      ],
      exports: [APP_CONFIG, DATABASE_INFO],
    };
  }
}
