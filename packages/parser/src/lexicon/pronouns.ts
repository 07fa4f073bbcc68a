/** Personal pronouns that can name a speaker, with the grammatical number they refer back to. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'singular' | 'plural' | 'neuter'> = new Map([
  ['he', 'singular'],
  ['she', 'singular'],
  ['they', 'plural'],
  ['it', 'neuter'],
]);

/** First and second person pronouns: inside a quotation they are the speaker, never a new source. */
export const SELF_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'me', 'us']);

/** Object pronouns that can follow "told" ("told him that ..."). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);

/** Pronouns for an unnamed person, who speaks as an anonymous source ("Someone told Trump that ..."). */
export const INDEFINITE_PRONOUNS: ReadonlySet<string> = new Set(['someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody']);
