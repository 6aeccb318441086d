// Drafts, their revisions and their search index. Every write keeps the drafts row and the index rows
// in step inside one transaction; an autosave is one UPDATE of the draft, one index write per changed
// block, plus a revision when one is due.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { storyWordCount, type Story } from '../core/story/story';
import { NotFoundError } from './errors';
import { ftsTerms } from './search';
import { slugify } from './slug';
import { indexedTexts, textIndex } from './textIndex';
import type { Draft, DraftStatus, DraftSummary, Revision, RevisionSummary, SaveResult, SearchHit } from './types';

/** An autosave writes a revision when the last one is older than this. */
const AUTOSAVE_REVISION_MS = 5 * 60 * 1000;
const DEFAULT_LIST_LIMIT = 10_000;
const DEFAULT_SEARCH_LIMIT = 50;

interface DraftRow {
  num: number;
  id: string;
  slug: string;
  headline: string;
  status: DraftStatus;
  word_count: number;
  agency: string | null;
  source_id: number | null;
  created_at: string;
  updated_at: string;
  trashed_at: string | null;
}

interface RevisionRow {
  id: number;
  draft_id: string;
  created_at: string;
  word_count: number;
  word_delta: number;
  reason: RevisionSummary['reason'];
}

const SUMMARY = 'd.num, d.id, d.slug, d.headline, d.status, d.word_count, d.agency, d.source_id, d.created_at, d.updated_at, d.trashed_at';
// Filters shared by listing and search: in or out of the trash, and optionally one status.
const FILTER = '(d.trashed_at IS NOT NULL) = @trash AND (@status IS NULL OR d.status = @status)';

export type DraftOps = ReturnType<typeof draftOps>;

