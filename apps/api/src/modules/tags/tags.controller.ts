import { Controller } from '@nestjs/common';
import { endpoints, type CreateTagRequest, type MergeTagRequest, type PageQuery, type UpdateTagRequest } from '@outcome-atlas/contracts';
import { IdParam, Route, ValidBody, ValidQuery } from '../../common/route.decorator.js';
import { CurrentCaller, type Caller } from '../auth/caller.js';
import { TagsService } from './tags.service.js';

const TagId = () => IdParam('tagId', 'tag');

@Controller()
export class TagsController {
  constructor(private readonly tags: TagsService) {}

  @Route(endpoints.listTags)
  list(@CurrentCaller() caller: Caller, @IdParam('projectId', 'project') projectId: string) {
    return this.tags.list(caller, projectId);
  }

  @Route(endpoints.createTag)
  create(@CurrentCaller() caller: Caller, @IdParam('projectId', 'project') projectId: string, @ValidBody(endpoints.createTag) body: Required<CreateTagRequest>) {
    return this.tags.create(caller, projectId, body);
  }

  @Route(endpoints.updateTag)
  update(@CurrentCaller() caller: Caller, @TagId() tagId: string, @ValidBody(endpoints.updateTag) body: UpdateTagRequest) {
    return this.tags.update(caller, tagId, body);
  }

  @Route(endpoints.deleteTag)
  remove(@CurrentCaller() caller: Caller, @TagId() tagId: string) {
    return this.tags.remove(caller, tagId);
  }

  @Route(endpoints.mergeTag)
  merge(@CurrentCaller() caller: Caller, @TagId() tagId: string, @ValidBody(endpoints.mergeTag) body: MergeTagRequest) {
    return this.tags.merge(caller, tagId, body.intoTagId);
  }

  @Route(endpoints.listTagHighlights)
  board(@CurrentCaller() caller: Caller, @TagId() tagId: string, @ValidQuery(endpoints.listTagHighlights) page: PageQuery) {
    return this.tags.board(caller, tagId, page);
  }
}
