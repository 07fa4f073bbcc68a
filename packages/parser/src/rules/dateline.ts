import type { Dateline } from '@claimline/schema';

/**
 * Rule: a wire dateline opening the body ("SALVADOR, Feb 26 - Showers continued ...",
 * "OTTAWA, March 3 (Reuters) -"). Its date has no year: the year is taken from the reference
 * time (publication or ingestion), stepping back a year if the date would fall after it.
 */
const DATELINE =
  /^\s*([A-Z][A-Z .'&-]{1,40}?(?:, [A-Z][A-Za-z .]{1,30}?)?),\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:\s*\([^)]{1,30}\))?\s*[-–—]+\s/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Reads a dateline at the start of `paragraph`; `reference` (ISO) gives the year. */
export function readDateline(paragraph: string, reference: string): Dateline | null {
  const match = DATELINE.exec(paragraph);
  if (match === null) return null;
  const [whole, place, monthName, day] = match;
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase());
  const dayNumber = Number(day);
  if (month < 0 || dayNumber < 1 || dayNumber > 31) return null;
  const { time: refTime, year: refYear } = referenceTime(reference);
  let time = Date.UTC(refYear, month, dayNumber);
  if (!Number.isNaN(refTime) && time > refTime + 86_400_000) time = Date.UTC(refYear - 1, month, dayNumber);
  return { text: whole.trim(), place: place?.trim() ?? null, date: isoDate(time) };
}

let lastTime = NaN;
let lastIso = '';

/** The ISO string of a time; wire copy runs in date order, so consecutive articles share a dateline's day and the last answer is kept. */
function isoDate(time: number): string {
  if (time !== lastTime) {
    lastIso = new Date(time).toISOString();
    lastTime = time;
  }
  return lastIso;
}

let lastReference: string | null = null;
let lastReferenceParts = { time: NaN, year: 1970 };

/** The time and UTC year (1970 when invalid) of an ISO reference; a batch passes the same one for every article, so the last answer is kept. */
function referenceTime(reference: string): { time: number; year: number } {
  if (reference !== lastReference) {
    const time = new Date(reference).getTime();
    lastReference = reference;
    lastReferenceParts = { time, year: Number.isNaN(time) ? 1970 : new Date(time).getUTCFullYear() };
  }
  return lastReferenceParts;
}
