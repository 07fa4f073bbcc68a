/** Members of parties by the noun news uses for them, capitalized like names ("a Democrat", "two Republicans", "one Tory"). */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(['democrat', 'democrats', 'republican', 'republicans', 'tory', 'tories']);

/** Parties and leanings, which describe a politician as a role does ("California Democrat", "Liberal Rep."). */
export const PARTY_WORDS: ReadonlySet<string> = new Set([
  'democrat',
  'democrats',
  'republican',
  'republicans',
  'liberal',
  'conservative',
  'independent',
  'tory',
  'labour',
]);

/** Party members in the plural: "Congressional Republicans", "Chicago Democrats" are a group, not a person. */
export const PARTY_GROUPS: ReadonlySet<string> = new Set([
  'democrats',
  'republicans',
  'tories',
  'liberals',
  'conservatives',
  'socialists',
  'greens',
]);
