const LAST_WORKSPACE_KEY = 'outcome-atlas.last-workspace';

export function readLastWorkspaceId(): string | null {
  try {
    return window.localStorage.getItem(LAST_WORKSPACE_KEY);
  } catch {
    return null;
  }
}

export function writeLastWorkspaceId(workspaceId: string): void {
  try {
    window.localStorage.setItem(LAST_WORKSPACE_KEY, workspaceId);
  } catch {
    // Storage may be disabled; remembering the workspace is a convenience only.
  }
}
