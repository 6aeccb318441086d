// The wire original beside the draft.
import { useEffect, useState } from 'react';
import type { SourceView } from '../../electron/api/contract';
import type { StoryMeta } from '../../core/story/story';
import { api, humanMessage } from './bridge';

export function SourcePanel({ sourceId, meta }: { sourceId: number | null; meta: StoryMeta }) {
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
      <WireDetails meta={meta} />
      <pre className="source-text">{source.text}</pre>
    </section>
  );
}

/** What the agency said about the item, beside its text: status, embargo, notes, and what the import took out of the body. */
function WireDetails({ meta }: { meta: StoryMeta }) {
  const rows: [string, string | undefined][] = [
    ['Agency', meta.agency],
    ['Status', meta.pubStatus],
    ['Embargo', meta.embargo && new Date(meta.embargo).toUTCString()],
    ['Sent', meta.date && new Date(meta.date).toUTCString()],
    ['Slug', meta.slugline],
    ['Take', meta.takeKey],
    ['Note to editors', meta.ednote],
    ['Keywords', meta.keywords?.join(', ')],
    ['Credits', meta.credits?.join('\n')],
    ['Taken out', meta.boilerplate?.join('\n')],
  ];
  const shown = rows.filter((row): row is [string, string] => !!row[1]);
  if (!shown.length) return null;
  return (
    <dl className="wire-details">
      {shown.map(([label, value]) => (
        <div key={label} className={label === 'Status' && !/^usable$/i.test(value) ? 'wire-alert' : undefined}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
