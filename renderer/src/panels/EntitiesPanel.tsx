// Entities in the story: counts, variants grouped under their entity, jump to the first mention, normalize all.
import type { EditorView } from 'prosemirror-view';
import type { EntityRef, Mention } from '../../../core/story/annotations';
import { jumpTo, mentionsToNormalize, replaceAnnotations } from '../editor/commands';
import { Unavailable } from './Unavailable';

interface EntityGroup {
  entity: EntityRef | null;
  label: string;
  count: number;
  first: number;
  /** Spellings other than the canonical one, with counts; variants flagged. */
  spellings: Map<string, { count: number; match: Mention['match']; first: number }>;
}

export function groupMentions(mentions: readonly Mention[]): EntityGroup[] {
  const groups = new Map<string, EntityGroup>();
  mentions.forEach((mention, index) => {
    const key = mention.entity ? `e:${mention.entity.id}` : `c:${mention.text}`;
    let group = groups.get(key);
    if (!group) {
      group = { entity: mention.entity, label: mention.entity?.canonical ?? mention.text, count: 0, first: index, spellings: new Map() };
      groups.set(key, group);
    }
    group.count++;
    if (mention.entity && mention.text !== mention.entity.canonical) {
      const spelling = group.spellings.get(mention.text) ?? { count: 0, match: mention.match, first: index };
      spelling.count++;
      group.spellings.set(mention.text, spelling);
    }
  });
  return [...groups.values()].sort((a, b) => Number(!a.entity) - Number(!b.entity) || b.count - a.count || a.label.localeCompare(b.label));
}

export function EntitiesPanel({ view, mentions, problem }: { view: EditorView | null; mentions: Mention[]; problem?: string }) {
  if (problem) return <Unavailable what="Entity matching" reason={problem} />;
  const groups = groupMentions(mentions);
  const toNormalize = mentionsToNormalize(mentions);
  return (
    <section className="panel-body" aria-label="Entities">
      <div className="row spread">
        <span className="muted">{groups.filter((g) => g.entity).length} entities · {mentions.length} mentions</span>
        <button type="button" className="small" disabled={!view || toNormalize.length === 0} onClick={() => view && replaceAnnotations(view, toNormalize)}>
          Normalize all{toNormalize.length ? ` (${toNormalize.length})` : ''}
        </button>
      </div>
      {groups.length === 0 && <p className="muted">No names found yet.</p>}
      <ul className="entity-list">
        {groups.map((group) => (
          <li key={group.entity?.id ?? `candidate:${group.label}`} className={`entity-item kind-${group.entity?.type ?? 'candidate'}`}>
            <button type="button" className="entity-name" onClick={() => view && jumpTo(view, { mention: group.first })} title="Jump to the first mention">
              <span className="kind-dot" aria-hidden="true" />
              <span>{group.label}</span>
              {!group.entity && <span className="tag">not in dictionary</span>}
              <span className="count">{group.count}</span>
            </button>
            {group.spellings.size > 0 && (
              <ul className="spellings">
                {[...group.spellings].map(([text, s]) => (
                  <li key={text} className={`spelling match-${s.match}`}>
                    <button type="button" onClick={() => view && jumpTo(view, { mention: s.first })}>
                      {text}
                    </button>
                    <span className="tag">{s.match}</span>
                    <span className="count">{s.count}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
