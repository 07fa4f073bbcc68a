import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { INGESTED_AT, attributed, expectNoQuotes, expectQuotes } from '../test-helpers';

const INTERVIEW = [
  'Oklahoma Gov. Mary Fallin spoke with CNN’s Jake Tapper on Sunday.',
  'TAPPER: Do you think Donald Trump has campaigned as a racial healer?',
  'FALLIN: I think he is trying to campaign as a racial healer.',
  'TAPPER: How do you think he will be able to do that?',
  'FALLIN: Well, I think the whole nation needs to work together.',
].join('\n\n');

describe('transcript', () => {
  it('should give each turn of a transcript to the speaker its label names, resolved to the full name', () => {
    const result = expectQuotes(INTERVIEW, [
      { text: 'Do you think Donald Trump has campaigned as a racial healer?', speaker: 'TAPPER', source: 'Jake Tapper', kind: 'direct' },
      { text: 'I think he is trying to campaign as a racial healer', speaker: 'FALLIN', source: 'Mary Fallin', kind: 'direct' },
      { text: 'How do you think he will be able to do that?', speaker: 'TAPPER', source: 'Jake Tapper', kind: 'direct' },
      { text: 'Well, I think the whole nation needs to work together', speaker: 'FALLIN', source: 'Mary Fallin', kind: 'direct' },
    ]);
    expect(result.quotes[0]?.span).toEqual({ start: 75, end: 135 });
    expect(result.quotes[0]?.speaker).toMatchObject({ start: 67, end: 73 });
  });

  it('should leave labels alone when no speaker takes a second turn, and cards of fields ("Name: ... Age: ...")', () => {
    expectNoQuotes(
      'The calendar of the early states.\n\nIowa: The caucuses open on Monday night.\n\nNevada: The caucuses follow later in the month.\n\nOhio: The primary comes in March.',
    );
    const card = 'Name: Gabrielle Hatcher Age: 27\n\nName: Tom Reyes Age: 31\n\nName: Ana Ruiz Age: 45';
    expect(parseArticle(card, { ingestedAt: INGESTED_AT }).quotes).toEqual([]);
  });

  it('should name a host labelled by initials after the full name the article gives, and no one when it gives none', () => {
    const text = [
      'Nilay Patel talked with Google’s hardware chief this week.',
      'NP: How serious are you about hardware?',
      'RO: Very serious. We are in it for the long run.',
      'NP: And the phones?',
      'RO: They sell better every year.',
    ].join('\n\n');
    const result = parseArticle(text, { ingestedAt: INGESTED_AT });
    const names = result.quotes.map((q) => result.sources.find((s) => s.id === q.sourceId)?.name);
    expect(names).toEqual(['Nilay Patel', 'Nilay Patel']);
  });

  it('should name a turn by the full name of a label in capitals with its role ("MARY LOUISE KELLY, HOST:" for "KELLY:")', () => {
    // recovery-2020 (NPR transcripts, 2020): "KELLY:" had been a body named "Kelly", the host's full name read as a heading.
    const text = [
      'Tales Of Two Cities',
      'MARY LOUISE KELLY, HOST:',
      'Is social distancing working? We have two reporters with us.',
      'KELLY: Hi, so, Becky, you first. We keep hearing the curve is going up.',
      'REBECCA HERSHER, BYLINE: Yes, we are seeing a lot of cases in New York.',
      'KELLY: And what about the hospitals there?',
      'HERSHER: They are full, and they are asking for help.',
    ].join('\n\n');
    const { quotes, kinds } = attributed(text);
    expect(quotes).toEqual([
      [95, 158, 'KELLY', 'Mary Louise Kelly'],
      [241, 276, 'KELLY', 'Mary Louise Kelly'],
      [287, 330, 'HERSHER', 'Rebecca Hersher'],
    ]);
    expect(kinds).toEqual(['person', 'person']);
  });

  it('should count "KATE BOULDUAN:" and "BOULDUAN:" as one speaker\'s turns, named by the full label', () => {
    const { sources } = expectQuotes(
      'Hillary Camp Declining To Debate Bernie\n\nA few weeks ahead of the New York primary, the campaign would not debate.\n\nKATE BOULDUAN: Why not debate?\n\nJOEL BENENSON: This is a man who said he would never run a negative ad.\n\nBOULDUAN: Why not debate in New York?\n\nBENENSON: Senator Sanders does not get to decide when we debate.',
      [
        { text: 'Why not debate?', speaker: 'KATE BOULDUAN', source: 'Kate Boulduan' },
        { text: 'This is a man who said he would never run a negative ad', speaker: 'JOEL BENENSON', source: 'Joel Benenson' },
        { text: 'Why not debate in New York?', speaker: 'BOULDUAN', source: 'Kate Boulduan' },
        { text: 'Senator Sanders does not get to decide when we debate', speaker: 'BENENSON', source: 'Joel Benenson' },
      ],
    );
    expect(sources.map((s) => s.name)).toEqual(['Kate Boulduan', 'Joel Benenson']);
  });

  it('should read labels that describe their speaker ("Name, description:") as turns, each speaker speaking once', () => {
    // recovery-2020 (New York Times, April 2020): voices from a prison, each introduced once with who they are.
    const text = [
      'On March 28, Patrick Jones was pronounced dead.',
      'Don Cain, inmate at F.C.I. Oakdale I, via email: I will tell you how I heard the virus got in.',
      'Anita Kadrovich, correctional officer: For probably over a year and a half or so, my job was to take inmates to their medical appointments.',
    ].join('\n\n');
    const { sources } = expectQuotes(text, [
      { text: 'I will tell you how I heard the virus got in', speaker: 'Don Cain', source: 'Don Cain', kind: 'direct' },
      {
        text: 'For probably over a year and a half or so, my job was to take inmates to their medical appointments',
        speaker: 'Anita Kadrovich',
        source: 'Anita Kadrovich',
      },
    ]);
    expect(sources.find((s) => s.name === 'Anita Kadrovich')?.roles).toEqual(['correctional officer']);
  });

  it('should take a given name alone with a description for a vox pop speaker ("Jason, college student:")', () => {
    // The label form of a vox pop in news the parser had not seen (issue 8's list of misses): no full name anywhere.
    const text =
      'We asked young people what they thought of the response.\n\nJason, college student: I think the government should have acted sooner.\n\nMaria, nurse: We are exhausted, and we need more masks.';
    expect(attributed(text).quotes.filter(([start]) => start > 60)).toEqual([
      [82, 129, 'Jason', 'Jason'],
      [146, 186, 'Maria', 'Maria'],
    ]);
  });

  it('should read no table of figures as a transcript ("End-Day Backlog: 28    18")', () => {
    // reuters-21578 (1987-04): the Panama Canal Commission's table rows had been quotes of "End-Day Backlog", "North End"
    // and "South End"; and "a U.S.\ngovernment agency" had cut the commission's claim from its name.
    expect(
      attributed(
        'WASHINGTON, April 3 - The Panama Canal Commission, a U.S.\ngovernment agency, said in its daily operations report that\nthere was a backlog of 30 ships waiting to enter the canal\nearly today. Over the next two days it expects --              \n             4/03  4/04\n                       Due: 36    28\n      Scheduled to Transit: 38    38\n           End-Day Backlog: 28    18\n    Average waiting time tomorrow --\n         Super Tankers  Regular Vessels\n North End:  19 hrs       8 hrs\n South End:  20 hrs      16 hrs',
      ),
    ).toEqual({
      quotes: [[113, 188, 'The Panama Canal Commission', 'Panama Canal Commission']],
      kinds: ['organization'],
    });
  });

  it('should take a listing of names and figures for no transcript ("NAMI: Greater Houston-$124,500.00")', () => {
    // recovery-2020 (2020-05): a list of donations had been five claims of "NAMI".
    expectNoQuotes(
      'World Central Kitchen-$207,500.00\n\nUCLA Foundation-$415,000.00\n\nNAMI: National-$41,500.00\n\nNAMI: Greater Houston-$124,500.00\n\nNAMI: New Orleans-$83,000.00\n\nNAMI: New York-$83,000.00\n\nNAMI: Metro (Detroit)-$83,000.00\n\nMatthew 25: Ministries-$830,000.00',
    );
  });

  it('should read a transcript quoted whole, each turn opened by a quotation mark (‘"RAMOS: Secretary Clinton, ...’)', () => {
    // polnear-train (breitbart_2016-03-09): the turns had been claims of "Partial" (of "Partial transcript as follows").
    expect(
      attributed(
        'Wednesday at the CNN Democratic presidential debate, candidate Hillary Clinton said Patricia Smith was “absolutely wrong.”\n\nPartial transcript as follows:\n\n"RAMOS:  Secretary Clinton, on the night of the attacks in Benghazi, you sent an e-mail to your daughter Chelsea saying that al qaeda was responsible. Listen.\n\n"RAMOS: Secretary Clinton, did you lie to them?\n\n"CLINTON: I feel a great deal of sympathy for the families of the four brave Americans that we lost at Benghazi.',
      ),
    ).toEqual({
      quotes: [
        [84, 122, 'candidate Hillary Clinton', 'Hillary Clinton'],
        [165, 313, 'RAMOS', 'Ramos'],
        [324, 363, 'RAMOS', 'Ramos'],
        [375, 476, 'CLINTON', 'Hillary Clinton'],
      ],
      // (A label in capitals takes a turn as a person, though the article never names Ramos in full.)
      kinds: ['person', 'person'],
    });
  });
});
