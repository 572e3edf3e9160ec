import { ActionIcon, Anchor, ColorInput, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import type { Tag } from '@outcome-atlas/contracts';
import { IconDots, IconGitMerge, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { InlineEdit } from '../../../components/inline-edit';
import { isHexColor, TAG_SWATCHES } from './tag-colors';

type TagRowProps = {
  tag: Tag;
  boardPath: string;
  canWrite: boolean;
  onRename: (name: string) => Promise<unknown>;
  onRecolour: (color: string) => void;
  onMerge: () => void;
  onDelete: () => void;
};

export function TagRow({ tag, boardPath, canWrite, onRename, onRecolour, onMerge, onDelete }: TagRowProps) {
  const [color, setColor] = useState(tag.color);
  const commitColour = (value: string) => {
    if (isHexColor(value) && value.toLowerCase() !== tag.color.toLowerCase()) onRecolour(value);
  };

  return (
    <Table.Tr>
      <Table.Td w={170}>
        {canWrite ? (
          <ColorInput
            size="xs"
            aria-label={`Colour of ${tag.name}`}
            format="hex"
            swatches={TAG_SWATCHES}
            value={color}
            onChange={setColor}
            onChangeEnd={commitColour}
            onBlur={() => commitColour(color)}
          />
        ) : (
          <span style={{ display: 'inline-block', width: 16, height: 16, borderRadius: 4, background: tag.color }} aria-label={`Colour ${tag.color}`} />
        )}
      </Table.Td>
      <Table.Td>
        <InlineEdit label={`Name of tag ${tag.name}`} value={tag.name} onSave={onRename} canEdit={canWrite} required maxLength={80}>
          <Anchor component={Link} to={boardPath} fw={500}>
            {tag.name}
          </Anchor>
        </InlineEdit>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {tag.group ?? '—'}
        </Text>
      </Table.Td>
      <Table.Td ta="right">{tag.highlightCount}</Table.Td>
      <Table.Td w={48}>
        {canWrite ? (
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${tag.name}`}>
                <IconDots size={16} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconGitMerge size={14} aria-hidden />} onClick={onMerge}>
                Merge into another tag
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={onDelete}>
                Delete tag
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

export function TagTableHead() {
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>Colour</Table.Th>
        <Table.Th>Name</Table.Th>
        <Table.Th>Group</Table.Th>
        <Table.Th ta="right">Highlights</Table.Th>
        <Table.Th>
          <VisuallyHidden>Actions</VisuallyHidden>
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}
