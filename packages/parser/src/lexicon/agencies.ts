/**
 * The head words of a public agency's name, which news then calls "the agency" ("Food and Drug Administration",
 * "Environmental Protection Agency", "Centers for Disease Control and Prevention", "Census Bureau").
 */
export const AGENCY_HEADS: ReadonlySet<string> = new Set([
  ...['agency', 'administration', 'service', 'bureau', 'commission', 'authority', 'board', 'department'],
  ...['institute', 'institutes', 'centers', 'centres', 'office', 'inspectorate', 'directorate', 'organization'],
]);

/** Agencies news names by their initials alone ("the FDA said ... the agency"), whose full names it seldom writes. */
export const AGENCY_INITIALS: ReadonlySet<string> = new Set([
  ...['FDA', 'CDC', 'EPA', 'FEMA', 'NIH', 'NASA', 'FAA', 'FBI', 'CIA', 'NSA', 'IRS', 'SEC', 'FTC', 'FCC', 'TSA'],
  ...['USDA', 'NHTSA', 'OSHA', 'NOAA', 'WHO', 'IAEA', 'IEA', 'EMA', 'ECDC', 'NTSB', 'DEA', 'ATF', 'ICE', 'CBP'],
]);

/** Credit rating agencies, which wire copy calls "the agency" after "Moody's said" ("Moody's Investors Service Inc"). */
export const RATING_AGENCIES = /^(?:Moody['’]s|Standard (?:and|&) Poor['’]s|S\/P|Duff (?:and|&) Phelps|Fitch|IBCA)\b/;

/**
 * Bodies named by a place or a building, or by a name of their own with no organization word in it ("the White House
 * said", "the Federal Reserve", "the Knesset"): no one's surname.
 */
export const INSTITUTIONS: ReadonlySet<string> = new Set([
  ...['white house', 'downing street', 'capitol hill', 'élysée', 'elysee', 'quai d’orsay', 'foggy bottom', 'vatican', 'holy see'],
  ...['federal reserve', 'fed', 'riksbank', 'treasury', 'politburo', 'knesset', 'bundestag', 'bundesrat', 'duma', 'interpol'],
  // ("... stands at nearly 91,000, according to Johns Hopkins": the university, which pandemic news names so.)
  'johns hopkins',
]);

/** News agencies by the name an outlet is stored under ("Reuters", "Associated Press", "Xinhua"): who "the agency" may be. */
export const NEWS_AGENCY_NAMES =
  /^(?:Reuters|Associated Press|AP|AFP|Agence France-Presse|Xinhua|Tass|TASS|Interfax|Kyodo|Yonhap|RIA|Anadolu|ANSA|dpa|DPA|EFE|PTI|Bernama|Antara|Bloomberg)\b/;
