import { sql, type SQL } from 'drizzle-orm';

/** A text[] from one JSON parameter: Drizzle spreads a JS array into a parameter list, which `= ANY(...)` cannot take. */
export function textArray(values: readonly string[]): SQL {
  return sql`ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
}
