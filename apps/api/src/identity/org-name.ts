import { normalizeName } from './normalize-name';

const SMALL_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'at', 'to', 'a', 'an']);

// Short forms news copy uses that the initials of the full name do not give.
const KNOWN_SHORT_FORMS: Record<string, string> = {
  'department of health and human services': 'hhs',
  'health and human services': 'hhs',
  'centers for disease control and prevention': 'cdc',
  'centers for disease control': 'cdc',
  'national institute of allergy and infectious diseases': 'niaid',
  'department of homeland security': 'dhs',
  'european union': 'eu',
  'united nations': 'un',
};

/** An organization's name without a leading "the" or "U.S.", lower case. */
export function orgBaseName(name: string): string {
  return normalizeName(name).replace(/^(?:the\s+)?(?:u s\s+|us\s+|uk\s+|u k\s+)?/, '');
}

/** Whether the name as written is an acronym ("WHO", "U.N.", "NIAID"). */
export function isAcronym(name: string): boolean {
  const letters = name.replace(/[.\s]/g, '');
  return /^[A-Z]{2,7}$/.test(letters) || /^(?:[A-Z]\.){2,}$/.test(name.replace(/\s/g, ''));
}

/**
 * The short form an organization is known by: the acronym itself, a known short form
 * ("Centers for Disease Control and Prevention" -> "cdc"), else the initials of its words
 * ("World Health Organization" -> "who"); a one-word name is its own short form.
 */
export function orgShortForm(name: string): string {
  if (isAcronym(name)) return name.replace(/[.\s]/g, '').toLowerCase();
  const base = orgBaseName(name);
  const known = KNOWN_SHORT_FORMS[base];
  if (known) return known;
  const words = base.split(' ').filter((w) => w && !SMALL_WORDS.has(w));
  return words.length < 2 ? base : words.map((w) => w[0]).join('');
}
