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
