import type { ParseDocument, Quotation, Range } from './document';

const MARKS = /["“”„«»‘‚’'`]/g;

/** `width` is 2 for the typewriter pairs '' and ``, which stand for one double mark. */
type Open = { at: number; mark: string; double: boolean; width: number };

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * Finds the quotations of one paragraph, in every mark style: "…", “…”, „…“, «…», ‘…’, '…', the
 * typewriter pairs ''…'' and ``…'', and the doubled curly ‘‘…’’.
 * Straight double quotes open and close by turns; single quotes only where they cannot be
 * apostrophes ("I've", "Putin's", "players' union"). Marks nested inside a quotation are ignored, a nested “…” too.
 * A double quotation still open at the paragraph's end runs to the end (it continues in the next).
 */
export function findQuotations(text: string, paragraph: Range, index: number, marks: readonly number[] = markOffsets(text)): Quotation[] {
  const out: Quotation[] = [];
  let open: Open | null = null;
  const close = (end: number, closeWidth = 1) => {
    if (open === null) return;
    const inner = { start: open.at + open.width, end: end - closeWidth };
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
    // "‘‘I think it’s the right thing to do,’’ Harrelson said": doubled curly single marks stand for one double mark.
    if (c === '‘' && next === '‘' && open === null && !isLetter(prev)) {
      open = { at: i, mark: '‘‘', double: true, width: 2 };
      m += 1;
      continue;
    }
    // ... and close a “ too, as converted typewriter copy has them ("“We have just been crushed.’’").
    if (c === '’' && next === '’' && (open?.mark === '‘‘' || (open?.mark === '“' && !isLetter(text[i + 2])))) {
      close(i + 2, 2);
      m += 1;
      continue;
    }
    const pair = typewriterPair(text, i, open?.double === true);
    // A double mark while a single one is open: the single was an apostrophe ("the '80s").
    if (open !== null && !open.double && (pair !== null || c === '"' || c === '“' || c === '„' || c === '«')) open = null;
    if (pair !== null) {
      open = straightDouble(open, text[i - 1], text[i + 2], i, pair, close);
      m += 1;
      continue;
    }
    switch (c) {
      case '"':
        open = straightDouble(open, prev, next, i, c, close);
        break;
      case '“':
        if (open?.mark === '„') close(i + 1);
        else if (open === null) open = { at: i, mark: c, double: true, width: 1 };
        else if (open.double && open.mark === '“' && isSpace(next)) close(i + 1);
        // A quotation inside a quotation in the same marks ("“... even when “your team” needs to be held accountable.”"):
        // two closing marks follow before the next opening one. Else an opening mark while one is open: the earlier one
        // was never closed.
        else if (open.double && isSpace(prev) && !isSpace(next)) {
          if (open.mark === '“' && nestedInside(text, marks, m, paragraph.end)) {
            m = closingAfter(text, marks, m, paragraph.end);
            break;
          }
          open = { at: i, mark: c, double: true, width: 1 };
        }
        break;
      case '„':
      case '«':
        if (open === null) open = { at: i, mark: c, double: true, width: 1 };
        break;
      case '”':
      case '»':
        if (open?.double === true) close(i + 1);
        break;
      case '‘':
      case '‚':
        if (open === null && !isLetter(prev)) open = { at: i, mark: c, double: false, width: 1 };
        break;
      case '’':
      case "'":
        if (open !== null && !open.double && !isLetter(next) && (open.mark !== "'" || c === "'")) close(i + 1);
        else if (c === "'" && open === null && isSpace(prev) && isLetter(next)) open = { at: i, mark: c, double: false, width: 1 };
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
      inner: { start: still.at + still.width, end: paragraph.end },
      closed: false,
      paragraph: index,
      used: false,
    });
  }
  return out;
}

/** Whether the “ at marks[m] opens a quotation nested in an open one: two ” follow it before another “ or the paragraph's end. */
function nestedInside(text: string, marks: readonly number[], m: number, end: number): boolean {
  let closing = 0;
  for (let n = m + 1; n < marks.length && (marks[n] ?? Infinity) < end; n += 1) {
    const c = text[marks[n] ?? 0];
    if (c === '“') return false;
    if (c === '”' && ++closing === 2) return true;
  }
  return false;
}

/** The index in `marks` of the first ” after marks[m], which closes the nested quotation. */
function closingAfter(text: string, marks: readonly number[], m: number, end: number): number {
  let n = m + 1;
  while (n < marks.length && (marks[n] ?? Infinity) < end && text[marks[n] ?? 0] !== '”') n += 1;
  return n;
}

/**
 * The typewriter double mark at `i`, if any: two apostrophes ('', New York Times archive style:
 * "''We have started,'' Mr. Manafort said.") or two backticks (``). In a run of three apostrophes
 * while a double quotation is open, the first closes a nested single quotation ("... 'Hey.'''").
 */
function typewriterPair(text: string, i: number, doubleOpen: boolean): string | null {
  const c = text[i];
  if ((c !== "'" && c !== '`') || text[i + 1] !== c) return null;
  if (c === "'" && doubleOpen && text[i + 2] === "'") return null;
  return c === "'" ? "''" : '``';
}

/** Opens or closes a straight double mark (" or a typewriter pair) by which way it faces: after a space and before a word it opens, the reverse closes. */
function straightDouble(
  open: Open | null,
  prev: string | undefined,
  next: string | undefined,
  i: number,
  mark: string,
  close: (end: number, width?: number) => void,
): Open | null {
  const width = mark.length;
  const opens = (isSpace(prev) || /[([{—–-]/.test(prev ?? '')) && !isSpace(next);
  const closes = !isSpace(prev) && (isSpace(next) || /[.,;:!?)\]—–-]/.test(next ?? ''));
  // `` only ever opens.
  if (mark === '``') return open === null || (open.double && opens) ? { at: i, mark, double: true, width } : open;
  if (open?.double === true) {
    if (opens && !closes) return { at: i, mark, double: true, width };
    close(i + width, width);
    return null;
  }
  if (open === null && !(closes && !opens)) return { at: i, mark, double: true, width };
  return open;
}

/** Stage 4: the quotations of every paragraph, in text order. */
export function quotations(doc: ParseDocument): void {
  const marks = markOffsets(doc.text);
  const found: Quotation[] = [];
  // A loop, not flatMap: flatMap over every paragraph (most with no quotation) was 0.4% of a parse on Reuters.
  if (marks.length > 0) for (const p of doc.paragraphs) for (const q of findQuotations(doc.text, p, p.index, marks)) found.push(q);
  doc.quotations = found;
}

/** The offsets of every quotation mark in the text, in order: one pass, so that paragraphs need no search of their own. */
export function markOffsets(text: string): number[] {
  const marks: number[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m !== null; m = MARKS.exec(text)) marks.push(m.index);
  return marks;
}
