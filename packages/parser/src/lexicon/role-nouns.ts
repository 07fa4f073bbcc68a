import { ANONYMOUS_HEADS } from './anonymous';
import { PARTY_MEMBERS } from './parties';
import { PAPER_TITLE_WORDS } from './media-names';

/**
 * Nouns of roles, titles and epithets ("spokesman", "Secretary of State", "the dictator") that
 * stand before or beside a name, and that later refer back to it ("the Kremlin leader").
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  // Occupations written before a name or as its description ("Comedian Hari Kondabolu", "a virologist, said"); not
  // those that are as often surnames ("Farmer", "Boxer", "Pitcher", "Priest").
  ...['comedian', 'pianist', 'novelist', 'historian', 'songwriter', 'rapper', 'poet', 'photographer', 'filmmaker'],
  ...['producer', 'architect', 'epidemiologist', 'surgeon', 'pollster', 'commentator', 'journalist', 'musician'],
  ...['guitarist', 'drummer', 'composer', 'dancer', 'playwright', 'screenwriter', 'entrepreneur', 'billionaire'],
  ...['businessman', 'businesswoman', 'astronaut', 'quarterback', 'golfer', 'magician', 'influencer', 'youtuber'],
  ...['blogger', 'podcaster', 'philanthropist', 'demographer', 'virologist', 'immunologist', 'pediatrician'],
  ...['psychologist', 'psychiatrist', 'sociologist', 'anthropologist', 'biologist', 'physicist', 'mathematician'],
  ...['engineer', 'rancher', 'pastor', 'rabbi', 'imam'],
  // Titles written before a name ("said Sheriff Chris Watkins", "the Reverend Katherine Ragsdale").
  // (Not "anchor", which opens companies' names: "Anchor Glass Container Corp", "Anchor Hocking Corp".)
  ...['sheriff', 'reverend', 'grandmaster'],
  // Hyphenated titles of international bodies ("WHO Director-General Tedros", "U.N. Secretary-General Antonio Guterres").
  ...['director-general', 'secretary-general', 'attorney-general', 'governor-general'],
  // "U.S. Agriculture Undersecretary Daniel Amstutz".
  ...['undersecretary', 'under-secretary'],
  // Medicine and science, whose specialists news quotes by their specialty ("the retired neurosurgeon acknowledged").
  ...['neurosurgeon', 'neurologist', 'cardiologist', 'oncologist', 'pulmonologist', 'anesthesiologist', 'radiologist'],
  ...['dermatologist', 'obstetrician', 'gynecologist', 'toxicologist', 'pathologist', 'pharmacologist', 'paramedic'],
  ...['biostatistician', 'microbiologist', 'geneticist', 'statistician', 'ecologist', 'climatologist'],
  // Titles of local and state office, written before a name ("New York City Councilman Mark Levine", "Assemblywoman
  // Yuh-Line Niou", "Comptroller Scott Stringer"): without them the title is read as part of the name.
  ...['councilman', 'councilwoman', 'councilmember', 'assemblyman', 'assemblywoman', 'assemblymember', 'alderman'],
  ...['alderwoman', 'selectman', 'freeholder', 'supervisor', 'comptroller', 'legislator', 'prosecutor', 'coroner'],
  'president',
  'vice-president',
  'minister',
  'secretary',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'dictator',
  'chancellor',
  'premier',
  'governor',
  'mayor',
  'senator',
  'congressman',
  'congresswoman',
  'chairman',
  'chairwoman',
  'chair',
  'chief',
  'director',
  'ceo',
  'cfo',
  'founder',
  'owner',
  'manager',
  'head',
  'commissioner',
  'ambassador',
  'envoy',
  'general',
  'commander',
  'officer',
  'judge',
  'justice',
  'lawyer',
  'attorney',
  'professor',
  'economist',
  'analyst',
  'researcher',
  'scientist',
  'doctor',
  'dr',
  'physician',
  'nurse',
  'coach',
  'captain',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'bishop',
  'councillor',
  'councilor',
  'mp',
  'mla',
  'mpp',
  'critic',
  'candidate',
  'strategist',
  'adviser',
  'advisor',
  'aide',
  'deputy',
  'representative',
  'rep',
  'sen',
  'gov',
  'superintendent',
  'inspector',
  'sergeant',
  'sgt',
  'constable',
  'cst',
  'detective',
  'lieutenant',
  'colonel',
  'author',
  'writer',
  'editor',
  'columnist',
  'reporter',
  'correspondent',
  'activist',
  'advocate',
  'organizer',
  'principal',
  'teacher',
  'student',
  'president-elect',
  'prime',
  'treasurer',
  'administrator',
  'executive',
  'partner',
  'official',
  'politician',
  'leader',
  'ruler',
  'autocrat',
  'strongman',
  'boss',
  'host',
  'chef',
  'speaker',
  'mother',
  'father',
  'spokesperson',
  'agent',
  'specialist',
  'expert',
  'associate',
  'fellow',
  'economist',
  'investor',
  'trader',
  'banker',
  'player',
  'athlete',
  'artist',
  'actor',
  'actress',
  'singer',
]);

/**
 * Roles that are a role only in lowercase ("GMA anchor Robin Roberts", "cattle farmer Jim Smith"): capitalized, they
 * open companies' names or are surnames ("Anchor Glass Container Corp", "Boxer", "Farmer").
 */
