// A dialog over the window: a title, a close button, Escape to close.
import type { ReactNode } from 'react';

interface Props {
  title: string;
  className: string;
  onClose: () => void;
  /** False while something inside (a form) uses Escape for itself. */
  closeOnEscape?: boolean;
  children: ReactNode;
}

export function Modal({ title, className, onClose, closeOnEscape = true, children }: Props) {
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && closeOnEscape && onClose()}>
      <div className={`modal ${className}`} role="dialog" aria-modal="true" aria-label={title}>
        <div className="row spread">
          <h2>{title}</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
