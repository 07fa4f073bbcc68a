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

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A month as "May 2024" (UTC): never "May 24", which reads as a day. An em dash when unknown. */
export function formatMonth(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return monthFormat.format(d);
}

/** A part of a whole as a percentage for reading: "12%", "0.4%", "<0.1%", "0%" (and "0%" of nothing). */
export function formatShare(part: number, whole: number): string {
  if (whole <= 0 || part <= 0) return '0%';
  const pct = (100 * part) / whole;
  if (pct < 0.1) return '<0.1%';
  return `${pct < 10 ? pct.toFixed(1).replace(/\.0$/, '') : Math.round(pct)}%`;
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
