import type { User, Workspace } from '@outcome-atlas/contracts';
import { useOutletContext } from 'react-router';

/** What every signed-in page gets from the app shell. */
export type ShellContext = {
  user: User;
  workspaces: Workspace[];
  /** The workspace of the page (from the URL, the project, or the last one used). */
  workspace: Workspace | null;
};

export const useShell = () => useOutletContext<ShellContext>();

/** Viewers read; owners and researchers write. The API enforces this too. */
export const canWrite = (workspace: Workspace | null) => workspace?.role === 'owner' || workspace?.role === 'researcher';
export const isOwner = (workspace: Workspace | null) => workspace?.role === 'owner';
