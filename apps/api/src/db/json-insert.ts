import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * `INSERT INTO <table> (...) SELECT ... FROM jsonb_to_recordset($1)`: many rows as ONE JSON
 * parameter. The profile of a batch ingest showed Drizzle's multi-row VALUES builder (a bind
 * parameter and type checks per cell) as the largest cost on the server thread, and PostgreSQL
 * parsing and binding thousands of parameters per statement; one JSON.stringify and one recordset
 * do the same insert for a fraction of both. Generated columns are left to the database; each
 * column's value is Drizzle's own driver value (JSON columns as JSON, dates as ISO strings). For
 * tables whose rows give every column (a column left out is NULL, not its default). Returns the
 * SQL without its ON CONFLICT / RETURNING tail, which the caller appends.
 */
export function jsonInsert<T extends PgTable>(table: T, values: readonly T['$inferInsert'][]): SQL {
  const columns = Object.entries(getTableColumns(table)).filter(([, c]) => !c.generated) as [string, PgColumn][];
  const records = values.map((row) => {
    const record: Record<string, unknown> = {};
    for (const [key, column] of columns) {
      const value = (row as Record<string, unknown>)[key];
      if (value === undefined) continue;
      // JSON columns go in as JSON values, not as the string Drizzle would bind.
      record[column.name] = value === null || column.getSQLType() === 'jsonb' ? value : column.mapToDriverValue(value);
    }
    return record;
  });
  const names = columns.map(([, c]) => `"${c.name}"`).join(', ');
  const shape = columns.map(([, c]) => `"${c.name}" ${c.getSQLType()}`).join(', ');
  return sql`INSERT INTO ${sql.raw(`"${getTableName(table)}" (${names})`)} SELECT ${sql.raw(names)} FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS ${sql.raw(`x(${shape})`)}`;
}
