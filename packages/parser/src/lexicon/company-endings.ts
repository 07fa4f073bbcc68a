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

/** A company's legal form, which ends its full name ("Inc", "Corp", "Co", "Ltd", "PLC", "AG"): a company whatever else its name holds. */
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
  'spa',
  'bhd',
  'gmbh',
  'kk',
]);