const LOWERCASE_ROLE_NOUNS: ReadonlySet<string> = new Set(['anchor', 'farmer', 'boxer', 'pitcher', 'priest']);

/** Whether a word (lowercased, and whether it was capitalized) is a role noun: one of ROLE_NOUNS, or of the roles only in lowercase. */
export function isRoleNoun(lower: string, cap: boolean): boolean {
  return ROLE_NOUNS.has(lower) || (!cap && LOWERCASE_ROLE_NOUNS.has(lower));
}

/** Businesses by their trade, as wire copy names them a second time ("the retailer said", "the automaker"). */
const TRADE_NOUNS = ['retailer', 'automaker', 'carmaker', 'lender', 'insurer', 'chipmaker', 'drugmaker', 'railroad'];
const MORE_TRADE_NOUNS = ['grocer', 'conglomerate', 'utility', 'startup', 'supermarket', 'giant'];
/** ... and by what they make or sell ("the automated ticket systems supplier reported"). */
const MAKER_NOUNS = ['supplier', 'manufacturer', 'distributor', 'wholesaler', 'refiner', 'bottler', 'steelmaker'];

/** Words of a public body's name, which "the company" or "the insurer" never is ("Department of Health Services"). */
export const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set([
  ...['department', 'ministry', 'agency', 'commission', 'court', 'council', 'committee', 'bureau', 'government'],
  ...['administration', 'senate', 'congress', 'parliament', 'police', 'army', 'navy', 'treasury', 'cabinet'],
]);

/** Organization words that name a business, which no place speaks as ("the company", "the insurer"; not "the state"). */
export const BUSINESS_NOUNS: ReadonlySet<string> = new Set([
  ...['company', 'firm', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'co', 'group', 'holdings', 'industries'],
  ...TRADE_NOUNS,
  ...['railway', 'airline'],
  ...MORE_TRADE_NOUNS,
  ...['systems', 'technologies', 'partners'],
  ...MAKER_NOUNS,
]);

/**
 * The members a labor union is named for, ending its name ("United Auto Workers", "Teamsters", "International
 * Association of Machinists"), and the words of a union's name that say "union" otherwise: news then calls it "the union".
 */
export const LABOR_UNION_WORDS: ReadonlySet<string> = new Set([
  ...['workers', 'autoworkers', 'steelworkers', 'mineworkers', 'teamsters', 'machinists', 'longshoremen', 'boilermakers'],
  ...['union', 'unions', 'federation', 'brotherhood', 'guild', 'afl-cio'],
]);

