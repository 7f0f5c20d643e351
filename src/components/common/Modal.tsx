/**
 * A modal <dialog>: focus is trapped by the browser, Escape closes it, and focus returns to what
 * opened it. The content is mounted only while open, so each opening starts fresh. It is rendered
 * into <body>, so a dialog opened from the header is not part of the toolbar (role, styles).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface ModalProps {
  open: boolean;
  onClose: () => void;
  labelledBy: string;
  describedBy?: string;
  className?: string;
  children: ReactNode;
}

export function Modal({ open, onClose, labelledBy, describedBy, className = '', children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (open && !node.open) {
      opener.current = document.activeElement;
      node.showModal();
    }
    if (!open && node.open) node.close();
    if (!open && opener.current instanceof HTMLElement) {
      opener.current.focus();
      opener.current = null;
    }
  }, [open]);

  return createPortal(
    <dialog ref={dialog} className={`dialog ${className}`} aria-labelledby={labelledBy} aria-describedby={describedBy} onClose={onClose}>
      {open && children}
    </dialog>,
    document.body,
  );
}
