/**
 * After a move from a menu the card or column may have been re-inserted elsewhere in the DOM (another
 * column, or React moved the node), which drops keyboard focus on the page. Put it back on the moved item's
 * menu button once the move is drawn, if focus was lost and the item is rendered.
 */
export function refocusAfterMove(selector: string): void {
  requestAnimationFrame(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    document.querySelector<HTMLElement>(selector)?.focus();
  });
}

export const touchpointMenuSelector = (touchpointId: string) => `[data-touchpoint-menu="${CSS.escape(touchpointId)}"]`;
export const stageMenuSelector = (stageId: string) => `[data-stage-menu="${CSS.escape(stageId)}"]`;
