import { ANONYMOUS_HEADS } from './anonymous';

/**
 * Nouns of roles, titles and epithets ("spokesman", "Secretary of State", "the dictator") that
 * stand before or beside a name, and that later refer back to it ("the Kremlin leader").
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'leader',
  'dictator', 'chancellor', 'premier', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman', 'chairman',
  'chairwoman', 'chair', 'chief', 'director', 'ceo', 'cfo', 'founder', 'owner', 'manager', 'head', 'commissioner',
  'ambassador', 'envoy', 'general', 'commander', 'officer', 'judge', 'justice', 'lawyer', 'attorney', 'professor',
  'economist', 'analyst', 'researcher', 'scientist', 'doctor', 'dr', 'physician', 'nurse', 'coach', 'captain',
  'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'councillor', 'councilor', 'mp', 'mla', 'mpp', 'critic',
  'candidate', 'strategist', 'adviser', 'advisor', 'aide', 'deputy', 'representative', 'rep', 'sen', 'gov',
  'superintendent', 'inspector', 'sergeant', 'sgt', 'constable', 'cst', 'detective', 'lieutenant', 'colonel',
  'author', 'writer', 'editor', 'columnist', 'reporter', 'correspondent', 'activist', 'advocate', 'organizer',
  'principal', 'teacher', 'student', 'president-elect', 'prime', 'treasurer', 'administrator', 'executive',
  'partner', 'official', 'politician', 'leader', 'ruler', 'autocrat', 'strongman', 'boss', 'host', 'chef',
  'speaker', 'mother', 'father', 'spokesperson', 'agent', 'specialist', 'expert', 'associate', 'fellow',
  'economist', 'investor', 'trader', 'banker', 'player', 'athlete', 'artist', 'actor', 'actress', 'singer',
]);

/** Nouns that name an organization or body when they head a phrase ("the ministry", "the council"). */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'ministries', 'department', 'committee', 'council', 'commission', 'agency', 'service', 'services',
  'police', 'government', 'party', 'university', 'college', 'institute', 'association', 'union', 'bank',
  'company', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'co', 'group', 'board', 'court', 'office',
  'authority', 'foundation', 'federation', 'nations', 'assembly', 'society', 'centre', 'center', 'hospital',
  'school', 'network', 'league', 'club', 'coalition', 'alliance', 'organization', 'organisation', 'fund',
  'bureau', 'administration', 'army', 'forces', 'senate', 'congress', 'parliament', 'kremlin', 'pentagon',
  'cabinet', 'firm', 'exchange', 'tribunal', 'secretariat', 'embassy', 'consulate', 'municipality', 'city',
  'province', 'state', 'county', 'township', 'region', 'team', 'airline', 'airlines', 'railway', 'industries',
  'holdings', 'systems', 'technologies', 'partners', 'trust', 'network', 'station', 'unit', 'division',
  'regulator', 'watchdog', 'commission', 'caucus', 'movement', 'campaign', 'program', 'programme', 'project',
  'military', 'navy', 'coast', 'guard', 'diocese', 'church', 'ministry',
  // Company forms ("Daimler AG", "BP plc", "Unilever NV").
  'ag', 'plc', 'nv', 'sa', 'gmbh', 'llp', 'lp', 'spa', 'bv', 'ab', 'asa', 'oyj', 'kk', 'pty', 'limited', 'incorporated',
]);

/** Nouns that name a news medium or its output ("the agency", "the article", "the newspaper"). */
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'agency', 'newspaper', 'paper', 'article', 'report', 'outlet', 'publication', 'magazine', 'broadcaster',
  'news', 'times', 'post', 'journal', 'press', 'herald', 'gazette', 'tribune', 'telegraph', 'guardian', 'radio',
  'television', 'tv', 'daily', 'weekly', 'star', 'globe', 'mail', 'observer', 'chronicle', 'wire', 'newswire',
  'reuters', 'bloomberg', 'interfax', 'tass', 'xinhua', 'afp', 'ap', 'bbc', 'cnn', 'cbc', 'ctv', 'npr', 'ria',
]);

/** News agencies and broadcasters known worldwide by a single word: names, kind `media`. */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'reuters', 'bloomberg', 'interfax', 'tass', 'xinhua', 'afp', 'ap', 'bbc', 'cnn', 'ria', 'kyodo', 'yonhap',
  'dpa', 'ansa', 'efe', 'ukrinform', 'axios', 'politico',
]);

/** Common nouns for people and groups that speak ("protesters", "the family", "police", "a statement"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'people', 'police', 'staff', 'family', 'families', 'public', 'authorities', 'crowd', 'youth', 'kids', 'children',
  'man', 'woman', 'men', 'women', 'boy', 'girl', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'friend',
  'friends', 'colleague', 'colleagues', 'statement', 'letter', 'group', 'groups', 'union', 'couple', 'neighbours',
  'neighbors', 'victim', 'victims', 'survivor', 'survivors', 'critics', 'supporters', 'opponents', 'protesters',
  'protestors', 'residents', 'parents', 'students', 'voters', 'fans', 'locals', 'citizens', 'doctors', 'nurses',
  'scientists', 'experts', 'economists', 'analysts', 'researchers', 'officials', 'organizers', 'investigators',
  'prosecutors', 'lawyers', 'attorneys', 'paramedics', 'firefighters', 'soldiers', 'troops', 'judge',
  'court', 'jury', 'panel', 'spokesperson', 'spokespeople', 'representatives', 'leaders', 'ministers', 'members',
  'workers', 'employees', 'teachers', 'owners', 'users', 'customers', 'tenants', 'landlords', 'veterans', 'chief',
]);

/** Nouns with an agent-like ending that are not people ("documents", "numbers"). */
const NOT_PEOPLE = new Set(['document', 'documents', 'number', 'numbers', 'order', 'orders', 'matter', 'matters', 'water', 'paper', 'papers', 'center', 'centre', 'comment', 'comments', 'statement', 'statements', 'moment', 'event', 'events', 'content', 'percent', 'element', 'amount', 'payment', 'payments', 'department', 'investment', 'environment', 'chapter', 'letter', 'letters', 'quarter', 'error', 'errors', 'sector', 'factor', 'factors', 'winter', 'summer', 'weather', 'border', 'answer', 'question']);

/** Whether a lowercase head noun can name a speaker: a role, body, medium, anonymous or person noun, or an agent noun ("organizer"). */
export function isSpeakerNoun(head: string): boolean {
  if (ROLE_NOUNS.has(head) || ORGANIZATION_WORDS.has(head) || MEDIA_WORDS.has(head) || PERSON_NOUNS.has(head)) return true;
  // "a citizen" as well as "citizens", "a witness" as well as "witnesses".
  if (PERSON_NOUNS.has(`${head}s`) || PERSON_NOUNS.has(`${head}es`) || ANONYMOUS_HEADS.has(head)) return true;
  return /(?:er|or|ist|ian|ant|ent|ee)s?$/.test(head) && head.length > 4 && !NOT_PEOPLE.has(head);
}
