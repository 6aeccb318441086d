// The publish checklist: each item jumps to its place and offers its fix.
import type { EditorView } from 'prosemirror-view';
import type { Check } from '../../../core/story/annotations';
import { jumpTo, replaceAnnotations } from '../editor/commands';
import { Unavailable } from './Unavailable';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function ChecksPanel({ view, checks, problem }: { view: EditorView | null; checks: Check[]; problem?: string }) {
  if (problem) return <Unavailable what="The publish checklist" reason={problem} />;
  const items = checks.map((check, index) => ({ check, index })).sort((a, b) => ORDER[a.check.severity] - ORDER[b.check.severity]);
  return (
    <section className="panel-body" aria-label="Checks">
      {items.length === 0 ? <p className="muted all-clear">✓ Nothing to check. Ready to export.</p> : <p className="muted">{items.length} to look at before publishing</p>}
      <ul className="check-list">
        {items.map(({ check, index }) => (
          <li key={index} className={`check-item severity-${check.severity}`}>
            <button type="button" className="check-message" onClick={() => view && jumpTo(view, { check: index })}>
              <span className="severity">{check.severity}</span> {check.message}
            </button>
            {check.fix && (
              <button type="button" className="small" onClick={() => view && replaceAnnotations(view, [{ ref: { check: index }, text: check.fix!.replacement }])}>
                {check.fix.label}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
