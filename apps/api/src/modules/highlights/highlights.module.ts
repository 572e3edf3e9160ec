import { Module } from '@nestjs/common';
import { TagsModule } from '../tags/tags.module.js';
import { HighlightsController } from './highlights.controller.js';
import { HighlightsService } from './highlights.service.js';

@Module({ imports: [TagsModule], controllers: [HighlightsController], providers: [HighlightsService] })
export class HighlightsModule {}
