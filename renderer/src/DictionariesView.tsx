// The dictionaries manager: enable or disable dictionaries, import and export them (JSON/CSV), and a
// searchable, paged table of entities to add, edit, merge and delete. Pages come from the store, so a
// dictionary of 100,000 entities is as quick as one of ten.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ENTITY_KINDS, type DictionaryEntity } from '../../core/entities/types';
import type { EntityKind } from '../../core/story/story';
import type { DictionarySummary } from '../../db/types';
import { api, bridge } from './bridge';
import { useNotify } from './notices';
import { downloadText } from './download';
import { Modal } from './Modal';

const PAGE = 50;

const emptyEntity = (): DictionaryEntity => ({ canonical: '', type: 'person', aliases: [], description: '' });

function EntityForm({ entity, onSave, onCancel }: { entity: DictionaryEntity; onSave: (e: DictionaryEntity) => void; onCancel: () => void }) {
  const [canonical, setCanonical] = useState(entity.canonical);
  const [type, setType] = useState<EntityKind>(entity.type);
  const [aliases, setAliases] = useState(entity.aliases.join('; '));
  const [description, setDescription] = useState(entity.description);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!canonical.trim()) return;
    const list = aliases.split(';').map((a) => a.trim()).filter(Boolean);
    onSave({ ...entity, canonical: canonical.trim(), type, aliases: list, description: description.trim() });
  };
  return (
    <form className="entity-form" onSubmit={submit} aria-label={entity.id ? 'Edit entity' : 'New entity'}>
      <input aria-label="Canonical name" placeholder="Canonical name" value={canonical} onChange={(e) => setCanonical(e.target.value)} autoFocus />
      <select aria-label="Type" value={type} onChange={(e) => setType(e.target.value as EntityKind)}>
        {ENTITY_KINDS.map((k) => (
          <option key={k}>{k}</option>
        ))}
      </select>
      <input aria-label="Aliases" placeholder="Aliases, separated by ;" value={aliases} onChange={(e) => setAliases(e.target.value)} />
      <input aria-label="Description" placeholder="Description" value={description} onChange={(e) => setDescription(e.target.value)} />
      <button type="submit" className="small primary">
        Save
      </button>
      <button type="button" className="small" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

export function DictionariesView({ onChanged, onClose }: { onChanged: () => void; onClose: () => void }) {
  const notify = useNotify();
  const [dictionaries, setDictionaries] = useState<DictionarySummary[]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ total: number; rows: DictionaryEntity[] }>({ total: 0, rows: [] });
  const [editing, setEditing] = useState<DictionaryEntity | null>(null);
  const [picked, setPicked] = useState<string[]>([]);

  const loadDictionaries = useCallback(async () => {
    try {
      const all = await api('listDictionaries', {});
      setDictionaries(all);
      setSelected((current) => (current !== null && all.some((d) => d.id === current) ? current : (all[0]?.id ?? null)));
    } catch (error) {
      notify.error(error);
    }
  }, [notify]);
  useEffect(() => void loadDictionaries(), [loadDictionaries]);

  const loadPage = useCallback(async () => {
    if (selected === null) return setPage({ total: 0, rows: [] });
    try {
      setPage(await api('searchEntities', { dictionaryId: selected, query: query.trim(), offset, limit: PAGE }));
    } catch (error) {
      notify.error(error);
    }
  }, [selected, query, offset, notify]);
  useEffect(() => {
    const timer = setTimeout(() => void loadPage(), query ? 150 : 0);
    return () => clearTimeout(timer);
  }, [loadPage, query]);

  const changed = async () => {
    await Promise.all([loadDictionaries(), loadPage()]);
    onChanged();
  };
  const run = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      if (done) notify.info(done);
      await changed();
    } catch (error) {
      notify.error(error);
    }
  };

  const importFile = async (file: File) => {
    const format = /\.csv$/i.test(file.name) ? 'csv' : 'json';
    const text = await file.text();
    await run(() => api('importDictionary', { text, format, name: format === 'csv' ? file.name.replace(/\.csv$/i, '') : undefined }), `Imported ${file.name}.`);
  };
  const exportAs = async (dictionary: DictionarySummary, format: 'json' | 'csv') => {
    try {
      const { fileName, text } = await api('exportDictionary', { id: dictionary.id, format });
      if (bridge.mode === 'desktop') await api('saveExport', { suggestedName: fileName, text });
      else downloadText(fileName, text, format === 'csv' ? 'text/csv' : 'application/json');
    } catch (error) {
      notify.error(error);
    }
  };
  const merge = () => {
    const [keepId, ...otherIds] = picked;
    void run(() => api('mergeEntities', { keepId, otherIds }), `Merged ${otherIds.length + 1} entities.`).then(() => setPicked([]));
  };
  const current = dictionaries.find((d) => d.id === selected);

  return (
    <Modal title="Dictionaries" className="dictionaries" onClose={onClose} closeOnEscape={!editing}>
      <div className="dictionaries-body">
        <div className="dictionary-list">
          <ul>
            {dictionaries.map((d) => (
              <li key={d.id} aria-current={d.id === selected ? 'true' : undefined}>
                <input type="checkbox" aria-label={`Use ${d.name}`} checked={d.enabled} onChange={(e) => void run(() => api('setDictionaryEnabled', { id: d.id, enabled: e.target.checked }))} />
                <button type="button" className="dictionary-name" onClick={() => (setSelected(d.id), setOffset(0), setPicked([]))}>
                  {d.name} <span className="count">{d.entityCount.toLocaleString()}</span>
                </button>
              </li>
            ))}
          </ul>
          <div className="row wrap">
            <label className="button-like small">
              Import…
              <input type="file" accept=".json,.csv" hidden onChange={(e) => (e.target.files?.[0] && void importFile(e.target.files[0]), (e.target.value = ''))} />
            </label>
            <button type="button" className="small" onClick={() => void run(() => api('createDictionary', { name: `Dictionary ${dictionaries.length + 1}` }))}>
              New
            </button>
          </div>
          {current && (
            <div className="row wrap">
              <button type="button" className="small" onClick={() => void exportAs(current, 'json')}>
                Export JSON
              </button>
              <button type="button" className="small" onClick={() => void exportAs(current, 'csv')}>
                Export CSV
              </button>
              <button type="button" className="small danger" onClick={() => void run(() => api('deleteDictionary', { id: current.id }), `Deleted ${current.name}.`)}>
                Delete
              </button>
            </div>
          )}
        </div>
        <div className="entity-table-pane">
          <div className="row">
            <input type="search" aria-label="Search entities" placeholder="Search names, aliases, descriptions" value={query} onChange={(e) => (setQuery(e.target.value), setOffset(0))} />
            <button type="button" className="small" disabled={selected === null} onClick={() => setEditing(emptyEntity())}>
              Add entity
            </button>
            <button type="button" className="small" disabled={picked.length < 2} onClick={merge} title="The first one ticked is kept; the others become its aliases">
              Merge {picked.length > 1 ? picked.length : ''}
            </button>
          </div>
          {editing && selected !== null && (
            <EntityForm
              entity={editing}
              onCancel={() => setEditing(null)}
              onSave={(entity) => void run(() => api('upsertEntity', { dictionaryId: selected, entity })).then(() => setEditing(null))}
            />
          )}
          <div className="entity-table-scroll">
          <table className="entity-table">
            <thead>
              <tr>
                <th aria-label="Pick" />
                <th>Name</th>
                <th>Type</th>
                <th>Aliases</th>
                <th>Description</th>
                <th aria-label="Actions" />
              </tr>
            </thead>
            <tbody>
              {page.rows.map((entity) => (
                <tr key={entity.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Pick ${entity.canonical}`}
                      checked={picked.includes(entity.id!)}
                      onChange={(e) => setPicked((all) => (e.target.checked ? [...all, entity.id!] : all.filter((id) => id !== entity.id)))}
                    />
                  </td>
                  <td>{entity.canonical}</td>
                  <td>
                    <span className={`kind-label kind-${entity.type}`}>{entity.type}</span>
                  </td>
                  <td className="muted">{entity.aliases.join(', ')}</td>
                  <td className="muted">{entity.description}</td>
                  <td className="row">
                    <button type="button" className="small" onClick={() => setEditing(entity)}>
                      Edit
                    </button>
                    <button type="button" className="small danger" aria-label={`Delete ${entity.canonical}`} onClick={() => void run(() => api('deleteEntity', { id: entity.id! }))}>
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
          <div className="row spread pager">
            <span className="muted">
              {page.total === 0 ? 'No entities' : `${offset + 1}–${Math.min(offset + PAGE, page.total)} of ${page.total.toLocaleString()}`}
            </span>
            <div className="row">
              <button type="button" className="small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                Previous
              </button>
              <button type="button" className="small" disabled={offset + PAGE >= page.total} onClick={() => setOffset(offset + PAGE)}>
                Next
              </button>
            </div>
          </div>
        </div>
      </div>
    </Modal>
  );
}
