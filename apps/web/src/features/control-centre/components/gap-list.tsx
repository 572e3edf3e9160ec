import { Badge, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import classes from './control-centre.module.css';

type GapListProps<Item> = {
  title: string;
  items: Item[];
  getKey: (item: Item) => string;
  renderItem: (item: Item) => ReactNode;
  /** Shown under a non-empty list, e.g. where to go to close these gaps. */
  footer?: ReactNode;
};

/** One kind of gap: a heading with its count, the items, or a calm line when there are none. */
export function GapList<Item>({ title, items, getKey, renderItem, footer }: GapListProps<Item>) {
  const headingId = useId();
  const count = items.length;
  return (
    <Stack component="section" gap="xs" aria-labelledby={headingId}>
      <Title order={3} size="h6" id={headingId}>
        {title}{' '}
        <Badge component="span" color={count === 0 ? 'gray' : 'orange'} variant="light" size="sm" aria-hidden>
          {count}
        </Badge>
        <VisuallyHidden>({count})</VisuallyHidden>
      </Title>
      {count === 0 ? (
        <Group gap={6} c="dimmed">
          <IconCircleCheck size={16} aria-hidden />
          <Text size="sm">No gaps here</Text>
        </Group>
      ) : (
        <>
          <ul className={classes.plainList}>
            {items.map((item) => (
              <li key={getKey(item)}>{renderItem(item)}</li>
            ))}
          </ul>
          {footer}
        </>
      )}
    </Stack>
  );
}
