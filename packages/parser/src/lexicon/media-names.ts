/**
 * Words of a newspaper's or a station's own title ("The Washington Post", "CBC News", "Daily Mail"): each both names
 * the medium as a noun (MEDIA_WORDS) and makes a capitalized name an outlet's (MEDIA_NAME_WORDS).
 */
export const PAPER_TITLE_WORDS: readonly string[] = [
  ...['news', 'times', 'post', 'journal', 'press', 'herald', 'gazette', 'tribune', 'telegraph', 'guardian', 'radio'],
  ...['television', 'tv', 'daily', 'mail', 'chronicle', 'newswire', 'magazine', 'wire', 'star', 'globe', 'observer'],
];

/** Title-case words that make a capitalized name a news outlet ("CBC News", "The Globe and Mail"). */
export const MEDIA_NAME_WORDS: ReadonlySet<string> = new Set([
  ...PAPER_TITLE_WORDS,
  'sun',
  'independent',
  'economist',
  'inquirer',
  'enquirer',
  'examiner',
  'sentinel',
  'courier',
  'bulletin',
  // Japanese and Dutch for a newspaper ("Asahi Shimbun", "NRC Handelsblad").
  'shimbun',
  'handelsblad',
  // Magazines and newsletters ("Peking Review", "National Review", "Consumer Reports", "Automotive Reports").
  'review',
  'reports',
]);

/** Words after a paper's word that make it another body's or an office's ("Press Secretary", "Post Office", "Economist Intelligence Unit"). */
export const NOT_MEDIA_AFTER: ReadonlySet<string> = new Set([
  'secretary',
  'secretaries',
  'office',
  'officer',
  'club',
  'corps',
  'intelligence',
  // "Independent Federation of Flight Attendants", "Independent Electoral Commission", "Independent Counsel".
  ...['federation', 'commission', 'committee', 'council', 'party', 'counsel', 'electoral'],
]);

/**
 * Heads of another body's name that a paper's word inside it does not make a paper ("Waco Independent School
 * District", "National Postal Mail Handlers Union", "Post and Telecommunications Ministry"), unless right after it
 * ("Times Union").
 */
export const NOT_MEDIA_HEADS: ReadonlySet<string> = new Set([
  ...['district', 'union', 'ministry', 'department', 'school', 'university', 'college', 'hospital', 'bank', 'board'],
  ...['authority', 'council', 'commission', 'committee', 'party', 'church', 'court'],
]);

/** Newspapers' short names, which are no one's name alone. */
export const SHORT_PAPER_NAMES: ReadonlySet<string> = new Set([
  'times',
  'post',
  'journal',
  'guardian',
  'telegraph',
  'herald',
  'tribune',
  'gazette',
  'chronicle',
  'economist',
]);

/** Networks whose stations and desks are named by the network and a place or beat ("CBS Miami", "CNN Business"). */
export const BROADCASTERS: ReadonlySet<string> = new Set([
  'abc',
  'cbs',
  'nbc',
  'cnn',
  'cnbc',
  'msnbc',
  'pbs',
  'npr',
  'bbc',
  'cbc',
  'ctv',
  'itv',
]);
