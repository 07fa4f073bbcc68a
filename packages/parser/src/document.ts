import type { Dateline, ParseMeta, QuoteKind, RemovedBlock, SourceKind } from '@claimline/schema';
import type { OffsetMap } from './offset-map';

/** A [start, end) range of the clean article text. */
export interface Range {
  start: number;
  end: number;
}

/** A word or punctuation mark of the clean text. */
export interface Token extends Range {
  text: string;
  /** Lowercased text, for lexicon look-ups. */
  lower: string;
  /** Whether it is a word (letters or digits) rather than punctuation. */
  word: boolean;
  /** Whether it starts with a capital letter. */
  cap: boolean;
}

/** A paragraph of the clean text, with its tokens. */
export interface Paragraph extends Range {
  index: number;
  tokens: Token[];
}

/** A sentence: a range of tokens of one paragraph. */
export interface Sentence extends Range {
  paragraph: number;
  /** Index of its first token in the paragraph's tokens, and one past its last. */
  first: number;
  last: number;
}

/** Words between quotation marks; `closed` is false when the paragraph ended first. */
export interface Quotation extends Range {
  inner: Range;
  closed: boolean;
  paragraph: number;
  /** Set once a rule has made it (part of) a claim. */
  used: boolean;
}

/**
 * The words that name a speaker at one place in the text. Every literal lists the fields in one order (text, start,
 * end, kind, name, role): V8 then gives all mentions one shape, and the code reading them stays monomorphic.
 */
export interface Mention extends Range {
  text: string;
  kind: 'name' | 'pronoun' | 'nominal' | 'anonymous';
  /** The name part of a mention with a title ("U.S. Secretary of State Anthony Blinken" -> "Anthony Blinken"). */
  name: string;
  /** A role or title given with the mention ("U.S. Secretary of State", "Putin's spokesman"). */
  role: string | null;
}

/** A speech verb that attributes a claim. */
export interface CueMatch extends Range {
  text: string;
  lemma: string;
}

/** One claim found by a rule, before speakers are resolved to sources. */
export interface Claim {
  span: Range;
  kind: QuoteKind;
  cue: CueMatch | null;
  mention: Mention | null;
  /** Which rule found it, for debugging and confidence. */
  rule: string;
  confidence: number;
  /** For claims with no mention: the speaker is the one of the claim before (a quote running on). */
  inherits: boolean;
  /** Who an attribution closing the sentence names ("..., central bank sources said."): the claim's relay. */
  relay: Mention | null;
  /** Filled by resolution: index into ParseDocument.entities. */
  entity: number | null;
  via: number | null;
}

/** A speaker resolved across the article. */
export interface Entity {
  name: string;
  kind: SourceKind;
  roles: string[];
  aliases: string[];
  descriptor: string | null;
  /** Where it was last mentioned (clean text offset), for recency in coreference. */
  lastAt: number;
  /** The gender its courtesy title ("Mr.", "Ms.") or its fullest name's pronouns gave it: "Ms. Rose" is not "Mr. Rose". */
  gender: 'm' | 'f' | null;
}

/** The shared document every pipeline stage reads and extends. */
export interface ParseDocument {
  raw: string;
  meta: ParseMeta;
  /** The raw text with offset-preserving replacements (NBSP, hard wraps): same length as raw. */
  normalized: string;
  /** The clean body: `normalized` with title, captions and trailing blocks cut out. */
  text: string;
  map: OffsetMap;
  title: string | null;
  removed: RemovedBlock[];
  dateline: Dateline | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotations: Quotation[];
  claims: Claim[];
  entities: Entity[];
}