/** Nouns that name an organization or body when they head a phrase ("the ministry", "the council"). */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'ministry',
  'ministries',
  'department',
  'committee',
  'council',
  'commission',
  'agency',
  'service',
  'services',
  'police',
  'government',
  'party',
  'university',
  'college',
  'institute',
  'institution',
  'association',
  'union',
  'bank',
  'company',
  'corp',
  'corporation',
  'inc',
  'ltd',
  'llc',
  'co',
  'group',
  'board',
  'court',
  'office',
  'authority',
  'foundation',
  // ("World Economic Forum", "Pacific Islands Forum".)
  'forum',
  'federation',
  'nations',
  'assembly',
  'society',
  'centre',
  'center',
  'hospital',
  'clinic',
  'school',
  'network',
  'league',
  'club',
  'coalition',
  'alliance',
  'organization',
  'organisation',
  'fund',
  'bureau',
  'administration',
  'army',
  'brigade',
  'community',
  'consortium',
  'brigades',
  'battalion',
  'regiment',
  'militia',
  'forces',
  'senate',
  'congress',
  'parliament',
  'kremlin',
  'pentagon',
  'cabinet',
  'firm',
  'exchange',
  // "the Chamber of Mines", "the U.S. Chamber of Commerce".
  'chamber',
  'tribunal',
  'secretariat',
  'embassy',
  'consulate',
  'municipality',
  'city',
  'province',
  'state',
  'county',
  'township',
  'region',
  'team',
  'airline',
  'airlines',
  'railway',
  // Words of companies' names, seldom of people's ("Tyson Foods", "Ford Motor", "American Family Insurance").
  ...['foods', 'motor', 'motors', 'energy', 'pharmaceuticals', 'brands', 'stores', 'entertainment', 'communications'],
  // ... and of finance houses' ("Merrill Lynch Capital Markets", "Salomon Brothers", "Shearson Lehman Securities").
  ...['securities', 'brothers', 'associates'],
  ...['labs', 'laboratories', 'financial', 'insurance', 'petroleum', 'chemicals', 'airways', 'logistics', 'software'],
  ...['therapeutics', 'semiconductor', 'resources', 'mining'],
  ...TRADE_NOUNS,
  ...MORE_TRADE_NOUNS,
  ...MAKER_NOUNS,
  'industries',
  'holdings',
  'systems',
  'technologies',
  'partners',
  'trust',
  'network',
  'station',
  'unit',
  'division',
  // "Texas Air Corp's Continental Airlines subsidiary said".
  'subsidiary',
  'affiliate',
  'regulator',
  'watchdog',
  'commission',
  'caucus',
  'movement',
  'campaign',
  'program',
  'programme',
  'project',
  'military',
  'navy',
  'coast',
  'guard',
  'diocese',
  'church',
  'ministry',
  // Thrifts ("Bloomfield Savings", "Home Savings and Loan") and bodies named in French, Spanish, Italian and German
  // ("Societe Europeenne de Propulsion", "Banco de Brasil", "Compagnie Generale", "Deutsche Gesellschaft").
  ...['savings', 'thrift', 'societe', 'société', 'compagnie', 'groupe', 'banque', 'banco', 'banca', 'sociedad', 'compania'],
  ...['compañía', 'gesellschaft', 'bundesbank', 'kaisha'],
  // Company forms ("Daimler AG", "BP plc", "Unilever NV").
  'ag',
  'plc',
  'nv',
  'sa',
  'gmbh',
  'llp',
  'lp',
  'spa',
  'bv',
  'ab',
  'asa',
  'oyj',
  'kk',
  'pty',
  'limited',
  'incorporated',
]);

/** Nouns for an outlet written as a name's role ("the government newspaper New Vision", "the weekly magazine Der Spiegel"). */
export const OUTLET_ROLES: ReadonlySet<string> = new Set([
  'newspaper',
  'paper',
  'tabloid',
  'magazine',
  'weekly',
  'daily',
  'broadcaster',
  'website',
  'blog',
  'newsletter',
  'network',
  'station',
  'channel',
  // "state radio Kol Israel", "Cadena Ser radio".
  'radio',
  'television',
  'tv',
]);

/** Nouns that name a news medium or its output ("the agency", "the article", "the newspaper"). */
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'agency',
  'newspaper',
  'tabloid',
  'website',
  'blog',
  'paper',
  'article',
  'report',
  'outlet',
  'publication',
  'magazine',
  'broadcaster',
  ...PAPER_TITLE_WORDS,
  'weekly',
  'reuters',
  'bloomberg',
  'interfax',
  'tass',
  'xinhua',
  'afp',
  'ap',
  'bbc',
  'cnn',
  'cbc',
  'ctv',
  'npr',
  'ria',
]);

