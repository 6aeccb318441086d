// Quotes grouped by speaker: unattributed and altered ones flagged, partial ones marked; the editor can
// set or change a speaker (stored as the speaker mark, so it survives reload, export and re-analysis).
import { useState, type FormEvent } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { Mention, Quote } from '../../../core/story/annotations';
import { jumpTo, setSpeaker } from '../editor/commands';
import { Unavailable } from './Unavailable';

const speakerName = (quote: Quote) => quote.speaker?.canonical ?? quote.speaker?.text ?? null;

function SpeakerForm({ quote, onSet, names }: { quote: Quote; onSet: (name: string) => void; names: string[] }) {
  const [name, setName] = useState(quote.speaker?.text ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSet(name);
  };
  return (
    <form className="speaker-form row" onSubmit={submit}>
      <input aria-label="Speaker" list="speaker-names" value={name} onChange={(e) => setName(e.target.value)} placeholder="Who said it?" />
      <datalist id="speaker-names">
        {names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <button type="submit" className="small">
        Set
      </button>
    </form>
  );
}

export function QuotesPanel({ view, quotes, mentions, problem }: { view: EditorView | null; quotes: Quote[]; mentions: Mention[]; problem?: string }) {
  const [editing, setEditing] = useState<number | null>(null);
  if (problem) return <Unavailable what="Quote finding" reason={problem} />;
  const groups = new Map<string, { quote: Quote; index: number }[]>();
  quotes.forEach((quote, index) => {
    const key = speakerName(quote) ?? '';
    groups.set(key, [...(groups.get(key) ?? []), { quote, index }]);
  });
  const ordered = [...groups].sort(([a, qa], [b, qb]) => Number(a !== '') - Number(b !== '') || qb.length - qa.length);
  const people = [...new Set(mentions.filter((m) => m.entity?.type === 'person').map((m) => m.entity!.canonical))];
  const canonicalOf = (name: string) => people.find((p) => p.toLowerCase() === name.trim().toLowerCase()) ?? null;

  return (
    <section className="panel-body" aria-label="Quotes">
      {quotes.length === 0 && <p className="muted">No quotes found.</p>}
      {ordered.map(([speaker, items]) => (
        <div key={speaker} className={`quote-group ${speaker ? '' : 'unattributed'}`}>
          <h3 className="quote-speaker-name">
            {speaker || '⚠ Unattributed'} <span className="count">{items.length}</span>
          </h3>
          <ul className="quote-list">
            {items.map(({ quote, index }) => (
              <li key={index} className="quote-item" data-quote-index={index}>
                <button type="button" className="quote-text" onClick={() => view && jumpTo(view, { quote: index })}>
                  “{quote.text}”
                </button>
                <div className="quote-flags">
                  {quote.partial && <span className="tag">partial</span>}
                  {quote.integrity === 'altered' && <span className="tag warn">altered</span>}
                  {quote.integrity === 'not-in-source' && <span className="tag warn">not in source</span>}
                  {quote.speaker?.via === 'editor' && <span className="tag">set by editor</span>}
                  <button type="button" className="link-button" onClick={() => setEditing(editing === index ? null : index)}>
                    {quote.speaker ? 'Change speaker' : 'Set speaker'}
                  </button>
                </div>
                {quote.diff && quote.integrity === 'altered' && (
                  <p className="quote-diff" aria-label="Difference from the wire original">
                    {quote.diff.map((part, i) => (
                      <span key={i} className={`diff-${part.op}`}>
                        {part.text}{' '}
                      </span>
                    ))}
                  </p>
                )}
                {editing === index && (
                  <SpeakerForm
                    quote={quote}
                    names={people}
                    onSet={(name) => {
                      if (view) setSpeaker(view, index, name, canonicalOf(name));
                      setEditing(null);
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
