// The wire original beside the draft.
import { useEffect, useState } from 'react';
import type { SourceView } from '../../electron/api/contract';
import { api, humanMessage } from './bridge';

export function SourcePanel({ sourceId }: { sourceId: number | null }) {
  const [source, setSource] = useState<SourceView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (sourceId === null) return;
    let live = true;
    api('getSource', { id: sourceId }).then(
      (s) => live && setSource(s),
      (error) => live && setProblem(humanMessage(error)),
    );
    return () => {
      live = false;
    };
  }, [sourceId]);
  if (sourceId === null) return <p className="panel-body muted">This story was written here: it has no wire original.</p>;
  if (problem) return <p className="panel-body error-text">{problem}</p>;
  if (!source) return <p className="panel-body muted">Loading the original…</p>;
  return (
    <section className="panel-body" aria-label="Original">
      <p className="muted">
        {source.fileName} · {source.format} · imported {new Date(source.importedAt).toLocaleString()}
      </p>
      <pre className="source-text">{source.text}</pre>
    </section>
  );
}