/** News agencies and broadcasters known worldwide by a single word: names, kind `media`. */
export const NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'reuters',
  'bloomberg',
  'interfax',
  'tass',
  'xinhua',
  'afp',
  'ap',
  'bbc',
  'cnn',
  'ria',
  'kyodo',
  'yonhap',
  'dpa',
  'ansa',
  'efe',
  'ukrinform',
  'axios',
  'politico',
  // Outlets known by one name (or "The" and one), which no person bears.
  ...['npr', 'cnbc', 'msnbc', 'cbs', 'nbc', 'pbs', 'c-span', 'buzzfeed', 'huffpost', 'breitbart', 'vox', 'verge', 'the verge'],
  ...['business insider', 'techcrunch', 'engadget', 'gizmodo', 'mashable', 'forbes', 'slate', 'salon', 'wired'],
  ...['business day', 'business week', 'businessweek'],
]);

/** Common nouns for people and groups that speak ("protesters", "the family", "police", "a statement"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'people',
  // (Not 'allies': an anonymous head, as "aides" is, lexicon/anonymous.)
  'ally',
  'police',
  'staff',
  'family',
  'families',
  'public',
  'authorities',
  'crowd',
  'audience',
  'youth',
  'kid',
  'kids',
  'child',
  'children',
  'man',
  'woman',
  'men',
  'women',
  'boy',
  'girl',
  'mother',
  'father',
  'wife',
  'husband',
  'son',
  'daughter',
  'friend',
  'friends',
  'colleague',
  'colleagues',
  'statement',
  'letter',
  'group',
  'groups',
  'union',
  'couple',
  'neighbours',
  'neighbors',
  // "Relatives say ...": a family speaking, not a body named "Relatives".
  'relative',
  'relatives',
  'sibling',
  'siblings',
  'classmate',
  'classmates',
  // "Lawmakers said": elected people as a group, whose singular is no title written before a name.
  'lawmaker',
  'lawmakers',
  'legislators',
  'victim',
  'victims',
  'survivor',
  'survivors',
  'critics',
  'supporters',
  'opponents',
  'protesters',
  'protestors',
  'residents',
  'parents',
  'students',
  'voters',
  'delegates',
  'delegate',
  'fans',
  'locals',
  'citizens',
  'doctors',
  'nurses',
  'scientists',
  'experts',
  'economists',
  'analysts',
  'researchers',
  'officials',
  'organizers',
  'investigators',
  'prosecutors',
  'lawyers',
  'attorneys',
  'paramedics',
  'firefighters',
  'soldiers',
  'troops',
  'judge',
  'court',
  'jury',
  'panel',
  'spokesperson',
  'spokespeople',
  'representatives',
  'leaders',
  'ministers',
  'members',
  'workers',
  'employees',
  'teachers',
  'owners',
  'users',
  'customers',
  'tenants',
  'landlords',
  'veterans',
  'chief',
]);

/** Nouns with an agent-like ending that are not people ("documents", "numbers"). */
const NOT_PEOPLE = new Set([
  // Adjectives and adverbs in -er ("the former president", "a bigger share"), not agent nouns.
  ...['former', 'latter', 'other', 'another', 'further', 'earlier', 'later', 'proper', 'eager', 'together', 'whether', 'rather'],
  ...['either', 'neither', 'however', 'whatever', 'whenever', 'wherever', 'under', 'never', 'sooner', 'longer', 'stronger'],
  ...['bigger', 'larger', 'smaller', 'greater', 'lower', 'higher', 'newer', 'older', 'younger', 'better', 'faster', 'slower'],
  ...['harder', 'easier', 'clearer', 'tighter', 'wider', 'deeper', 'cheaper', 'richer', 'poorer', 'safer', 'weaker', 'tougher'],
  ...['broader', 'closer', 'fewer', 'tender', 'sheer', 'super', 'inner', 'outer', 'upper', 'bitter', 'silver', 'severe'],
  // ... and in -or ("a senior ministry official", "a junior bank official", "a major shareholder").
  ...['senior', 'junior', 'major', 'minor', 'prior', 'interior', 'exterior', 'superior', 'inferior'],
  'document',
  'documents',
  'number',
  'numbers',
  'order',
  'orders',
  'matter',
  'matters',
  'water',
  'paper',
  'papers',
  'center',
  'centre',
  'comment',
  'comments',
  'statement',
  'statements',
  'moment',
  'event',
  'events',
  'content',
  'percent',
  'element',
  'amount',
  'payment',
  'payments',
  'department',
  'investment',
  'environment',
  'chapter',
  'letter',
  'letters',
  'quarter',
  'error',
  'errors',
  'sector',
  'factor',
  'factors',
  'winter',
  'summer',
  'weather',
  'border',
  'answer',
  'question',
]);

