// Mod-E: tag the selected words as an entity, an existing one from the dictionaries or a new one.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { EditorView } from 'prosemirror-view';
import { ENTITY_KINDS, type DictionaryEntity } from '../../core/entities/types';
import type { EntityKind } from '../../core/story/story';

interface Props {
  view: EditorView;
  entities: DictionaryEntity[];
  onTag: (entity: DictionaryEntity) => void;
  onClose: () => void;
}

export function TagBar({ view, entities, onTag, onClose }: Props) {
  const { from, to } = view.state.selection;
  const [name, setName] = useState(() => view.state.doc.textBetween(from, to, ' '));
  const [kind, setKind] = useState<EntityKind>('person');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const known = entities.find((e) => e.canonical.toLowerCase() === name.trim().toLowerCase() || e.aliases.some((a) => a.toLowerCase() === name.trim().toLowerCase()));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    onTag(known ?? { canonical: name.trim(), type: kind, aliases: [], description: '' });
    onClose();
  };
  return (
    <form className="link-bar" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (onClose(), view.focus())}>
      <label htmlFor="tag-name">Tag as</label>
      <input id="tag-name" ref={input} list="entity-names" value={name} onChange={(e) => setName(e.target.value)} />
      <datalist id="entity-names">
        {entities.slice(0, 500).map((e) => (
          <option key={e.id ?? e.canonical} value={e.canonical} />
        ))}
      </datalist>
      {known ? (
        <span className="muted">{known.type}</span>
      ) : (
        <select aria-label="Type of the new entity" value={kind} onChange={(e) => setKind(e.target.value as EntityKind)}>
          {ENTITY_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      )}
      <button type="submit" className="small primary">
        {known ? 'Tag' : 'Add and tag'}
      </button>
      <button type="button" className="small" onClick={() => (onClose(), view.focus())}>
        Cancel
      </button>
    </form>
  );
}
