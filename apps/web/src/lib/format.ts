import type { QuoteTime } from '@claimline/schema';

// Built once: toLocaleDateString builds a formatter on every call, which adds up in long lists.
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A date as "24 May 2024" (UTC), or an em dash when unknown. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return dateFormat.format(d);
}

/** Where a quote sits on the timeline, said honestly: the date and, when it was not published, why that date. */
export function formatQuoteTime(time: QuoteTime): string {
  switch (time.basis) {
    case 'published':
      return formatDate(time.at);
    case 'dateline':
      return `${formatDate(time.at)} (from the dateline)`;
    case 'ingested':
      return `date unknown, shown when added (${formatDate(time.at)})`;
  }
}

/** A count with thousands separators and the noun in the right number: "1 claim", "2,400 claims". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
