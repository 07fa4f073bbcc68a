import type { Range } from './document';

/**
 * The speaker's words as an analyst is shown them, with their brackets whole: a rule reads a name up to its last
 * capitalized word, and wire copy writes tickers and party tags in brackets around and after names. "Senate Majority
 * Leader Robert Byrd (Democrat" ends before its open parenthesis, "UAE) daily al-Ittihad" starts after its close; "<Industrial Equity Ltd" takes the ">" right after it,
 * "Willemijn Holding BV> of Rotterdam" the "<" right before it; otherwise a lone angle bracket at an edge is left out.
 */
export function balancedSpeaker(text: string, span: Range): Range {
  let { start, end } = span;
  const words = text.slice(start, end);
  const open = words.lastIndexOf('(');
  if (open > 0 && !words.includes(')', open)) end = start + words.slice(0, open).trimEnd().length;
  // ("UAE) daily al-Ittihad": a parenthesis closed before the name starts after it.)
  const close = words.indexOf(')');
  if (close >= 0 && close < end - start - 1 && !words.slice(0, close).includes('(')) {
    start += close + 1;
    while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  }
  const opens = count(text, start, end, '<');
  const closes = count(text, start, end, '>');
  if (opens > closes) {
    if (text[end] === '>') end += 1;
    else if (text[start] === '<') start += 1;
  } else if (closes > opens) {
    if (text[start - 1] === '<') start -= 1;
    else if (text[end - 1] === '>') end -= 1;
  }
  return end > start ? { start, end } : span;
}

function count(text: string, start: number, end: number, mark: string): number {
  let n = 0;
  for (let i = text.indexOf(mark, start); i >= 0 && i < end; i = text.indexOf(mark, i + 1)) n += 1;
  return n;
}
