import { normalizeName } from './normalize-name';

// Title words folded to the office they name, so "Pres. Trump" fits a record with the role
// "President" and "Gov. Cuomo" one with "Governor of New York".
const OFFICES: Record<string, string> = {
  president: 'president',
  pres: 'president',
  vice: 'vice',
  gov: 'governor',
  governor: 'governor',
  mayor: 'mayor',
  sen: 'senator',
  senator: 'senator',
  rep: 'representative',
  representative: 'representative',
  congressman: 'representative',
  congresswoman: 'representative',
  secretary: 'secretary',
  sec: 'secretary',
  speaker: 'speaker',
  minister: 'minister',
  pm: 'minister',
  chancellor: 'chancellor',
  premier: 'premier',
  ambassador: 'ambassador',
  director: 'director',
  judge: 'judge',
  justice: 'judge',
  commissioner: 'commissioner',
  sheriff: 'sheriff',
  ceo: 'ceo',
};

/** The offices named in titles and roles ("Pres.", "Governor of New York" -> president, governor). */
export function roleWords(texts: string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const token of normalizeName(text).split(' ')) {
      const office = OFFICES[token];
      if (office) words.add(office);
    }
  }
  return words;
}
