import type { FullName } from './name-lookup';
import type { Entity, ParseDocument, Range, Token } from '../document';
import type { AnonymousPhrase } from './anonymous-antecedent';
import type { NameOccurrence } from './name-occurrence';
import type { Gender } from './name-index';
import { writtenWithIt } from './introduced-names';
import { initials, words } from './name-words';
import { withoutLastLegalForm } from '../lexicon/company-endings';
import { personalNames } from './personal-names';

/**
 * What resolution knows while it walks the claims of one article: the names written in it, the
 * entities found so far and the claim being resolved. Lists and caches only; the steps that use
 * them are functions in this folder.
 */
export class ResolveContext {
  /** The entities found so far; claims point into this list. */
  readonly entities: Entity[] = [];
  /** Entity indices by kind and last word, for merging mentions of the same speaker. */
  readonly byKey = new Map<string, number[]>();
  /** Written names by their last and first word ("Peskov" -> "Dmitry Peskov", "Wang" -> "Wang Qishan"). */
  readonly namesByWord = new Map<string, NameOccurrence[]>();
  /** Gender votes by last word: + for he, - for she. */
  readonly genders = new Map<string, number>();
  /** Entity indices in the order they were last mentioned (recency for coreference). */
  readonly touched: number[] = [];
  /** The entity of the last claim resolved (a speaker, not a relay found for it): see lastUnnamedSpeaker. */
  lastSpoken: number | null = null;
  /**
   * Bodies a "he" or "she" spoke for, with the pronoun's gender ("a spokesman for the state-owned Taiwan Sugar Corp told
   * Reuters. He said ..."): the next "he" goes on speaking for the body (pronoun.ts).
   */
  readonly spokenFor = new Map<number, Gender>();
  /** The entities that are the article's writer, its "I" (narrator.ts): never who a "he", "she" or description is. */
  readonly writers = new Set<number>();
  /** Caches of the name look-ups, per article: fullest forms by kind (and gender, when known), then by name. */
  readonly fullestCache = new Map<string, Map<string, FullName>>();
  readonly firstNameCache = new Map<string, string | null>();
  /** How much more recent a written name must be than the last speaker to win a pronoun. */
  readonly lead = 400;
  /** The claim being resolved: names inside its own words are not its speaker ("Macharia ... hid, he said"). */
  exclude: Range = { start: 0, end: 0 };

  private claimText: (() => boolean) | null = null;
  private firstPersonCache: boolean | null = null;
  private anonymousList: readonly AnonymousPhrase[] | null = null;
  private initialsIndex: Map<string, NameOccurrence> | null = null;
  private personalNames: Set<string> | null = null;
  private bodyWords: Set<string> | null = null;

  constructor(
    readonly doc: ParseDocument,
    readonly names: readonly NameOccurrence[],
    private readonly findAnonymous: () => readonly AnonymousPhrase[],
  ) {
    for (const n of names) {
      const w = words(n.name);
      const last = w.at(-1) ?? '';
      this.index(last, n);
      if (w.length > 1 && w[0] !== undefined && w[0] !== last) this.index(w[0], n);
      if (n.gender !== null) this.genders.set(last, (this.genders.get(last) ?? 0) + (n.gender === 'm' ? 1 : -1));
    }
  }

  private index(key: string, n: NameOccurrence): void {
    const list = this.namesByWord.get(key);
    if (list === undefined) this.namesByWord.set(key, [n]);
    else list.push(n);
  }

  /** Starts the resolution of one claim; `firstPerson` tells (when first asked) whether its words say "I". */
  startClaim(span: Range, firstPerson: () => boolean): void {
    this.exclude = span;
    this.claimText = firstPerson;
    this.firstPersonCache = null;
  }

  /** Whether the claim being resolved speaks as "I": then its speaker is a person. */
  get firstPerson(): boolean {
    if (this.firstPersonCache === null) this.firstPersonCache = this.claimText?.() ?? false;
    return this.firstPersonCache;
  }

  /** Whether offset `at` lies inside a closed quotation (binary search over the article's quotations, in text order). */
  inQuotation(at: number): boolean {
    const quotations = this.doc.quotations;
    let lo = 0;
    let hi = quotations.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((quotations[mid]?.end ?? Infinity) <= at) lo = mid + 1;
      else hi = mid;
    }
    const q = quotations[lo];
    // (Closed ones only: an opening mark the writer never closed runs on over the attribution.)
    return q !== undefined && q.start <= at && q.closed;
  }

  /** Anonymous groups the text describes, found on the first bare anonymous mention (most articles have none). */
  get anonymous(): readonly AnonymousPhrase[] {
    this.anonymousList ??= this.findAnonymous();
    return this.anonymousList;
  }

  /**
   * Last words of the one-word names the article writes as a person's, found when first asked: "said Kunin, who has
   * been critical" ("who" is said of a person, "which" of a body), "Koutsoukosta and her team".
   */
  get personal(): ReadonlySet<string> {
    // Words the article writes as a body's, whatever "he" follows them elsewhere; found only when a word "says he".
    this.personalNames ??= personalNames(this.doc, (word) => this.writtenAsBody(word));
    return this.personalNames;
  }

  /** Whether the article writes a lowercase word as a body's ("Amazon said it", "Amazon workers"); found when first asked. */
  writtenAsBody(word: string): boolean {
    this.bodyWords ??= writtenWithIt(capitalizedTokens(this.doc));
    return this.bodyWords.has(word);
  }

  /** Multi-word names by their initials, built on the first acronym: most articles have none. */
  get byInitials(): Map<string, NameOccurrence> {
    if (this.initialsIndex === null) {
      this.initialsIndex = new Map();
      for (const n of this.names) {
        if (!n.name.includes(' ')) continue;
        // ... and without a legal form ("GE" for "General Electric Co", "S/P" for "Standard and Poor's Corp").
        const bare = withoutLastLegalForm(n.name);
        for (const key of bare === n.name || !bare.includes(' ') ? [initials(n.name)] : [initials(n.name), initials(bare)])
          if (!this.initialsIndex.has(key)) this.initialsIndex.set(key, n);
      }
    }
    return this.initialsIndex;
  }
}

/** Every capitalized word of the article, where it stands. */
function capitalizedTokens(doc: ParseDocument): { tokens: readonly Token[]; i: number }[] {
  const out: { tokens: readonly Token[]; i: number }[] = [];
  for (const { tokens } of doc.paragraphs) {
    for (let i = 0; i < tokens.length; i += 1) if (tokens[i]?.cap === true && tokens[i]?.word === true) out.push({ tokens, i });
  }
  return out;
}
