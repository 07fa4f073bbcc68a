import type { QuoteListItem } from '@claimline/schema';

/** The CSV columns of /export/quotes.csv, in order. */
export const CSV_COLUMNS = [
  'id',
  'time',
  'time_basis',
  'source_id',
  'source_name',
  'source_kind',
  'via_source_id',
  'kind',
  'text',
  'confidence',
  'article_id',
  'article_title',
  'outlet',
  'published_at',
  'span_start',
  'span_end',
  'cue',
  'sentence',
  'article_url',
  'via_source_name',
  'status',
  'tags',
  'note',
] as const;

/**
 * One CSV cell. Text that a spreadsheet would read as a formula (=, +, -, @, tab or carriage return
 * first: "=HYPERLINK(...)" in a title, "-2+3" in a quote) gets a leading apostrophe, as OWASP's CSV
 * injection guidance says, so it opens as text; numbers stay numbers.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One quote as an RFC 4180 CSV line (CRLF-terminated). */
export function csvLine(q: QuoteListItem): string {
  return (
    [
      q.id,
      q.time.at,
      q.time.basis,
      q.sourceId,
      q.source?.name ?? null,
      q.source?.kind ?? null,
      q.viaSourceId,
      q.kind,
      q.text,
      q.confidence,
      q.article.id,
      q.article.title,
      q.article.outlet,
      q.article.publishedAt,
      q.span.start,
      q.span.end,
      q.cue?.text ?? null,
      q.sentence,
      q.article.url,
      q.via?.name ?? null,
      q.review.status,
      // Tags joined by '|', as the reference import joins aliases: commas would need quoting.
      q.review.tags.join('|'),
      q.review.note,
    ]
      .map(csvCell)
      .join(',') + '\r\n'
  );
}

/** The header line of the CSV export. */
export const csvHeader = CSV_COLUMNS.join(',') + '\r\n';
