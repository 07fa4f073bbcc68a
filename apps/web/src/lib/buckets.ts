import type { Bucket } from './kinds';

const DAY = 86_400_000;

/** The UTC start of the day, ISO week (Monday) or month that `iso` falls in, as `YYYY-MM-DD`. */
export function bucketStart(iso: string, bucket: Bucket): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`bucketStart: "${iso}" is not a date; pass an ISO date such as 2024-05-24`);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  switch (bucket) {
    case 'day':
      return new Date(day).toISOString().slice(0, 10);
    case 'week': {
      const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
      return new Date(day - sinceMonday * DAY).toISOString().slice(0, 10);
    }
    case 'month':
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)).toISOString().slice(0, 10);
  }
}

/** The first day after the bucket that starts at `start` (`YYYY-MM-DD`). */
export function nextBucket(start: string, bucket: Bucket): string {
  const d = new Date(`${start}T00:00:00Z`);
  switch (bucket) {
    case 'day':
      return new Date(d.getTime() + DAY).toISOString().slice(0, 10);
    case 'week':
      return new Date(d.getTime() + 7 * DAY).toISOString().slice(0, 10);
    case 'month':
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  }
}

/** The last day (inclusive, `YYYY-MM-DD`) of the bucket that starts at `start`. */
export function bucketLastDay(start: string, bucket: Bucket): string {
  return new Date(new Date(`${nextBucket(start, bucket)}T00:00:00Z`).getTime() - DAY).toISOString().slice(0, 10);
}

/** Every bucket start from the one holding `from` to the one holding `to`; capped so a typo cannot hang the page. */
export function enumerateBuckets(from: string, to: string, bucket: Bucket, max = 2000): string[] {
  const out: string[] = [];
  const last = bucketStart(to, bucket);
  for (let b = bucketStart(from, bucket); b <= last && out.length < max; b = nextBucket(b, bucket)) out.push(b);
  return out;
}

// Intl formatters are costly to build; the chart labels hundreds of buckets, so build each once.
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const labels = new Map<string, string>();

/** A short human label for a bucket: "24 May 2024", "week of 20 May 2024", "May 2024". */
export function bucketLabel(start: string, bucket: Bucket): string {
  const key = `${bucket}:${start}`;
  const cached = labels.get(key);
  if (cached !== undefined) return cached;
  const d = new Date(`${start}T00:00:00Z`);
  let label: string;
  switch (bucket) {
    case 'day':
      label = dayFormat.format(d);
      break;
    case 'week':
      label = `week of ${dayFormat.format(d)}`;
      break;
    case 'month':
      label = monthFormat.format(d);
      break;
  }
  labels.set(key, label);
  return label;
}
