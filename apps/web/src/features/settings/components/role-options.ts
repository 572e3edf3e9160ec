import type { WorkspaceRole } from '@outcome-atlas/contracts';

export const ROLE_OPTIONS: { value: WorkspaceRole; label: string }[] = [
  { value: 'owner', label: 'Owner' },
  { value: 'researcher', label: 'Researcher' },
  { value: 'viewer', label: 'Viewer' },
];

export const roleLabel = (role: WorkspaceRole) => ROLE_OPTIONS.find((option) => option.value === role)?.label ?? role;
