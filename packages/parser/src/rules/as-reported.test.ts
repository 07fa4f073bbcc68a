import { describe, expect, it } from 'vitest';
import { attributed, expectNoQuotes, expectQuote, expectQuotes } from '../test-helpers';

describe('asReported', () => {
  it('should give the clause after "As reported by X," to X (Western Journalism, 2016)', () => {
    expectQuote(
      'As reported by Western Journalism, the former secretary of state was made aware of her responsibility to protect classified information.',
      {
        text: 'the former secretary of state was made aware of her responsibility to protect classified information',
        speaker: 'Western Journalism',
        cue: 'reported',
        kind: 'indirect',
      },
    );
  });

  it('should give the clause after "As X reported," to X (HuffPost, 2016)', () => {
    expectQuote(
      'As The Washington Post reported, even if Sanders managed to split delegates with Clinton, he would need 55 percent of the rest.',
      {
        text: 'even if Sanders managed to split delegates with Clinton, he would need 55 percent of the rest',
        speaker: 'The Washington Post',
        cue: 'reported',
      },
    );
  });

  it('should find no source in "As expected," or "As reported earlier,"', () => {
    expectNoQuotes('As expected, the vote was delayed until the next session of the council.');
    expectNoQuotes('As reported earlier, the vote was delayed until the next session of the council.');
  });

  it('should read the idiom after an opening conjunction and with a short phrase after its cue', () => {
    expectQuotes('But as Clyburn noted, those voters will give Sanders a second look if he starts winning.', [
      { text: 'those voters will give Sanders a second look if he starts winning', speaker: 'Clyburn', cue: 'noted' },
    ]);
    expectQuotes('As the Global Times tabloid noted in an op-ed Thursday, the leading candidate has earned himself a few fans in China.', [
      { text: 'the leading candidate has earned himself a few fans in China', speaker: 'the Global Times tabloid', cue: 'noted' },
    ]);
  });

  it('should read "..., as X, a description, has warned." closing a sentence as X\'s claim, not "as well as ..."', () => {
    // recovery-2020 (The Washington Post, 2020-04): the claim had run on over the name, said by "director of the U.S.
    // Centers for Disease Control and Prevention"; reuters-21578: ", as well as the Pacific Trust Territories, Riedel
    // said" stays Riedel's.
    expect(
      attributed(
        'Another outbreak is likely next fall or early winter, as Dr. Robert Redfield, director of the U.S. Centers for Disease Control and Prevention, has warned. The states covered are Alaska and Hawaii, as well as the Pacific Trust Territories, Riedel said.',
      ).quotes,
    ).toEqual([
      [0, 52, 'Dr. Robert Redfield', 'Robert Redfield'],
      [155, 237, 'Riedel', 'Riedel'],
    ]);
  });

  it('should read the idiom opening a clause after a comma and a conjunction (", and as Comey noted, ...")', () => {
    // polnear-train (Politico, 2016-07): the clause after the idiom had been no claim.
    expect(
      attributed(
        'Government employees can still get in plenty of trouble for mishandling classified material, and as Comey noted, people involved in the Clinton case could still be subject to administrative sanctions.',
      ).quotes,
    ).toEqual([[113, 199, 'Comey', 'Comey']]);
  });
});
