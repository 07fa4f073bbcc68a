/** Longest message logged for one error: a PostgreSQL message may quote the value it refused. */
const MAX_MESSAGE = 300;

const short = (text: string) => (text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}... (${text.length} characters)` : text);

/** Name and message of one error; a failed query names its SQL, never its parameters (they hold article text). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return short(String(error));
  // DrizzleQueryError: "Failed query: <sql>\nparams: <every parameter>".
  const query = (error as { query?: unknown }).query;
  if (error.message.startsWith('Failed query:') && typeof query === 'string') return `${error.name}: query failed: ${short(query)}`;
  return `${error.name}: ${short(error.message)}`;
}

/**
 * Logs a failure of `where` (a procedure path, a route) as one line per error in its cause chain,
 * then the stack frames of the first: enough to find the fault, never the request's input. Drizzle
 * puts every parameter of a failed query in its message, and an ingest sends megabytes of articles.
 */
export function logError(where: string, error: unknown): void {
  const lines = [`${where} failed:`];
  const seen = new Set<unknown>();
  for (let e: unknown = error; e !== undefined && e !== null && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    lines.push(`  ${lines.length > 1 ? 'caused by ' : ''}${describe(e)}`);
    if (!(e instanceof Error)) break;
  }
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)) : [];
  console.error([...lines, ...frames.slice(0, 10)].join('\n'));
}
