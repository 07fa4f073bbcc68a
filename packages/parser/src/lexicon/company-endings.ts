/**
 * Last words of a company's full name ("Delta Air Lines Inc", "Abbott Laboratories", "Moody's Investors Service Inc"):
 * a body's first word alone ("Delta said", "Abbott said") is the short form of such a name in the same article.
 */
export const COMPANY_ENDINGS: ReadonlySet<string> = new Set([
  'inc',
  'corp',
  'corporation',
  'co',
  'company',
  'plc',
  'ltd',
  'llc',
  'ag',
  'sa',
  'nv',
  'se',
  // Scandinavian forms ("Novo Industri A/S", "Norsk Hydro ASA").
  'a/s',
  'asa',
  'group',
  'holdings',
  'laboratories',
  'labs',
  'airlines',
  'airways',
  'lines',
  'therapeutics',
  'pharmaceuticals',
  'motors',
  'bancorp',
  'industries',
  'technologies',
  'systems',
  'entertainment',
  'brands',
  'stores',
]);

/** A company's legal form, which ends its full name ("Inc", "Corp", "Co", "Ltd", "PLC", "AG", "A/S"): a company whatever else its name holds. */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'llc',
  'ag',
  'sa',
  'nv',
  'a/s',
  'asa',
  'spa',
  'bhd',
  'gmbh',
  'kk',
]);

const FORMS = [...LEGAL_FORMS].join('|');
/** A legal form ending a company's name (" Corp", " Inc."): tested on names of a few words. */
const LEGAL_FORM_END = new RegExp(`\\s+(?:${FORMS})\\.?$`, 'i');
/** A name that ends in a legal form in "'s" ("General Motors Corp's"), as a role before what the company owns. */
export const LEGAL_FORM_IN_S = new RegExp(`\\b(?:${FORMS})\\.?['’]s$`, 'i');

/** A company's name without the one legal form that ends it ("Canadian Tire Corp Ltd" -> "Canadian Tire Corp"). */
export function withoutLastLegalForm(name: string): string {
  return name.replace(LEGAL_FORM_END, '');
}

/** A company's name without the legal forms that end it ("Manhattan National Corp" -> "Manhattan National"). */
export function withoutLegalForm(name: string): string {
  let cut = name;
  for (let space = cut.lastIndexOf(' '); space >= 0; space = cut.lastIndexOf(' ')) {
    if (
      !LEGAL_FORMS.has(
        cut
          .slice(space + 1)
          .replace(/\.$/, '')
          .toLowerCase(),
      )
    )
      break;
    cut = cut.slice(0, space);
  }
  return cut;
}

/**
 * Firms named for their founders, which read as a person's name ("Goldman Sachs said", "Merrill Lynch said", "Philip
 * Morris said"): a body, so a later "it" finds them. Written in lowercase with "and" for "&"; matched on the name's
 * first words, so "Goldman Sachs Group" and "Merrill Lynch Capital Markets" are found too. Only names whose words a
 * person's name could hold: a trade or legal form in the name says "company" already. Initials without their dots.
 */
const FIRMS_NAMED_FOR_PEOPLE: ReadonlySet<string> = new Set([
  // Banks and brokers.
  'goldman sachs',
  'morgan stanley',
  'merrill lynch',
  'smith barney',
  'dean witter',
  'paine webber',
  'kidder peabody',
  'drexel burnham',
  'shearson lehman',
  'bear stearns',
  'salomon brothers',
  'lehman brothers',
  'brown brothers harriman',
  'ef hutton',
  'lf rothschild',
  'morgan grenfell',
  'charles schwab',
  'edward jones',
  'raymond james',
  'ag edwards',
  'donaldson lufkin',
  'wells fargo',
  't rowe price',
  'jp morgan',
  // Auditors, raters and publishers.
  'price waterhouse',
  'arthur andersen',
  'arthur young',
  'peat marwick',
  'touche ross',
  'coopers and lybrand',
  'ernst and young',
  'ernst and whinney',
  'deloitte haskins',
  'dun and bradstreet',
  'dow jones',
  // Makers and shops.
  'philip morris',
  'procter and gamble',
  'johnson and johnson',
  'eli lilly',
  'sears roebuck',
  'marks and spencer',
  'jc penney',
  'rh macy',
  'montgomery ward',
  'levi strauss',
  'estee lauder',
  'estée lauder',
  'harley-davidson',
  'hewlett-packard',
  'rolls-royce',
  'mercedes-benz',
  'anheuser-busch',
  'bristol-myers',
  'black and decker',
  'booz allen',
  'bain and company',
]);

/** The first words of FIRMS_NAMED_FOR_PEOPLE ("goldman", "procter"). */
const FIRM_FIRST_WORDS: ReadonlySet<string> = new Set([...FIRMS_NAMED_FOR_PEOPLE].map((firm) => firm.split(' ')[0] ?? ''));

/** A name's words as FIRMS_NAMED_FOR_PEOPLE writes them: lowercase, no "'s", "and" for "&", no dots. */
function firmWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/\s+/)
    .map((w) => (w === '&' ? 'and' : w.replaceAll('.', '')));
}

/** Whether a name opens with the name of a firm named for its founders ("Goldman Sachs Group", "Procter & Gamble", "E.F. Hutton"). */
export function isFirmNamedForPeople(name: string): boolean {
  // The first word alone settles most names ("Smith", "Reagan" open no firm's name): the whole name is read only after.
  const space = name.search(/\s/);
  if (space <= 0 || !FIRM_FIRST_WORDS.has(firmWords(name.slice(0, space))[0] ?? '')) return false;
  const words = firmWords(name);
  for (let n = 2; n <= Math.min(4, words.length); n += 1) if (FIRMS_NAMED_FOR_PEOPLE.has(words.slice(0, n).join(' '))) return true;
  return false;
}