/** Whether a lowercase noun heads a description of one person: a role ("spokesman", "managing director") or a person noun ("mother"). */
export function isRoleOrPersonNoun(head: string): boolean {
  return ROLE_NOUNS.has(head) || PERSON_NOUNS.has(head);
}

/** Whether a word is a noun for a person, a group of speakers or a party member ("spokesman", "Republican"). */
export function isPersonHead(word: string): boolean {
  return isSpeakerNoun(word) || PARTY_MEMBERS.has(word);
}

/** Plurals that speak for a body rather than as a group of their own ("spokesmen for Pfizer"). */
const SPEAKING_FOR = new Set(['spokesmen', 'spokeswomen', 'spokespeople', 'spokespersons', 'representatives']);

/** Whether a plural speaks for a body ("spokesmen", "representatives"). */
export function speaksForABody(word: string): boolean {
  return SPEAKING_FOR.has(word);
}

/**
 * Whether a lowercase word is a plural for unnamed people ("officials", "doctors", "economists", "aides"): not
 * a party's members, a body, an outlet, or those who speak for a body. With `byForm`, an agent noun the lists
 * lack counts too ("epidemiologists"); not for a capitalized word, which may be a name ("Reuters").
 */
export function isPeoplePlural(word: string, byForm: boolean): boolean {
  if (word.length < 4 || !word.endsWith('s') || SPEAKING_FOR.has(word) || PARTY_MEMBERS.has(word)) return false;
  if (ORGANIZATION_WORDS.has(word) || MEDIA_WORDS.has(word) || NOT_PEOPLE.has(word)) return false;
  const singular = word.slice(0, -1);
  if (ANONYMOUS_HEADS.has(word) || PERSON_NOUNS.has(word) || ROLE_NOUNS.has(singular) || PERSON_NOUNS.has(singular)) return true;
  if (isRolePluralInEs(word)) return true;
  return byForm && /(?:er|or|ist|ian|ant|ent|ee)s$/.test(word) && word.length > 5 && !NOT_PEOPLE.has(singular);
}

/** Whether a lowercase head noun can name a speaker: a role, body, medium, anonymous or person noun, or an agent noun ("organizer"). */

export function isSpeakerNoun(head: string): boolean {
  if (ROLE_NOUNS.has(head) || ORGANIZATION_WORDS.has(head) || MEDIA_WORDS.has(head) || PERSON_NOUNS.has(head)) return true;
  // "a citizen" as well as "citizens", "a witness" as well as "witnesses"; "bosses", "coaches" as well as "boss", "coach".
  if (PERSON_NOUNS.has(`${head}s`) || PERSON_NOUNS.has(`${head}es`) || ANONYMOUS_HEADS.has(head)) return true;
  if (isRolePluralInEs(head)) return true;
  // ... and "businessmen", "seamen", "congressmen" (not "specimen", "regimen", "abdomen").
  if (head.length > 5 && isPluralInMen(head)) return true;
  return /(?:er|or|ist|ian|ant|ent|ee)s?$/.test(head) && head.length > 4 && !NOT_PEOPLE.has(head);
}

/** Whether a word is a role's plural in "-es" after a hissing sound ("bosses", "coaches"), which "-s" rules miss. */
function isRolePluralInEs(word: string): boolean {
  return ES_PLURAL.test(word) && ROLE_NOUNS.has(word.slice(0, -2));
}
const ES_PLURAL = /(?:ss|ch|sh|x)es$/;

