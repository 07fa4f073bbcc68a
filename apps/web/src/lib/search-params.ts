/**
 * The router's URL codec: plain `?key=value` pairs, lists joined by commas (`outlets=Reuters,AP`),
 * so shared links stay readable instead of carrying JSON. Commas inside a value are escaped.
 */
export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      params.set(key, value.map((v) => String(v).replaceAll('%', '%25').replaceAll(',', '%2C')).join(','));
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      params.set(key, String(value));
    }
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Reads a query string into a flat record of strings; the routes' validators give them types. */
export function parseSearch(query: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(query.startsWith('?') ? query.slice(1) : query)) out[key] = value;
  return out;
}

/** Splits a comma list written by `stringifySearch` back into its values. */
export function readList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value !== 'string' || value === '') return [];
  return value
    .split(',')
    .map((v) => v.replaceAll('%2C', ',').replaceAll('%25', '%'))
    .filter((v) => v !== '');
}

/** A non-empty trimmed string, or undefined. */
export function readText(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** An ISO date `YYYY-MM-DD` that names a real day, or undefined. */
export function readIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? undefined : value;
}
