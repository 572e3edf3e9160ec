import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

@Entity('highlight_tags')
@Index('highlight_tags_tag_id_idx', ['tagId', 'highlightId'])
export class HighlightTagEntity {
  @ForeignKey('highlights', { name: 'highlight_tags_highlight_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'highlight_id', type: 'uuid', primaryKeyConstraintName: 'highlight_tags_pkey' })
  highlightId: string;

  @ForeignKey('tags', { name: 'highlight_tags_tag_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'tag_id', type: 'uuid', primaryKeyConstraintName: 'highlight_tags_pkey' })
  tagId: string;
}
