import { Badge } from '@mantine/core';
import type { TouchpointChannel } from '@outcome-atlas/contracts';
import {
  IconBuildingStore,
  IconDeviceMobile,
  IconDots,
  IconMail,
  IconMessageCircle,
  IconPhone,
  IconShare,
  IconUsers,
  IconWorld,
} from '@tabler/icons-react';
import { cxLevelExpectation, cxLevelName } from '../utils/format';
import { CHANNEL_LABELS } from '../utils/channels';

const CHANNEL_ICONS: Record<TouchpointChannel, typeof IconWorld> = {
  web: IconWorld,
  app: IconDeviceMobile,
  phone: IconPhone,
  store: IconBuildingStore,
  email: IconMail,
  social: IconShare,
  chat: IconMessageCircle,
  'in-person': IconUsers,
  other: IconDots,
};

export function ChannelBadge({ channel }: { channel: TouchpointChannel }) {
  const ChannelIcon = CHANNEL_ICONS[channel];
  return (
    <Badge color="gray" variant="light" size="sm" tt="none" leftSection={<ChannelIcon size={12} aria-hidden />} data-channel={channel}>
      {CHANNEL_LABELS[channel]}
    </Badge>
  );
}

/** "CX 2 · Accountability", with the customer's expectation at that level as the title. */
export function CxLevelBadge({ level }: { level: number | null }) {
  const name = cxLevelName(level);
  if (level === null || name === null) return null;
  return (
    <Badge color="grape" variant="light" size="sm" tt="none" title={`Gartner CX pyramid level ${level}: ${cxLevelExpectation(level) ?? ''}`}>
      CX {level} · {name}
    </Badge>
  );
}
