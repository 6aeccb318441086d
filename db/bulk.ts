// Many rows in few statements: each statement call has a fixed cost, so bulk loads insert a hundred rows
// per multi-row INSERT.
import type { Database } from 'better-sqlite3';

const ROWS_PER_STATEMENT = 100;

export type Row = (string | number | null)[];

/** A function inserting rows (each holding `columns` in order) into `table`. */
export function bulkInserter(db: Database, table: string, columns: readonly string[]): (rows: readonly Row[]) => void {
  const values = `(${columns.map(() => '?').join(', ')})`;
  const sql = (count: number) => `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array(count).fill(values).join(', ')}`;
  const full = db.prepare(sql(ROWS_PER_STATEMENT));
  return (rows) => {
    let at = 0;
    for (; at + ROWS_PER_STATEMENT <= rows.length; at += ROWS_PER_STATEMENT) full.run(rows.slice(at, at + ROWS_PER_STATEMENT).flat());
    if (at < rows.length) db.prepare(sql(rows.length - at)).run(rows.slice(at).flat());
  };
}
