import { Select } from '@mantine/core';
import type { Workspace } from '@outcome-atlas/contracts';

type WorkspaceSwitcherProps = {
  workspaces: Workspace[];
  currentWorkspaceId: string | null;
  onChange: (workspaceId: string) => void;
};

export function WorkspaceSwitcher({ workspaces, currentWorkspaceId, onChange }: WorkspaceSwitcherProps) {
  return (
    <Select
      aria-label="Workspace"
      placeholder="Choose a workspace"
      data={workspaces.map((workspace) => ({ value: workspace.id, label: workspace.name }))}
      value={currentWorkspaceId}
      onChange={(value) => {
        if (value) onChange(value);
      }}
      allowDeselect={false}
      checkIconPosition="right"
      w={{ base: 160, sm: 240 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
