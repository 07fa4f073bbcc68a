import { ArticleInputSchema, type ArticleInput } from '@claimline/schema';

/** One article read from an uploaded file, or the reason it cannot be sent. */
export type UploadItem = { label: string; input: ArticleInput } | { label: string; error: string };

const FIELDS = ['text', 'title', 'outlet', 'url', 'authors', 'publishedAt'] as const;

/** The offending value as the file wrote it, short enough for one report line. */
function shown(value: unknown): string {
  if (value === undefined) return ' (missing)';
  const text = JSON.stringify(value);
  return ` (got ${text.length > 60 ? `${text.slice(0, 57)}…` : text})`;
}

function validate(label: string, value: unknown): UploadItem {
  const picked: Record<string, unknown> = {};
  if (typeof value === 'object' && value !== null) {
    // Corpus lines carry extra fields (their own "id"); only the ArticleInput fields are sent. A null
    // field is one the file does not know ("publishedAt": null): the article is stored without it.
    for (const key of FIELDS) {
      const field = (value as Record<string, unknown>)[key];
      if (key in value && field !== null) picked[key] = field;
    }
  }
  const result = ArticleInputSchema.safeParse(picked);
  if (result.success) return { label, input: result.data };
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  const where = path.length ? `${path.join('.')}: ` : '';
  // Say what the file holds there, so the user can find and fix it ("publishedAt: ... (got "24/05/2024")").
  const bad = path.length ? shown(path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], picked)) : '';
  return { label, error: `${where}${issue?.message ?? 'not an article'}${bad}` };
}
/**
 * Reads an uploaded file into articles: a `.txt` file is one article (its text as pasted), a `.jsonl`
 * file has one JSON article a line (`{"text", "title"?, "outlet"?, "url"?, "authors"?, "publishedAt"?}`).
 * Lines that do not parse or validate come back with the reason, so the report can say why.
 */
export function readUpload(fileName: string, content: string): UploadItem[] {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.txt')) return [validate(fileName, { text: content })];
  if (!lower.endsWith('.jsonl') && !lower.endsWith('.ndjson')) {
    return [{ label: fileName, error: 'not a .txt or .jsonl file: upload plain text, or one JSON article per line' }];
  }
  const items: UploadItem[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const label = `${fileName}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      items.push({ label, error: 'line is not JSON: write one {"text": "..."} object per line' });
      return;
    }
    const item = validate(label, value);
    const title = 'input' in item ? item.input.title : undefined;
    items.push(title ? { ...item, label: `${label} ${title}` } : item);
  });
  return items;
}
