// Import progress and the summary afterwards: imported N, refused M and why, "already imported" to open.
import type { ImportSummary } from '../../electron/api/contract';

export type ImportProgress = { done: number; total: number };

export function ImportStatus({ progress, summary, onOpen, onClose }: { progress: ImportProgress | null; summary: ImportSummary | null; onOpen: (draftId: string) => void; onClose: () => void }) {
  if (progress && !summary) {
    return (
      <div className="import-status" role="status" aria-live="polite">
        <span>
          Importing {progress.done} of {progress.total}…
        </span>
        <progress max={progress.total} value={progress.done} aria-label="Import progress" />
      </div>
    );
  }
  if (!summary) return null;
  return (
    <div className="import-summary" role="dialog" aria-label="Import summary">
      <div className="row spread">
        <strong>
          Imported {summary.imported.length}
          {summary.refused.length > 0 && `, refused ${summary.refused.length}`}
          {summary.duplicates.length > 0 && `, ${summary.duplicates.length} already imported`}
        </strong>
        <button type="button" className="icon-button" aria-label="Close the import summary" onClick={onClose}>
          ×
        </button>
      </div>
      <ul>
        {summary.refused.map((r) => (
          <li key={`r:${r.name}`} className="refused">
            <span className="file-name">{r.name}</span> — {r.reason}
          </li>
        ))}
        {summary.duplicates.map((d) => (
          <li key={`d:${d.name}`}>
            <span className="file-name">{d.name}</span> was imported before.{' '}
            <button type="button" className="link-button" onClick={() => onOpen(d.draftId)}>
              Open it
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
