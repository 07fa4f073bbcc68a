/**
 * Rule: photo captions and credits. A caption is a short paragraph that ends with a credit
 * ("Putin at a meeting with Lukashenko in Minsk on May 23, 2024. Kremlin photo",
 * "Lonechild, left, is from White Bear First Nation. (Instagram/Darian Lonechild)").
 */

import { startsUpper } from '../tokens';

// "... Kremlin photo", "Photo: Reuters", "(AP Photo/Evan Vucci)", "Getty Images", "(Instagram/Darian Lonechild)".
const CREDIT_END =
  /(?:\b(?:photo|photograph|image|picture|pictures|images|file photo|credit)\.?|\((?:[^()\n]{1,60}\/[^()\n]{1,60}|[^()\n]{0,40}(?:photo|images?|credit)[^()\n]{0,40})\)\.?)$/i;
// ... and NPR's "Enlarge this image toggle caption Kasia Strek/ITEM": page furniture before a credit.
const CREDIT_START = /^(?:(?:photo|image|picture|credit|file photo|source)\s*(?::|by\b)|enlarge this image\b|toggle caption\b)/i;
// ... and "Courtesy of Ron Navarro", "Courtesy the Nadler family", "Photo courtesy of NASA" closing a described photo: a
// sentence of its own naming who gave it (not "paid a courtesy call on President Reagan").
const COURTESY_END =
  /(?:^|[.!?"”]\s+)\(?(?:(?:Photo|Image|Picture)s?\s+courtesy|Courtesy)(?:\s+of)?\s+(?:the\s+)?\p{Lu}[^.!?]{0,60}\.?\)?$/u;

/** Why a paragraph is a caption or credit block ('caption' / 'credit'), or null when it is body text. */
export function captionReason(paragraph: string): 'caption' | 'credit' | null {
  const text = paragraph.trim();
  if (text.length === 0 || text.length > 300) return null;
  if (CREDIT_START.test(text)) return 'credit';
  if (text.includes('ourtesy') && COURTESY_END.test(text)) return creditOrCaption(text);
  // Cheap look at the tail first: the full pattern is anchored at the end, which regexes find slowly.
  const tail = text.slice(-60).toLowerCase();
  if (!/photo|image|picture|credit|\)/.test(tail)) return null;
  const credit = CREDIT_END.exec(text);
  if (credit === null) return null;
  // "Kremlin photo", "Getty Images": a credit names its source; "one of his favorite pictures." is a sentence.
  if (!credit[0].startsWith('(') && !startsUpper(credit[0]) && !/(?:^|\s)[\p{Lu}\d][^\s]*\s*$/u.test(text.slice(0, credit.index)))
    return null;
  return creditOrCaption(text);
}

/** A lone credit line ("Kremlin photo", "Courtesy of Ron Navarro") versus a described photo with its credit. */
function creditOrCaption(text: string): 'caption' | 'credit' {
  return text.split(/\s+/).length <= 4 ? 'credit' : 'caption';
}
