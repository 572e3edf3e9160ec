import { TOUCHPOINT_CHANNELS, type TouchpointChannel } from '@outcome-atlas/contracts';
import { GARTNER_CX_PYRAMID } from '@outcome-atlas/domain';

export const CHANNEL_LABELS: Record<TouchpointChannel, string> = {
  web: 'Web',
  app: 'App',
  phone: 'Phone',
  store: 'Store',
  email: 'Email',
  social: 'Social',
  chat: 'Chat',
  'in-person': 'In person',
  other: 'Other',
};

export const CHANNEL_OPTIONS = TOUCHPOINT_CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] }));

/** Select options for the Gartner CX pyramid; "none" stands for no level. */
export const NO_CX_LEVEL = 'none';
export const CX_LEVEL_OPTIONS = [
  { value: NO_CX_LEVEL, label: 'Not set' },
  ...GARTNER_CX_PYRAMID.map((entry) => ({ value: String(entry.level), label: `${entry.level} · ${entry.name} — “${entry.expectation}”` })),
];
