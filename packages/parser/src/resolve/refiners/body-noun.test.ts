import { describe, expect, it } from 'vitest';
import { attributed } from '../../test-helpers';

describe('bodyNoun', () => {
  it('should take "the central bank" for the Federal Reserve named before', () => {
    // recovery-2020 (2020-04): "the Federal Reserve" had been a person, and "The central bank" went to Kentucky.
    expect(
      attributed(
        'With help from Congress uncertain, the Federal Reserve on Thursday took action on its own round of emergency measures to help the economy. The central bank said it would use Treasury Department funds to buy municipal bonds and expand its purchases of corporate bonds',
      ),
    ).toEqual({
      quotes: [[161, 266, 'The central bank', 'Federal Reserve']],
      kinds: ['organization'],
    });
  });

  it('should take "the company" for the business that opened a sentence before it ("Tesla temporarily shut down ...")', () => {
    // recovery-2020 (recovery-1056): "The company argued" had been an unnamed company; Tesla is named once, alone.
    const text =
      'Tesla temporarily shut down its Fremont plant March 23rd but continued trying to convince local officials that the factory was an “essential business” that shouldn’t be subject to the shelter-in-place order. The company argued it should be categorized as “national critical infrastructure” under the Department of Homeland Security’s Cybersecurity and Infrastructure Security Agency (CISA).\n\nThe Fremont plant produces Tesla’s Model 3, Model S, Model X, and Model Y vehicles.';
    expect(attributed(text)).toEqual({ quotes: [[227, 388, 'The company', 'Tesla']], kinds: ['organization'] });
  });

  it('should not take a number opening the dateline\'s sentence for the company ("JOHANNESBURG, March 3 - Three ...")', () => {
    // reuters-21578 (reuters-997): "Gold Fields of South Africa Ltd" had been a person, "Gold Fields", and "The company" no one.
    const text =
      'JOHANNESBURG, March 3 - Three black workers were killed and\nseven injured in fighting at a South African zinc refinery last\nnight, Gold Fields of South Africa Ltd said.\n    The company said two groups of workers began attacking each\nother at about 1000 local time with machetes, knives and sticks\nat a hostel at the Zincor plant, some 40 kms east of\nJohannesburg.\n    It said the fighting was "quelled" after 25 minutes by its\nown security staff. Police were called but the fighting had\nended by the time they arrived.';
    expect(attributed(text).quotes.map(([start, end, , name]) => [start, end, name])).toEqual([
      [24, 129, 'Gold Fields of South Africa Ltd'],
      [190, 362, 'Gold Fields of South Africa Ltd'],
      [376, 445, 'Gold Fields of South Africa Ltd'],
    ]);
  });

  it('should not take "The administration" for the agency in focus', () => {
    // reuters-21578 (1987-03): it had been the Federal Emergency Management Agency; no administration is named here.
    expect(
      attributed(
        'Responsibility for stockpile management now belongs to a\nWhite House agency, the Federal Emergency Management Agency.\n    The staffer said under the measures passed by the committee\nthe Secretary of Defense would have more influence over\ndecisions to keep or sell strategic stockpile materials.\n    The administration has proposed a goal of 700 million dlrs\nworth of strategic materials to be held in the stockpile.',
      ),
    ).toEqual({
      quotes: [
        [168, 293, 'The staffer', 'staffer'],
        [331, 414, 'The administration', 'administration'],
      ],
      kinds: ['anonymous', 'anonymous'],
    });
  });

  it('should take "the administration" for the one the story named', () => {
    expect(
      attributed(
        'Monetary sources said they thought it unlikely that the Reagan administration would resort to such measures.\n    The House Budget Committee met on Tuesday. The administration has said it will send a budget.',
      ).quotes.at(-1),
    ).toEqual([184, 205, 'The administration', 'Reagan administration']);
  });

  it('should resolve a second claim of one mention as the first ("the company said, such a system ...")', () => {
    // reuters-21578 (1987-03): the second claim had gone to New York State, named in a sentence before.
    expect(
      attributed(
        "EVENDALE, Ohio, March 20 - General Electric Co said its\nresearchers will investigate the potential of a gas turbine\npowered by the combustion gases of burning coal.\n    The company said the research is part of a five-year, 19.1\nmln dlr program supported by the U.S. Energy Department's\nMorgantown Energy Technology Center. The center is expected to\nput up 15 mln dlrs of the cost while GE contributes equipment\nand services valued at 2.0 mln dlrs, New York State contributes\n1.1 mln dlrs and Norfolk Southern Corp <NSC> adding 1.0 mln\ndlrs.\n    Rather than using the conventional gas turbine fuels,\ndistillate oil or natural gas, GE said, the program will look\nat the feasability of powering a turbine with coal/water slurry\n-- a mixture of water and finely ground coal particles from\nwhich most of the ash has been removed.\n    Besides using a cheaper fuel, the company said, such a\nsystem would also be less expensive to build than conventional\ncoal plants which require a boiler in which coal heats water to\nmake steam to drive a turbine or a coal gasifier which converts\nto coal into gas, which is then burned to power a turbine.",
      ).quotes.slice(-2),
    ).toEqual([
      [829, 857, 'the company', 'General Electric Co'],
      [877, 1132, 'the company', 'General Electric Co'],
    ]);
  });

  it('should take "the union" for the labor union named before by its members ("The United Auto Workers said")', () => {
    // reuters-21578 (reuters-6632): "The United Auto Workers" had been a person, and "The union" an anonymous union.
    const text =
      "DETROIT, March 19 - The United Auto Workers said it plans\nto tell General Motors Corp later today that it will authorize\na strike by its local at GM's truck and bus works in Pontiac,\nMich.\n    The union said its letter to GM means the 9,000 workers at\nthe Pontiac facility will walk out of the plant next week if a\ncontract dispute is not settled between the two sides.";
    expect(attributed(text)).toEqual({
      quotes: [
        [49, 187, 'The United Auto Workers', 'United Auto Workers'],
        [208, 368, 'The union', 'United Auto Workers'],
      ],
      kinds: ['organization'],
    });
  });
});
