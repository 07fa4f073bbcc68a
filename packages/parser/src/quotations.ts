import type { ParseDocument, Quotation, Range } from './document';

const MARKS = /["“”„«»‘‚’']/g;

type Open = { at: number; mark: string; double: boolean };

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * Finds the quotations of one paragraph, in every mark style: "…", “…”, „…“, «…», ‘…’ and '…'.
 * Straight double quotes open and close by turns; single quotes only where they cannot be
 * apostrophes ("I've", "Putin's", "players' union"). Marks nested inside a quotation are ignored.
 * A double quotation still open at the paragraph's end runs to the end (it continues in the next).
 */
export function findQuotations(text: string, paragraph: Range, index: number, marks: readonly number[] = markOffsets(text)): Quotation[] {
  const out: Quotation[] = [];
  let open: Open | null = null;
  const close = (end: number) => {
    if (open === null) return;
    const inner = { start: open.at + 1, end: end - 1 };
    if (inner.end > inner.start && /[\p{L}\p{N}]/u.test(text.slice(inner.start, inner.end))) {
      out.push({ start: open.at, end, inner, closed: true, paragraph: index, used: false });
    }
    open = null;
  };
  // Jump from mark to mark (listed once for the whole text): most of a paragraph has none.
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid] ?? Infinity) < paragraph.start) lo = mid + 1;
    else hi = mid;
  }
  for (let m = lo; m < marks.length && (marks[m] ?? Infinity) < paragraph.end; m += 1) {
    const i = marks[m] ?? 0;
    const c = text[i] ?? '';
    const prev = text[i - 1];
    const next = text[i + 1];
    // A double mark while a single one is open: the single was an apostrophe ("the '80s").
    if (open !== null && !open.double && (c === '"' || c === '“' || c === '„' || c === '«')) open = null;
    switch (c) {
      case '"': {
        // Which way a straight mark faces: after a space and before a word it opens, the reverse closes.
        const opens = (isSpace(prev) || /[([{—–-]/.test(prev ?? '')) && !isSpace(next);
        const closes = !isSpace(prev) && (isSpace(next) || /[.,;:!?)\]—–-]/.test(next ?? ''));
        if (open?.double === true) {
          if (opens && !closes) open = { at: i, mark: c, double: true };
          else close(i + 1);
        } else if (open === null && !(closes && !opens)) open = { at: i, mark: c, double: true };
        break;
      }
      case '“':
        if (open?.mark === '„') close(i + 1);
        else if (open === null) open = { at: i, mark: c, double: true };
        else if (open.double && open.mark === '“' && isSpace(next)) close(i + 1);
        // An opening mark while one is open: the earlier one was never closed.
        else if (open.double && isSpace(prev) && !isSpace(next)) open = { at: i, mark: c, double: true };
        break;
      case '„':
      case '«':
        if (open === null) open = { at: i, mark: c, double: true };
        break;
      case '”':
      case '»':
        if (open?.double === true) close(i + 1);
        break;
      case '‘':
      case '‚':
        if (open === null && !isLetter(prev)) open = { at: i, mark: c, double: false };
        break;
      case '’':
      case "'":
        if (open !== null && !open.double && !isLetter(next) && (open.mark !== "'" || c === "'")) close(i + 1);
        else if (c === "'" && open === null && isSpace(prev) && isLetter(next)) open = { at: i, mark: c, double: false };
        break;
      default:
        break;
    }
  }
  const still = open;
  if (still?.double === true && paragraph.end - still.at > 1) {
    out.push({
      start: still.at,
      end: paragraph.end,
      inner: { start: still.at + 1, end: paragraph.end },
      closed: false,
      paragraph: index,
      used: false,
    });
  }
  return out;
}

/** Stage 4: the quotations of every paragraph, in text order. */
export function quotations(doc: ParseDocument): void {
  const marks = markOffsets(doc.text);
  doc.quotations = marks.length === 0 ? [] : doc.paragraphs.flatMap((p) => findQuotations(doc.text, p, p.index, marks));
}

/** The offsets of every quotation mark in the text, in order: one pass, so that paragraphs need no search of their own. */
export function markOffsets(text: string): number[] {
  const marks: number[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) marks.push(m.index);
  return marks;
}
