import { Modal, type ModalProps } from '@mantine/core';
import { useEffect } from 'react';

let openModals = 0;

/**
 * Mantine modals render in a portal next to #root. While one is open, the page behind it is hidden
 * from assistive technology (and from role-based queries), so only the dialog's controls are found.
 */
function useHideBackground(opened: boolean) {
  useEffect(() => {
    const root = document.getElementById('root');
    if (!opened || !root) return;
    openModals += 1;
    root.setAttribute('aria-hidden', 'true');
    return () => {
      openModals -= 1;
      if (openModals === 0) root.removeAttribute('aria-hidden');
    };
  }, [opened]);
}

export function AppModal(props: ModalProps) {
  useHideBackground(props.opened);
  // Mantine's close button is an icon: give it a name screen readers and tests can use.
  return <Modal {...props} closeButtonProps={{ 'aria-label': 'Close', ...props.closeButtonProps }} />;
}
