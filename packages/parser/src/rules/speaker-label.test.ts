import { describe, expect, it } from 'vitest';
import { attributed, expectNoQuotes, expectQuote } from '../test-helpers';

describe('speakerLabel', () => {
  it('should read a headline opened by a name and a colon as that speaker’s claim (Breitbart, 2016)', () => {
    expectQuote(
      'Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance to Win Presidency.\n\nThursday at the Republican Jewish Coalition, the senator spoke.',
      {
        text: 'Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance to Win Presidency',
        speaker: 'Graham',
        cue: null,
        kind: 'indirect',
      },
    );
  });

  it('should read a label of a speaker and a hearer or an occasion (UPI via Breitbart, 2016)', () => {
    // PolNeAR (Breitbart 2016-06-10, 2016-07-19): both headlines had been no one's claim, and the first had ended at "v.".
    expect(
      attributed('Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\nWASHINGTON, June 10 (UPI) — The crowd cheered.').quotes,
    ).toEqual([[31, 61, 'Clinton', 'Clinton']]);
    expect(
      attributed(
        'Former AG Mukasey at RNC: Clinton email scandal disqualifies her for presidency.\n\nCLEVELAND, July 19 (UPI) — The delegates cheered.',
      ).quotes,
    ).toEqual([[26, 79, 'Former AG Mukasey', 'Mukasey']]);
  });

  it('should leave labels that are not speakers, lists of names and labels in running text', () => {
    expectNoQuotes('Poll: Donald Trump Ties Hillary Clinton With Michael Bloomberg in a Three-Way Contest.\n\nThe race tightened.');
    expectNoQuotes('Insiders polled.\n\nIowa: Tim Albrecht, Brad Anderson, Rob Barron, Jeff Boeyink, Bonnie Campbell.');
    expectNoQuotes('What each candidate needs to do on Tuesday.\n\nSanders: Win in a walk and move on to Nevada.');
    expectNoQuotes('Revealed: What ISIS Propaganda Videos Actually Contain Makes Her Claim Even Worse.\n\nThe videos were released.');
    // recovery-2020 (USA Today): a link to a column had been the claim of a body named "Column".
    expectNoQuotes(
      'Here are three changes.\n\nCOLUMN: Former felons should not be pushed out of loans under CARES Act\n\nThe first is simple.',
    );
  });

  it('should read a label that is an outlet or group ending in a label word, or an unnamed group (PolNeAR, 2016)', () => {
    // West Journal 2016-04-26, Breitbart 2015-11-18, USA Today 2016-08-10: "Watch", "News" had made the whole label no
    // speaker's, and a group of unnamed speakers had not been read as one.
    expect(
      attributed('Judicial Watch: State Department Hid Key Clinton Benghazi Email For Years.\n\nThe State Department withheld a key email.')
        .quotes,
    ).toEqual([[16, 73, 'Judicial Watch', 'Judicial Watch']]);
    expect(
      attributed('NY Daily News: Paris Terror Attacks Highlight Threat Posed by NRA.\n\nOn November 18, the paper ran a cover.').quotes,
    ).toEqual([[15, 65, 'NY Daily News', 'NY Daily News']]);
    expect(attributed('Historians: Clinton, Obama linked no matter what;\n\nThe two are tied together.').quotes).toEqual([
      [12, 48, 'Historians', 'Historians'],
    ]);
    // (A label word opening or closing a label still names no one: "Delegate Update:", "Editor's Note:".)
    expectNoQuotes('Delegate Update: Trump Now Leads Cruz By Almost 300 Delegates.\n\nThe count went on.');
  });
});
