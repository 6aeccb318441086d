// The original wire files drafts were made from: their exact bytes, kept once per content hash.
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { DraftOps } from './drafts';
import type { Draft, ImportInput, Source } from './types';

interface SourceRow {
  id: number;
  file_name: string;
  format: string;
  sha256: string;
  bytes: Buffer;
  text: string;
  imported_at: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function sourceOps(db: Database, drafts: DraftOps) {
  const sql = {
    // One file may hold several stories, each its own draft: the bytes are kept once.
    insert: db.prepare(
      `INSERT INTO sources (file_name, format, sha256, bytes, text, imported_at)
       VALUES (@fileName, @format, @sha256, @bytes, @text, @now) ON CONFLICT (sha256) DO NOTHING`,
    ),
    idByHash: db.prepare<[string], { id: number }>('SELECT id FROM sources WHERE sha256 = ?'),
    firstDraft: db.prepare<[string], { sourceId: number; draftId: string }>(
      `SELECT s.id AS sourceId, d.id AS draftId FROM sources s JOIN drafts d ON d.source_id = s.id
       WHERE s.sha256 = ? ORDER BY d.num LIMIT 1`,
    ),
    byId: db.prepare<[number], SourceRow>('SELECT * FROM sources WHERE id = ?'),
  };

  /** The source row, unless these bytes are kept already, and a draft made from it; the caller holds the transaction. */
  function insertImport(input: ImportInput): Draft {
    const sha256 = sha256Hex(input.bytes);
    const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
    sql.insert.run({ fileName: input.fileName, format: input.format, sha256, bytes, text: input.text, now: new Date().toISOString() });
    const sourceId = sql.idByHash.get(sha256)!.id;
    return drafts.insert({ story: input.story, sourceId, revision: 'import' });
  }

  return {
    findImport(sha256: string): { sourceId: number; draftId: string } | null {
      return sql.firstDraft.get(sha256) ?? null;
    },

    /** Each input's source (kept once per content hash) and a draft made from it, in one transaction. */
    addImports: db.transaction((inputs: readonly ImportInput[]): Draft[] => inputs.map(insertImport)),

    getSource(id: number): Source | null {
      const row = sql.byId.get(id);
      if (!row) return null;
      return {
        id: row.id,
        fileName: row.file_name,
        format: row.format,
        sha256: row.sha256,
        bytes: new Uint8Array(row.bytes),
        text: row.text,
        importedAt: row.imported_at,
      };
    },
  };
}
