/** Longest piece of an error message a log line keeps. */
export const MAX_LOGGED_MESSAGE = 300;

/**
 * PostgreSQL quotes the offending value in its messages (`invalid input syntax for type integer:
 * "<the article>"`): a quoted part longer than any identifier (63 characters) is a value, left out.
 */
function withoutValues(message: string): string {
  const quote = message.indexOf('"');
  return quote >= 0 && message.length - quote > 66
    ? `${message.slice(0, quote)}"…" (a value of ${message.length - quote - 2} chars left out)`
    : message;
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > MAX_LOGGED_MESSAGE ? `${line.slice(0, MAX_LOGGED_MESSAGE)}… (${line.length} chars)` : line;
}

/**
 * One log line for an error and its causes, without the inputs behind it: Drizzle's query errors
 * carry every bind parameter in their message ("params: <the whole article text>"), which had put
 * megabytes of article text into the log, and PostgreSQL quotes a bad value in its own. Messages are
 * clipped, parameters, quoted values and stacks left out except the first frame that says where it was thrown.
 */
export function errorForLog(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    if (current instanceof Error) {
      const message = current.message.startsWith('Failed query:') ? (current.message.split('\nparams:')[0] ?? '') : current.message;
      const code = (current as { code?: unknown }).code;
      const where = current.stack?.split('\n').find((l) => l.trim().startsWith('at '));
      parts.push(
        `${current.name}${typeof code === 'string' ? ` ${code}` : ''}: ${clip(withoutValues(message))}${where ? ` (${where.trim()})` : ''}`,
      );
      current = current.cause;
    } else {
      parts.push(clip(typeof current === 'string' ? current : (JSON.stringify(current) ?? typeof current)));
      current = undefined;
    }
  }
  return parts.join(' <- caused by ');
}