export function draftOps(db: Database) {
  const sql = {
    byIdOrSlug: db.prepare<{ key: string }, DraftRow & { story: string }>(
      `SELECT ${SUMMARY}, d.story FROM drafts d WHERE d.id = @key OR d.slug = @key ORDER BY d.id = @key DESC LIMIT 1`,
    ),
    byId: db.prepare<[string], DraftRow>(`SELECT ${SUMMARY} FROM drafts d WHERE d.id = ?`),
    slugOwner: db.prepare<[string], { num: number }>('SELECT num FROM drafts WHERE slug = ?'),
    insert: db.prepare(
      `INSERT INTO drafts (id, slug, headline, status, word_count, agency, story, source_id, created_at, updated_at)
       VALUES (@id, @slug, @headline, @status, @wordCount, @agency, @story, @sourceId, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE drafts SET slug = @slug, headline = @headline, status = @status, word_count = @wordCount,
       agency = @agency, story = @story, updated_at = @now WHERE num = @num`,
    ),
    setStatus: db.prepare('UPDATE drafts SET status = ?, updated_at = ? WHERE id = ?'),
    setTrashed: db.prepare('UPDATE drafts SET trashed_at = ? WHERE id = ?'),
    // A search hit's summary, when it passes the list's filters.
    hit: db.prepare<Record<string, unknown>, DraftRow>(`SELECT ${SUMMARY} FROM drafts d WHERE d.num = @num AND ${FILTER}`),
    list: db.prepare<Record<string, unknown>, DraftRow>(
      `SELECT ${SUMMARY} FROM drafts d WHERE ${FILTER} ORDER BY d.updated_at DESC LIMIT @limit`,
    ),
    lastRevision: db.prepare<[string], { created_at: string; word_count: number }>(
      'SELECT created_at, word_count FROM revisions WHERE draft_id = ? ORDER BY id DESC LIMIT 1',
    ),
    insertRevision: db.prepare(
      `INSERT INTO revisions (draft_id, created_at, word_count, word_delta, reason, story)
       VALUES (@draftId, @now, @wordCount, @wordDelta, @reason, @story)`,
    ),
    revisions: db.prepare<[string], RevisionRow>(
      'SELECT id, draft_id, created_at, word_count, word_delta, reason FROM revisions WHERE draft_id = ? ORDER BY id DESC',
    ),
    revision: db.prepare<[number], RevisionRow & { story: string }>(
      'SELECT id, draft_id, created_at, word_count, word_delta, reason, story FROM revisions WHERE id = ?',
    ),
  };

  const index = textIndex(db);

  /** The headline's slug, or the same with -2, -3 … when another draft has it. */
  function uniqueSlug(headline: string, ownNum?: number): string {
    const base = slugify(headline);
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      const owner = sql.slugOwner.get(slug);
      if (!owner || owner.num === ownNum) return slug;
    }
  }

  /** Writes a revision when one is asked for, or as an autosave when the last is old; returns its id. */
  function maybeWriteRevision(
    draftId: string,
    story: Story,
    wordCount: number,
    requested: RevisionSummary['reason'] | undefined,
    now: string,
  ): number | null {
    const previous = sql.lastRevision.get(draftId);
    const due = !previous || Date.parse(now) - Date.parse(previous.created_at) >= AUTOSAVE_REVISION_MS;
    const reason = requested ?? (due ? 'autosave' : null);
    if (!reason) return null;
    const wordDelta = wordCount - (previous?.word_count ?? 0);
    const row = { draftId, now, wordCount, wordDelta, reason, story: JSON.stringify(story) };
    return Number(sql.insertRevision.run(row).lastInsertRowid);
  }

  function requireRow(id: string): DraftRow {
    const row = sql.byId.get(id);
    if (!row) throw new NotFoundError(`There is no draft ${id}.`);
    return row;
  }

  function get(idOrSlug: string): Draft | null {
    const row = sql.byIdOrSlug.get({ key: idOrSlug });
    return row ? { ...toSummary(row), story: JSON.parse(row.story) as Story } : null;
  }

  /**
   * A new draft, its index rows and (when asked) its first revision. The caller holds the transaction:
   * a bulk write inserts many drafts in one, without a savepoint each (FTS5 flushes its index at every savepoint).
   */
  function insert(input: { story: Story; status?: DraftStatus; sourceId?: number | null; revision?: RevisionSummary['reason'] }): Draft {
    const { story } = input;
    const now = timestamp();
    const draft: Draft = {
      id: randomUUID(),
      slug: uniqueSlug(story.headline),
      headline: story.headline,
      status: input.status ?? 'draft',
      wordCount: storyWordCount(story),
      createdAt: now,
      updatedAt: now,
      trashedAt: null,
      sourceId: input.sourceId ?? null,
      agency: story.meta.agency ?? null,
      story,
    };
    const num = Number(sql.insert.run({ ...draft, story: JSON.stringify(story), now }).lastInsertRowid);
    index.insert(num, indexedTexts(story));
    if (input.revision) maybeWriteRevision(draft.id, story, draft.wordCount, input.revision, now);
    return draft;
  }

  const create = db.transaction(insert);

  const save = db.transaction(
    (id: string, story: Story, options: { status?: DraftStatus; revision?: RevisionSummary['reason'] } = {}): SaveResult => {
      const row = requireRow(id);
      const now = timestamp();
      // The index knows the previous text, so the word count changes by the changed blocks' words only.
      const wordCount = row.word_count + index.write(row.num, indexedTexts(story));
      sql.update.run({
        num: row.num,
        slug: story.headline === row.headline ? row.slug : uniqueSlug(story.headline, row.num),
        headline: story.headline,
        status: options.status ?? row.status,
        wordCount,
        agency: story.meta.agency ?? null,
        story: JSON.stringify(story),
        now,
      });
      const revisionId = maybeWriteRevision(id, story, wordCount, options.revision, now);
      return { updatedAt: now, wordCount, revisionId };
    },
  );

  return {
    get,
    create,
    insert,
    save,
    startBulkWrite: () => index.startBulk(),

    setStatus(id: string, status: DraftStatus): DraftSummary {
      requireRow(id);
      sql.setStatus.run(status, timestamp(), id);
      return toSummary(requireRow(id));
    },

    list(filter: { trash?: boolean; status?: DraftStatus; limit?: number } = {}): DraftSummary[] {
      return sql.list.all(filterParams(filter, DEFAULT_LIST_LIMIT)).map(toSummary);
    },

    search(input: string, options: { trash?: boolean; status?: DraftStatus; limit?: number } = {}): SearchHit[] {
      const terms = index.expandPrefixes(ftsTerms(input));
      const filter = filterParams(options, DEFAULT_SEARCH_LIMIT);
      const hits: SearchHit[] = [];
      if (!terms?.length) return hits;
      // Newest drafts first, as a desk reads copy; stops at the limit.
      for (const num of index.matchingDrafts(terms)) {
        const row = sql.hit.get({ ...filter, num });
        if (row) hits.push({ ...toSummary(row), snippet: index.snippet(num, terms) });
        if (hits.length === filter.limit) break;
      }
      return hits;
    },

    setTrashed(id: string, trashed: boolean): void {
      requireRow(id);
      sql.setTrashed.run(trashed ? timestamp() : null, id);
    },

    duplicate(id: string): Draft {
      const original = get(id);
      if (!original || original.id !== id) throw new NotFoundError(`There is no draft ${id}.`);
      return create({ story: original.story, status: 'draft', sourceId: original.sourceId });
    },

    listRevisions(draftId: string): RevisionSummary[] {
      requireRow(draftId);
      return sql.revisions.all(draftId).map(toRevisionSummary);
    },

    getRevision(id: number): Revision | null {
      const row = sql.revision.get(id);
      return row ? { ...toRevisionSummary(row), story: JSON.parse(row.story) as Story } : null;
    },

    restoreRevision(id: number): Draft {
      const revision = sql.revision.get(id);
      if (!revision) throw new NotFoundError(`There is no revision ${id}.`);
      save(revision.draft_id, JSON.parse(revision.story) as Story, { revision: 'restore' });
      return get(revision.draft_id)!;
    },
  };
}

function filterParams(filter: { trash?: boolean; status?: DraftStatus; limit?: number }, defaultLimit: number) {
  return { trash: filter.trash ? 1 : 0, status: filter.status ?? null, limit: filter.limit ?? defaultLimit };
}

function toSummary(row: DraftRow): DraftSummary {
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    status: row.status,
    wordCount: row.word_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
    sourceId: row.source_id,
    agency: row.agency,
  };
}

function toRevisionSummary(row: RevisionRow): RevisionSummary {
  return {
    id: row.id,
    draftId: row.draft_id,
    createdAt: row.created_at,
    wordCount: row.word_count,
    wordDelta: row.word_delta,
    reason: row.reason,
  };
}

function timestamp(): string {
  return new Date().toISOString();
}