/** Whether a word is a plural of people in "-men" or "-people" ("businessmen", "townspeople"): a group, never one person. */
export function isPluralInMen(word: string): boolean {
  return (word.endsWith('men') && !NOT_MEN.has(word)) || word.endsWith('people');
}

/** Words in "-men" that name no people. */
const NOT_MEN: ReadonlySet<string> = new Set(['specimen', 'regimen', 'abdomen', 'acumen']);

/** Titles written before a name, without their period ("Mr.", "Gov.", "Lt. Gen."): compare a word lowercased, its period dropped. */
export const TITLES: ReadonlySet<string> = new Set([
  ...['mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'dame', 'lord', 'rev', 'sen', 'rep', 'gov', 'gen', 'col', 'lt'],
  ...['sgt', 'cst', 'const', 'supt', 'insp', 'det', 'capt', 'maj', 'hon', 'pres', 'ald'],
  ...['adm', 'cmdr', 'cdr', 'brig', 'pvt', 'spc', 'sheikh', 'sheik'],
]);

/** Whether a lowercase word is a title written before a name, with or without its period ("gov.", "sen", "dr."). */
export function isTitle(lower: string): boolean {
  return TITLES.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/** Courtesy titles, which say nothing of a role after another title ("NIH Director Dr. Francis Collins"): lowercased, period dropped. */
export const COURTESY_TITLES: ReadonlySet<string> = new Set(['dr', 'prof', 'mr', 'mrs', 'ms']);

/** Courtesy titles that make "Mr. & Mrs. Smith" a couple, not a firm (written without their period here). */
export const COUPLE_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr']);

/** Executives' titles written in capitals ("Slate's CEO"), which name a role, never a body. */
export const TITLE_ACRONYMS: ReadonlySet<string> = new Set(['CEO', 'CFO', 'COO', 'CTO', 'CIO', 'CMO']);

/** Titles that end a body's title for its person, right before the name ("Senate Majority Leader Mitch McConnell"). */
export const TITLE_ENDS: ReadonlySet<string> = new Set([
  'leader',
  'whip',
  'speaker',
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'majority',
  'minority',
]);

/** Titles abbreviated in capitals, which in lower case are other words ("DA Chesa Boudin", not "Leonardo da Vinci"). */
export const CAPITAL_TITLES: ReadonlySet<string> = new Set(['DA', 'VP', 'AG']);

/** Abbreviated titles by the role noun they stand for: "Gov. Kim Reynolds" is "the governor". */
export const TITLE_ROLE_NOUNS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'],
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['pres', 'president'],
  ['ald', 'alderman'],
  ['gen', 'general'],
  ['col', 'colonel'],
  ['lt', 'lieutenant'],
  ['sgt', 'sergeant'],
  ['supt', 'superintendent'],
  ['atty', 'attorney'],
  ['det', 'detective'],
  ['cmdr', 'commander'],
  ['adm', 'admiral'],
  ['amb', 'ambassador'],
  ['sec', 'secretary'],
  ['insp', 'inspector'],
  ['prof', 'professor'],
]);

/** Lowercase nouns for what a public body does ("the health department", "the transportation agency"). */
export const BODY_DOMAINS: ReadonlySet<string> = new Set([
  'police',
  'health',
  'fire',
  'school',
  'schools',
  'education',
  'transportation',
  'transit',
  'justice',
  'defense',
  'labor',
  'water',
  'parks',
  'housing',
  'treasury',
  'finance',
  'commerce',
  'agriculture',
  'energy',
  'environmental',
  'sheriff',
  'election',
  'elections',
  'tax',
  'revenue',
]);

/** Offices no one bears as a surname, which end a title written with no name ("Treasury Secretary", "U.S. Official"). */
export const OFFICES: ReadonlySet<string> = new Set([
  ...['secretary', 'minister', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'chancellor'],
  ...['analyst', 'banker', 'officer', 'lawyer', 'director', 'chairman', 'chairwoman', 'governor', 'ambassador'],
  ...['diplomat', 'economist', 'commissioner', 'premier', 'envoy', 'negotiator', 'delegate', 'trader', 'dealer'],
]);

/** Who speaks for a body: "the spokesperson" is its voice, not the person last quoted. */
export const SPOKESPEOPLE: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman']);
