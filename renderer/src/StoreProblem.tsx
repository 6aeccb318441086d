// Shown when the store file could not be opened: say why, and offer another file or a new store.
import { useState, type FormEvent } from 'react';
import type { StoreStatus } from '../../electron/api/contract';
import { api, humanMessage } from './bridge';

export function StoreProblem({ status, onOpened }: { status: StoreStatus; onOpened: (status: StoreStatus) => void }) {
  const [path, setPath] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const attempt = async (run: () => Promise<StoreStatus>) => {
    setProblem(null);
    try {
      const next = await run();
      if (next.ok) onOpened(next);
      else setProblem(next.error ?? 'That store could not be opened.');
    } catch (error) {
      setProblem(humanMessage(error));
    }
  };
  const openOther = (event: FormEvent) => {
    event.preventDefault();
    if (path.trim()) void attempt(() => api('openStore', { file: path.trim() }));
  };

  return (
    <main className="store-problem" aria-labelledby="store-problem-title">
      <h1 id="store-problem-title">The story store could not be opened</h1>
      <p className="store-problem-file">{status.file}</p>
      <p>{status.error ?? 'The file is not a Copydesk store.'}</p>
      <form onSubmit={openOther} className="store-problem-form">
        <label htmlFor="store-path">Open another store file</label>
        <div className="row">
          <input id="store-path" value={path} onChange={(e) => setPath(e.target.value)} placeholder="/path/to/copydesk.db" />
          <button type="submit">Open</button>
        </div>
      </form>
      <p>
        <button type="button" onClick={() => void attempt(() => api('newStore', {}))}>
          Start a new store
        </button>
      </p>
      {problem && <p className="error-text" role="alert">{problem}</p>}
    </main>
  );
}
