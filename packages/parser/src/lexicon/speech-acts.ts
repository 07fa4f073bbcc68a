import { regularForms } from './cue-verbs';

/**
 * Speech acts that take an object rather than a reported clause: "accused Clinton of ...",
 * "called the judge a “hater”", "urged the party to ...", "asked whether ...". General English
 * (not drawn from any article set): each lemma lists the frames it takes. A bare object
 * ("criticized the plan", "announced funding") is left out: as often an act as a claim.
 *
 * - `complement`: object and a predicate ("called it “a disaster”", "described the race as ...", "accused X of ...");
 * - `objectTo`: a hearer and an infinitive ("urged voters to ...", "called on Snyder to resign");
 * - `question`: a question ("asked whether ...", "asked about ...");
 * - `object`: a bare object, for verbs that judge what they name ("criticized the plan", "praised Sanders");
 * - `infinitive`: a commitment ("vowed to repeal the law", "threatened to sue").
 */
export type Frame = 'complement' | 'objectTo' | 'question' | 'object' | 'infinitive';

/** A speech act's frames, the preposition of its complement if any, and particles that open its content ("call for"). */
export interface SpeechAct {
  lemma: string;
  frames: readonly Frame[];
  /** The word that opens the predicate of a `complement` frame ("of" for accuse, "as" for describe); null: any NP or quotation. */
  link: string | null;
  /** Words right after the verb that open the content ("call for the ban", "pointed to the program"). */
  particles: readonly string[];
}

const ACTS: readonly SpeechAct[] = [
  { lemma: 'accuse', frames: ['complement'], link: 'of', particles: [] },
  { lemma: 'describe', frames: ['complement'], link: 'as', particles: [] },
  { lemma: 'characterize', frames: ['complement'], link: 'as', particles: [] },
  { lemma: 'label', frames: ['complement'], link: null, particles: [] },
  { lemma: 'brand', frames: ['complement'], link: null, particles: [] },
  { lemma: 'call', frames: ['complement', 'objectTo'], link: null, particles: ['for', 'on', 'upon'] },
  { lemma: 'point', frames: [], link: null, particles: ['to'] },
  { lemma: 'urge', frames: ['objectTo'], link: null, particles: [] },
  { lemma: 'implore', frames: ['objectTo'], link: null, particles: [] },
  { lemma: 'beg', frames: ['objectTo'], link: null, particles: [] },
  { lemma: 'invite', frames: ['objectTo'], link: null, particles: [] },
  { lemma: 'advise', frames: ['objectTo'], link: null, particles: [] },
  { lemma: 'warn', frames: ['objectTo'], link: null, particles: ['of', 'about', 'against'] },
  { lemma: 'tell', frames: ['objectTo'], link: null, particles: [] },
  { lemma: 'ask', frames: ['objectTo', 'question'], link: null, particles: ['about', 'for'] },
  { lemma: 'criticize', frames: ['object'], link: null, particles: [] },
  { lemma: 'praise', frames: ['object'], link: null, particles: [] },
  { lemma: 'blast', frames: ['object'], link: null, particles: [] },
  { lemma: 'mock', frames: ['object'], link: null, particles: [] },
  { lemma: 'condemn', frames: ['object'], link: null, particles: [] },
  { lemma: 'denounce', frames: ['object'], link: null, particles: [] },
  { lemma: 'dismiss', frames: ['object'], link: null, particles: [] },
  { lemma: 'reject', frames: ['object'], link: null, particles: [] },
  { lemma: 'question', frames: ['object'], link: null, particles: [] },
  { lemma: 'cite', frames: ['object'], link: null, particles: [] },
  { lemma: 'tout', frames: ['object'], link: null, particles: [] },
  { lemma: 'lament', frames: ['object'], link: null, particles: [] },
  { lemma: 'announce', frames: ['object'], link: null, particles: [] },
  { lemma: 'propose', frames: ['object'], link: null, particles: [] },
  { lemma: 'attack', frames: ['object'], link: null, particles: [] },
  { lemma: 'thank', frames: ['object'], link: null, particles: [] },
  { lemma: 'applaud', frames: ['object'], link: null, particles: [] },
  { lemma: 'vow', frames: ['infinitive'], link: null, particles: [] },
  { lemma: 'pledge', frames: ['infinitive'], link: null, particles: [] },
  { lemma: 'promise', frames: ['infinitive'], link: null, particles: [] },
  { lemma: 'threaten', frames: ['infinitive'], link: null, particles: [] },
  { lemma: 'rail', frames: [], link: null, particles: ['against'] },
  { lemma: 'lash', frames: [], link: null, particles: ['out'] },
];

const IRREGULAR: Record<string, readonly string[]> = {
  tell: ['tells', 'told', 'telling'],
  beg: ['begs', 'begged', 'begging'],
  label: ['labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  blast: ['blasts', 'blasted', 'blasting'],
  slam: ['slams', 'slammed', 'slamming'],
  criticize: ['criticizes', 'criticized', 'criticizing', 'criticises', 'criticised', 'criticising'],
};

/** Every inflected form of a speech act (lowercase) mapped to its entry: "accused" -> accuse. */
export const SPEECH_ACT_FORMS: ReadonlyMap<string, SpeechAct> = (() => {
  const forms = new Map<string, SpeechAct>();
  for (const act of ACTS) for (const form of IRREGULAR[act.lemma] ?? regularForms(act.lemma)) forms.set(form, act);
  return forms;
})();

/** Idioms of stopping after "called it" ("called it a day", "called it quits"): no one's words. */
const STOPPING_IDIOMS: ReadonlySet<string> = new Set(['quits', 'off', 'a day', 'a night', 'a career', 'a season', 'an evening']);

/** Whether the words from tokens[i] (after "called it") are an idiom of stopping. */
export function isStoppingIdiom(tokens: readonly { lower: string }[], i: number): boolean {
  const word = tokens[i]?.lower ?? '';
  return STOPPING_IDIOMS.has(word) || STOPPING_IDIOMS.has(`${word} ${tokens[i + 1]?.lower ?? ''}`);
}
