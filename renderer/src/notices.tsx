// Calm, human messages at the bottom of the window: errors from the API and confirmations.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { humanMessage } from './bridge';

interface Notice {
  id: number;
  tone: 'error' | 'info';
  text: string;
  action?: { label: string; run: () => void };
}

interface Notify {
  info: (text: string, action?: Notice['action']) => void;
  error: (error: unknown) => void;
}

const NoticeContext = createContext<Notify>({ info: () => {}, error: () => {} });
export const useNotify = () => useContext(NoticeContext);

let nextId = 1;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);
  const push = useCallback(
    (notice: Omit<Notice, 'id'>) => {
      const id = nextId++;
      setNotices((all) => [...all.slice(-3), { ...notice, id }]);
      setTimeout(() => dismiss(id), notice.tone === 'error' ? 9000 : 5000);
    },
    [dismiss],
  );
  const [notify] = useState<Notify>(() => ({
    info: (text, action) => push({ tone: 'info', text, action }),
    error: (error) => push({ tone: 'error', text: humanMessage(error) }),
  }));
  return (
    <NoticeContext.Provider value={notify}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.tone}`}>
            <span>{n.text}</span>
            {n.action && (
              <button type="button" className="link-button" onClick={() => (n.action!.run(), dismiss(n.id))}>
                {n.action.label}
              </button>
            )}
            <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticeContext.Provider>
  );
}
